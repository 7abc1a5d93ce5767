package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.store.Store;
import org.faultline.store.StoreCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** ingest, events, claims, actors, places, export and generate through the command line. */
class StoreCommandsTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static StoreCounts counts(Path data) {
        try (Store s = Store.open(null, data)) {
            return s.counts();
        }
    }

    @Test
    void ingestSkipsBadInputAndDuplicatesAndTheStoreAnswersQueries(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Path corpusDir = dir.resolve("corpus");
        Run gen = run("generate", "--articles", "12", "--seed", "4", "--out", corpusDir.toString());
        assertEquals(0, gen.code(), gen.err());
        Path articles = corpusDir.resolve(Corpus.ARTICLES_FILE);
        Run first = run("ingest", "--no-progress", "--data", data.toString(), articles.toString());
        assertEquals(0, first.code(), first.err());
        StoreCounts before = counts(data);
        assertEquals(12, before.documents());

        // the same file again, plus bad inputs in the batch
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"title\": \"no text here\"}\n{not json\n");
        Path missing = dir.resolve("missing.txt");
        Run second = run("ingest", "--no-progress", "--data", data.toString(), articles.toString(), bad.toString(), missing.toString());
        assertEquals(1, second.code(), "bad input makes the run fail");
        assertTrue(second.err().contains(bad.toString()), second.err());
        assertTrue(second.err().contains("text"), second.err());
        assertTrue(second.err().contains(missing.toString()) && second.err().contains("no such file"), second.err());
        assertEquals(before, counts(data), "counts before and after are equal");

        for (String format : List.of("table", "json", "csv")) {
            Run events = run("events", "--data", data.toString(), "--format", format);
            assertEquals(0, events.code(), events.err());
        }
        JsonNode json = new ObjectMapper().readTree(run("events", "--data", data.toString(), "--format", "json").out());
        assertTrue(json.isArray());
        assertEquals(before.mergedEvents(), json.size());
        assertEquals(0, run("claims", "--contested", "--data", data.toString()).code());
        assertEquals(0, run("actors", "--data", data.toString()).code());
        assertEquals(0, run("places", "--data", data.toString()).code());
        Run badRoot = run("events", "--data", data.toString(), "--root", "42");
        assertNotEquals(0, badRoot.code());
        assertTrue(badRoot.err().contains("'42'"), badRoot.err());
    }

    @Test
    void exportsTheStoreInEveryFormat(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Corpus c = CorpusGenerator.generate(8, 40);
        try (Store s = Store.open(null, data)) {
            c.articles().forEach(g -> s.put(g.expected()));
        }
        Path csv = dir.resolve("out.csv");
        Run r = run("export", "--data", data.toString(), "--format", "acled-csv", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(csv))) {
            assertEquals(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
                    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
                    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"), p.getHeaderNames());
            List<?> rows = new ArrayList<>(p.getRecords());
            assertTrue(rows.size() >= c.incidents().size() * 0.9, rows.size() + " rows for " + c.incidents().size() + " incidents");
        }
        Path geo = dir.resolve("out.geojson");
        assertEquals(0, run("export", "--data", data.toString(), "--format", "geojson", "--out", geo.toString()).code());
        JsonNode fc = new ObjectMapper().readTree(geo.toFile());
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertTrue(fc.get("features").size() > 0);
        for (JsonNode f : fc.get("features")) {
            double lon = f.at("/geometry/coordinates/0").asDouble(), lat = f.at("/geometry/coordinates/1").asDouble();
            assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
        }
        for (String f : List.of("gdelt-tsv", "plover-jsonl", "graphml")) {
            Path out = dir.resolve("out." + f);
            assertEquals(0, run("export", "--data", data.toString(), "--format", f, "--out", out.toString()).code());
            assertTrue(Files.size(out) > 100, f);
        }
        Run unknown = run("export", "--data", data.toString(), "--format", "kml", "--out", dir.resolve("x").toString());
        assertNotEquals(0, unknown.code());
        assertTrue(unknown.err().contains("'kml'"), unknown.err());
    }
}
