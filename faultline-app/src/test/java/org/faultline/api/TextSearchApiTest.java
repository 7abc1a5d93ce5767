package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.faultline.store.EventQuery;
import org.faultline.store.MergedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code q=}, the text search of /api/events and /api/export, against the store's own answer; its OpenAPI entry. */
class TextSearchApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.get();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Set<String> apiIds(String query) throws Exception {
        HttpResponse<String> r = web.get("/api/events?limit=50000" + (query.isEmpty() ? "" : "&" + query));
        assertEquals(200, r.statusCode(), r.body());
        Set<String> ids = new TreeSet<>();
        for (JsonNode e : JSON.readTree(r.body()).get("events")) ids.add(e.get("id").asText());
        return ids;
    }

    /** A word of some event's evidence that some events hold and others do not. */
    static String narrowingWord(WebFixture web) {
        int all = web.store.events(EventQuery.all()).size();
        for (MergedEvent m : web.store.events(EventQuery.all()))
            for (String w : m.event().evidence().text().split("[^\\p{L}]+")) {
                if (w.length() < 5) continue;
                int n = web.store.events(EventQuery.all().withText(w)).size();
                if (n > 1 && n < all / 2) return w;
            }
        throw new AssertionError("no narrowing word in the sample corpus");
    }

    @Test
    void eventsAndExportKeepTheEventsTheStoreFinds() throws Exception {
        String word = narrowingWord(web);
        Set<String> store = web.store.events(EventQuery.all().withText(word)).stream().map(MergedEvent::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(store, apiIds(q(word)));
        assertEquals(store, apiIds(q(word.toUpperCase())), "any case");
        for (JsonNode e : JSON.readTree(web.get("/api/events?limit=50000&" + q(word)).body()).get("events")) {
            String all = e.toString().toLowerCase();
            assertTrue(all.contains(word.toLowerCase()), "each event found holds the word: " + e.get("id"));
        }
        HttpResponse<String> csv = web.get("/api/export?format=csv&" + q(word));
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals(String.valueOf(store.size()), csv.headers().firstValue("X-Faultline-Events").orElse(""));
        Set<String> rows = new TreeSet<>();
        try (CSVParser p = CSVParser.parse(new StringReader(csv.body()), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            for (CSVRecord r : p.getRecords()) rows.add(r.get("id"));
        }
        assertEquals(store, rows, "the download holds the events the search found");
        assertTrue(apiIds(q(word + " qqqqzzzz")).isEmpty(), "every word must occur");
    }

    @Test
    void badSearchesAreRefusedNamingTheValue() throws Exception {
        for (String[] c : List.of(new String[]{"a b c d e f g h i", "9 words"}, new String[]{"x".repeat(201), "longer than 200"},
                new String[]{"bell\u0007", "U+0007"})) {
            for (String path : List.of("/api/events?", "/api/export?format=csv&")) {
                HttpResponse<String> r = web.get(path + q(c[0]));
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(JSON.readTree(r.body()).get("error").asText().contains(c[1]), r.body());
            }
        }
        assertEquals(apiIds(""), apiIds(q("   ")), "a blank search keeps every event");
    }

    @Test
    void openApiDocumentsQOnEventsAndExport() throws Exception {
        JsonNode spec = JSON.readTree(web.get("/openapi.json").body());
        for (String path : List.of("/api/events", "/api/export")) {
            JsonNode q = null;
            for (JsonNode p : spec.get("paths").get(path).get("get").get("parameters")) if (p.get("name").asText().equals("q")) q = p;
            assertNotNull(q, path + " documents q");
            assertEquals(EventQuery.MAX_TEXT_CHARS, q.get("schema").get("maxLength").asInt());
        }
    }
}
