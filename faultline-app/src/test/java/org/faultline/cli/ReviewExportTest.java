package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.store.EventQuery;
import org.faultline.store.MergedEvent;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** {@code faultline events} and {@code faultline export} show an analyst's corrections with their review state. */
class ReviewExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eventsAndExportsCarryCorrectionsAndReviewState(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String corrected, rejected;
        try (Store s = Store.open(null, data)) {
            CorpusGenerator.generate(5, 12).articles().forEach(g -> s.put(g.expected()));
            List<MergedEvent> located = s.events(EventQuery.all()).stream().filter(m -> m.event().location() != null).toList();
            assertTrue(located.size() >= 2, "the sample corpus has located events");
            corrected = located.get(0).id();
            rejected = located.get(1).id();
            s.review(corrected, "action", "correct", "ana");
            s.review(corrected, "fatalities", "41", "ana");
            s.review(corrected, "place", "Camp Seven", "ana");
            s.review(corrected, "place.lat", "12.5", "ana");
            s.review(corrected, "place.lon", "-3.25", "ana");
            s.review(rejected, "action", "reject", "bo");
        }

        StoreCommandsTest.Run csv = run("events", "--data", data.toString(), "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv.out()))) {
            assertTrue(p.getHeaderNames().containsAll(List.of("review_state", "reviewer", "reviewed_at", "corrected_fields")));
            List<CSVRecord> rows = p.getRecords();
            CSVRecord c = rows.stream().filter(r -> r.get("id").equals(corrected)).findFirst().orElseThrow();
            assertEquals("corrected", c.get("review_state"));
            assertEquals("ana", c.get("reviewer"));
            assertEquals("fatalities place", c.get("corrected_fields"));
            assertEquals("41", c.get("fatalities"));
            assertEquals("Camp Seven", c.get("place"));
            assertEquals(12.5, Double.parseDouble(c.get("latitude")), 1e-9);
            assertEquals("rejected", rows.stream().filter(r -> r.get("id").equals(rejected)).findFirst().orElseThrow().get("review_state"));
            assertTrue(rows.stream().filter(r -> !r.get("id").equals(corrected) && !r.get("id").equals(rejected))
                    .allMatch(r -> r.get("review_state").isEmpty()), "the others are not reviewed");
        }

        JsonNode events = JSON.readTree(run("events", "--data", data.toString(), "--format", "json").out());
        for (JsonNode e : events) {
            if (!e.get("id").asText().equals(corrected)) continue;
            assertEquals("corrected", e.at("/review/state").asText());
            assertEquals("41", e.at("/review/corrections/fatalities/value").asText());
            assertNotEquals(41, e.at("/review/corrections/fatalities/coded").asInt(-1), "the coded value is kept beside it");
        }
        String table = run("events", "--data", data.toString()).out();
        assertTrue(table.lines().anyMatch(l -> l.startsWith(corrected + " ") && l.endsWith("corrected by ana")), table);

        Path geo = dir.resolve("events.geojson");
        StoreCommandsTest.Run export = run("export", "--data", data.toString(), "--format", "geojson", "--out", geo.toString());
        assertEquals(0, export.code(), export.err());
        JsonNode feature = null;
        for (JsonNode f : JSON.readTree(geo.toFile()).get("features")) if (f.get("id").asText().equals(corrected)) feature = f;
        assertNotNull(feature);
        assertEquals("corrected", feature.at("/properties/review_state").asText());
        assertEquals(41, feature.at("/properties/fatalities").asInt());
        assertEquals(-3.25, feature.at("/geometry/coordinates/0").asDouble(), 1e-9, "exported at the corrected place");
        assertEquals(12.5, feature.at("/geometry/coordinates/1").asDouble(), 1e-9);

        Path plover = dir.resolve("events.jsonl");
        assertEquals(0, run("export", "--data", data.toString(), "--format", "plover-jsonl", "--out", plover.toString()).code());
        assertTrue(Files.readAllLines(plover).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception x) {
                throw new AssertionError(x);
            }
        }).anyMatch(r -> r.get("id").asText().equals(rejected) && r.at("/review/state").asText().equals("rejected")));
    }
}
