package org.faultline.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/export}: the current filter as CSV, GeoJSON and ACLED CSV, read back by a CSV and a JSON reader; {@code /docs}. */
class ExportApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        web = WebFixture.get();
    }

    private static Set<String> ids(String filter) throws Exception {
        Set<String> ids = new HashSet<>();
        for (JsonNode e : JSON.readTree(web.get("/api/events?limit=50000" + (filter.isEmpty() ? "" : "&" + filter)).body()).get("events")) ids.add(e.get("id").asText());
        return ids;
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(body), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return p.getRecords();
        }
    }

    /** A filter that keeps some events but not all: the country of the first located event. */
    private static String someFilter() throws Exception {
        for (JsonNode e : JSON.readTree(web.get("/api/events").body()).get("events"))
            if (e.hasNonNull("location") && e.get("location").hasNonNull("country")) return "country=" + e.get("location").get("country").asText();
        throw new AssertionError("no located event in the sample corpus");
    }

    @Test
    void csvHoldsExactlyTheFilteredEvents() throws Exception {
        String filter = someFilter();
        Set<String> expected = ids(filter);
        assertTrue(expected.size() > 0 && expected.size() < ids("").size(), filter + " keeps some events, not all");
        HttpResponse<String> r = web.get("/api/export?format=csv&" + filter);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("events.csv"));
        assertEquals(String.valueOf(expected.size()), r.headers().firstValue("X-Faultline-Events").orElse(""));
        Set<String> got = new HashSet<>();
        for (CSVRecord row : csv(r.body())) got.add(row.get("id"));
        assertEquals(expected, got);
    }

    @Test
    void geoJsonHasOneFeaturePerLocatedFilteredEvent() throws Exception {
        String filter = someFilter();
        Set<String> expected = ids(filter);
        HttpResponse<String> r = web.get("/api/export?format=geojson&" + filter);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonNode fc = JSON.readTree(r.body());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertTrue(fc.get("features").size() > 0);
        for (JsonNode f : fc.get("features")) {
            assertTrue(expected.contains(f.get("id").asText()), "feature " + f.get("id") + " is in the filter " + filter);
            assertEquals(2, f.get("geometry").get("coordinates").size());
        }
    }

    @Test
    void acledCsvHasAcledsColumnsAndOnlyFilteredEvents() throws Exception {
        String filter = someFilter();
        Set<String> expected = ids(filter);
        HttpResponse<String> r = web.get("/api/export?format=acled&" + filter);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("acled"));
        String header = r.body().lines().findFirst().orElse("");
        assertTrue(header.startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type"), header);
        assertEquals(31, header.split(",").length, "ACLED's 31 columns");
        List<CSVRecord> rows = csv(r.body());
        assertTrue(rows.size() > 0 && rows.size() <= expected.size(), rows.size() + " rows for " + expected.size() + " events");
        for (CSVRecord row : rows)
            assertTrue(expected.stream().anyMatch(id -> row.get("event_id_cnty").endsWith(id)), row.get("event_id_cnty") + " is in " + filter);
    }

    @Test
    void badExportRequestsNameTheirInput() throws Exception {
        for (String[] c : new String[][]{{"/api/export?format=xlsx", "xlsx"}, {"/api/export", "format is missing"},
                {"/api/export?format=csv&status=rumoured", "rumoured"}, {"/api/export?format=csv&limit=0", "limit 0"}}) {
            HttpResponse<String> r = web.get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + " answered " + r.body());
            assertTrue(JSON.readTree(r.body()).get("error").asText().contains(c[1]), c[0] + ": " + r.body());
        }
    }

    @Test
    void theSpecDocumentsExportAndDocsServeSwaggerUi() throws Exception {
        JsonNode spec = JSON.readTree(web.get("/openapi.json").body());
        JsonNode export = spec.get("paths").get("/api/export");
        assertTrue(export != null && export.has("get"), "the spec has /api/export");
        List<String> formats = JSON.convertValue(export.get("get").get("parameters").get(0).get("schema").get("enum"), List.class);
        assertEquals(List.of("csv", "geojson", "acled"), formats);
        HttpResponse<String> docs = web.get("/docs");
        assertEquals(200, docs.statusCode());
        assertTrue(docs.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(docs.body().contains("/webjars/swagger-ui/"), "Swagger UI from its WebJar");
        assertEquals(200, web.get("/webjars/swagger-ui/5.35.0/swagger-ui-bundle.js").statusCode());
    }

    @Test
    void cameoListHoldsTheServersCodes() throws Exception {
        JsonNode r = JSON.readTree(web.get("/api/cameo").body());
        assertEquals(r.get("count").asInt(), r.get("codes").size());
        Set<String> codes = new HashSet<>();
        for (JsonNode c : r.get("codes")) codes.add(c.get("code").asText());
        assertTrue(codes.containsAll(List.of("01", "190", "1823", "20")), "roots, 3- and 4-digit codes");
        for (String code : List.of("190", "1823"))   // what the list offers, the review endpoint accepts
            assertEquals(JSON.readTree(web.get("/api/cameo/" + code).body()).get("name").asText(),
                    r.get("codes").findValues("code").stream().filter(c -> c.asText().equals(code)).findFirst()
                            .map(c -> { for (JsonNode x : r.get("codes")) if (x.get("code").asText().equals(code)) return x.get("name").asText(); return null; }).orElse(null));
        assertEquals(codes.size(), r.get("codes").size(), "each code once");
    }
}
