package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Every export format and every listing format of a store built in the test ({@link ExportStoreFixture}) against
 * golden files; the ACLED and GDELT files are also read back by {@link OfficialFormats}, which knows the official
 * column lists, and every event is either a row or counted on standard error.
 * Run with -Dgolden.update=true to rewrite the golden files after a deliberate change.
 */
class ExportGoldenTest {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/exports");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path data;
    static int events;

    @BeforeAll
    static void buildStore() throws IOException {
        data = dir.resolve("data");
        ExportStoreFixture.build(data);
        StoreCommandsTest.Run listed = run("events", "--data", data.toString(), "--format", "json");
        assertEquals(0, listed.code(), listed.err());
        events = JSON.readTree(listed.out()).size();
        assertEquals(7, events, "the two Shusha reports are one incident; seven incidents in all");
    }

    private static StoreCommandsTest.Run export(String format, Path out) {
        StoreCommandsTest.Run r = run("export", "--data", data.toString(), "--format", format, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void acledHasARowForEveryAcledEventAndCountsTheRest() throws Exception {
        Path out = dir.resolve("events.acled.csv");
        StoreCommandsTest.Run r = export("acled", out);
        String csv = Files.readString(out);
        assertGolden("events.acled.csv", csv);
        List<Map<String, String>> rows = OfficialFormats.readAcled(csv);
        assertTrue(r.err().contains("1 event is not an ACLED type and was left out"), r.err());
        assertTrue(r.err().contains("1 event has no date and was left out"), r.err());
        assertEquals(events - 2, rows.size(), "every other event has a row");
        assertTrue(r.err().contains("wrote " + rows.size() + " rows for " + events + " merged events"), r.err());

        Map<String, Map<String, String>> byType = rows.stream().collect(Collectors.toMap(
                x -> x.get("sub_event_type") + "/" + x.get("location"), x -> x));
        Map<String, String> shelling = byType.get("Shelling/artillery/missile attack/Shusha");
        assertEquals("31", shelling.get("iso"));
        assertEquals("Caucasus and Central Asia", shelling.get("region"));
        assertEquals("Azerbaijan", shelling.get("country"));
        assertEquals("Shusha District", shelling.get("admin1"), "from the gazetteer's towns around Shusha");
        assertEquals("National-International", shelling.get("source_scale"), "Baku Daily (.az) and a Reuters wire");
        assertEquals("State forces", shelling.get("inter1"));
        assertEquals("State forces-State forces", shelling.get("interaction"));
        assertEquals("status=denied; reports=2", shelling.get("tags"), "Yerevan denies it");

        Map<String, String> attack = byType.get("Attack/Tovuz District");
        assertEquals("Unidentified Armed Group (Azerbaijan)", attack.get("actor1"));
        assertEquals("Political militia", attack.get("inter1"));
        assertEquals("Political militia-Civilians", attack.get("interaction"));
        assertEquals("Civilian targeting", attack.get("civilian_targeting"));
        assertEquals("Tovuz District", attack.get("admin1"));

        Map<String, String> withdrawal = byType.get("Change to group/activity/Azerbaijan");
        assertEquals("\"Our units are pulling back from the ridge,\" the commander told reporters on Friday.",
                withdrawal.get("notes"), "the quotation's opening mark is put back");
        assertEquals("3", withdrawal.get("geo_precision"), "no place named: the country's centroid");

        Map<String, String> protest = byType.get("Peaceful protest/Gaza City");
        assertEquals("Protesters (Palestine)", protest.get("actor1"));
        assertEquals("Protesters", protest.get("inter1"));
        assertEquals("Sole Protesters", protest.get("interaction"));
        assertEquals("275", protest.get("iso"));
        assertEquals("Middle East", protest.get("region"));

        Map<String, String> strike = byType.get("Air/drone strike/Khan Yunis");
        assertEquals("Military Forces of Israel", strike.get("actor1"));
        assertEquals("Sole State forces", strike.get("interaction"));
    }

    @Test
    void gdeltIsTheSixtyOneColumnLayoutWithFipsGeographyAndAReviewSideFile() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        StoreCommandsTest.Run r = export("gdelt", out);
        String tsv = Files.readString(out);
        assertGolden("events.gdelt.tsv", tsv);
        Path side = dir.resolve("events.gdelt.review.tsv");
        assertTrue(Files.exists(side), "review columns go to a side file");
        assertGolden("events.gdelt.review.tsv", Files.readString(side));
        List<Map<String, String>> rows = OfficialFormats.readGdelt(tsv);
        assertEquals(events - 1, rows.size(), "all but the undated event");
        assertTrue(r.err().contains("1 event has no date and was left out"), r.err());
        assertFalse(tsv.startsWith("GlobalEventID"), "no header line");

        Map<String, Map<String, String>> byCode = rows.stream().collect(Collectors.toMap(
                x -> x.get("EventCode") + "/" + x.get("ActionGeo_FullName"), x -> x, (a, b) -> a));
        Map<String, String> shelling = byCode.get("194/Shusha, Shusha District, Azerbaijan");
        assertEquals("AJ", shelling.get("ActionGeo_CountryCode"), "FIPS 10-4, not ISO's AZ");
        assertEquals("4", shelling.get("ActionGeo_Type"), "a world city");
        assertEquals("ARM", shelling.get("Actor1CountryCode"), "CAMEO country code");
        assertEquals("MIL", shelling.get("Actor1Type1Code"));
        assertEquals("2", shelling.get("NumArticles"));
        assertEquals("20240309000000", shelling.get("DATEADDED"), "the latest report");
        Map<String, String> protest = byCode.get("141/Gaza City, Gaza Strip, Palestine");
        assertEquals("GZ", protest.get("ActionGeo_CountryCode"), "the Gaza Strip's own FIPS code");
        Map<String, String> accusation = byCode.get("112/");
        assertEquals("0", accusation.get("ActionGeo_Type"), "two countries' actors, no place: not placed");

        List<String> review = Files.readAllLines(side);
        assertEquals(List.of("GlobalEventID", "EventID", "Status", "ReviewState", "Reviewer", "ReviewedAt", "CorrectedFields"),
                List.of(review.get(0).split("\t")));
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : rows) ids.add(row.get("GlobalEventID"));
        assertEquals(rows.size(), ids.size(), "GlobalEventIDs are unique");
        assertEquals(ids, review.stream().skip(1).map(l -> l.split("\t")[0]).collect(Collectors.toSet()));
    }

    @Test
    void geoJsonPlacesEveryEventItCanAndCountsTheOthers() throws Exception {
        Path out = dir.resolve("events.geojson");
        StoreCommandsTest.Run r = export("geojson", out);
        String geo = Files.readString(out);
        assertGolden("events.geojson", geo);
        JsonNode features = JSON.readTree(geo).get("features");
        assertTrue(r.err().contains("2 events could not be placed"), r.err());
        assertTrue(r.err().contains("1 event names no place and stands at the centroid of its actors' country"), r.err());
        assertEquals(events - 2, features.size());
        Set<String> precisions = new HashSet<>();
        for (JsonNode f : features) precisions.add(f.at("/properties/precision").asText());
        assertEquals(Set.of("town", "admin1", "country"), precisions);
        for (JsonNode f : features)
            if (f.at("/properties/placed_by").asText().equals("actors")) {
                assertEquals("country", f.at("/properties/precision").asText());
                assertEquals("AZE", f.at("/properties/country").asText());
            }
    }

    @Test
    void ploverAndGraphMlKeepTheirGoldens() throws Exception {
        Path plover = dir.resolve("events.jsonl");
        export("plover", plover);
        assertGolden("events.plover.jsonl", Files.readString(plover));
        Path graph = dir.resolve("events.graphml");
        StoreCommandsTest.Run r = export("graphml", graph);
        assertGolden("events.graphml", Files.readString(graph));
        assertTrue(r.err().contains("events have fewer than two actors and are not in the network"), r.err());
    }

    @Test
    void listingsTakeTableJsonAndCsv() throws Exception {
        for (String command : List.of("claims", "actors", "places", "quotes")) {
            for (String format : List.of("table", "json", "csv")) {
                StoreCommandsTest.Run r = run(command, "--data", data.toString(), "--format", format);
                assertEquals(0, r.code(), command + " " + format + ": " + r.err());
                assertGolden(command + "." + format + (format.equals("table") ? ".txt" : ""), r.out());
            }
            JsonNode json = JSON.readTree(run(command, "--data", data.toString(), "--format", "json").out());
            String csv = run(command, "--data", data.toString(), "--format", "csv").out();
            try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))) {
                List<CSVRecord> records = p.getRecords();
                assertEquals(json.size(), records.size(), command + ": the same rows in JSON and CSV");
                assertTrue(records.size() > 0, command);
                List<String> fields = new java.util.ArrayList<>();
                json.get(0).fieldNames().forEachRemaining(fields::add);
                assertEquals(fields, p.getHeaderNames(), command + ": the same columns in JSON and CSV");
            }
        }
        JsonNode actors = JSON.readTree(run("actors", "--data", data.toString(), "--format", "json").out());
        assertTrue(actors.get(0).get("events").isInt(), "counts are numbers in JSON");
        JsonNode quotes = JSON.readTree(run("quotes", "--data", data.toString(), "--format", "json").out());
        assertEquals(2, quotes.size());
        assertEquals("AZEGOV", findSpeaker(quotes, "We answered every shot"));
        StoreCommandsTest.Run bad = run("claims", "--data", data.toString(), "--format", "xml");
        assertEquals(2, bad.code(), "a bad --format value is a usage error");
        assertTrue(bad.err().contains("xml"), bad.err());
    }

    private static String findSpeaker(JsonNode quotes, String text) {
        for (JsonNode q : quotes) if (q.get("text").asText().equals(text)) return q.get("speaker").asText();
        return null;
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!UPDATE) throw new AssertionError("golden file " + file + " was missing; wrote it, check it and run again");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }
}
