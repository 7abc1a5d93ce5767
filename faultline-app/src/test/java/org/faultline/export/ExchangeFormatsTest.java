package org.faultline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ExchangeFormatsTest {
    static final Actor ARMY = new Actor("Nordland army", "NOR", "MIL", null, "NORMIL");
    static final Actor REBELS = new Actor("River Front", "NOR", "REB", null, "NORREB");
    static final Actor RESIDENTS = new Actor("residents", "NOR", "CVL", null, "NORCVL");
    static final Place TOWN = new Place("Fjordby", "Fjordby", "NOR", "West Province", 60.39, 5.32, "city", 1, List.of());
    static final Map<String, Double> GOLDSTEIN = Map.of("190", -10.0, "194", -9.2, "141", -6.5);

    static Event event(String id, String date, Actor a1, Actor a2, String cameo, Place place, String text, EventStatus status) {
        return new Event(id, PartialDate.parse(date), a1, a2, cameo, null, null, null, place, 3, null, null, status,
                new Evidence(0, 0, text.length(), text));
    }

    static List<ExportFormat.Incident> incidents() {
        Event clash = event("a1", "2024-05-02", ARMY, REBELS, "190", TOWN,
                "The army and the \"River Front\" fought near Fjordby, officials said, leaving three dead.", EventStatus.CONTESTED);
        Event shelling = event("b2", "2024-05", ARMY, REBELS, "194", null, "Army guns shelled rebel positions in May.", EventStatus.ASSERTED);
        Event protest = event("c3", "2024-05-03", RESIDENTS, ARMY, "141", TOWN, "Residents marched against the army.", EventStatus.ASSERTED);
        Event talks = event("d4", "2024-05-04", ARMY, REBELS, "043", TOWN, "Commanders met for talks.", EventStatus.FORECAST);
        var m1 = new ExportFormat.Mention("doc1", "North Herald", "https://example.org/1", LocalDate.parse("2024-05-03"), clash);
        var m2 = new ExportFormat.Mention("doc2", "Fjord Post, evening", "https://example.org/2", LocalDate.parse("2024-05-04"), clash);
        return List.of(new ExportFormat.Incident(clash, List.of(m1, m2)),
                new ExportFormat.Incident(shelling, List.of(new ExportFormat.Mention("doc3", "North Herald", null, null, shelling))),
                new ExportFormat.Incident(protest, List.of()),
                new ExportFormat.Incident(talks, List.of()));
    }

    static String export(String format) throws Exception {
        StringWriter w = new StringWriter();
        ExportFormat.named(format).write(incidents(), w, code -> GOLDSTEIN.getOrDefault(code, Double.NaN));
        return w.toString();
    }

    @Test
    void acledCsvReadsBackWithTheExactHeader() throws Exception {
        String csv = export("acled-csv");
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))) {
            assertEquals(AcledCsv.HEADER, p.getHeaderNames());
            assertEquals(31, p.getHeaderNames().size());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(3, rows.size(), "the talks (CAMEO 043) are not an ACLED event");
            CSVRecord clash = rows.get(0);
            assertEquals(31, clash.size());
            assertEquals("NORa1", clash.get("event_id_cnty"));
            assertEquals("2024-05-02", clash.get("event_date"));
            assertEquals("1", clash.get("time_precision"));
            assertEquals("Battles", clash.get("event_type"));
            assertEquals("Political violence", clash.get("disorder_type"));
            assertEquals("State forces-Rebel group", clash.get("interaction"));
            assertEquals("State forces", clash.get("inter1"));
            assertEquals("Norway", clash.get("country"));
            assertEquals("578", clash.get("iso"));
            assertEquals("Europe", clash.get("region"));
            assertEquals("West Province", clash.get("admin1"));
            assertEquals("60.3900", clash.get("latitude"));
            assertEquals("North Herald; Fjord Post, evening", clash.get("source"));
            assertTrue(clash.get("notes").contains("\"River Front\""), clash.get("notes"));
            assertTrue(clash.get("tags").contains("status=contested"));
            assertEquals("3", clash.get("fatalities"));
            assertEquals(String.valueOf(LocalDate.parse("2024-05-04").toEpochDay() * 86400), clash.get("timestamp"));
            assertEquals("2", rows.get(1).get("time_precision"));
            assertEquals("Explosions/Remote violence", rows.get(1).get("event_type"));
            assertEquals("Demonstrations", rows.get(2).get("disorder_type"));
            assertEquals("Protesters", rows.get(2).get("inter1"));
            assertEquals("3", rows.get(1).get("geo_precision"), "the shelling names no place: its actors' country");
        }
    }

    @Test
    void geoJsonIsAFeatureCollectionWithValidCoordinates() throws Exception {
        JsonNode fc = new ObjectMapper().readTree(export("geojson"));
        assertEquals("FeatureCollection", fc.get("type").asText());
        JsonNode features = fc.get("features");
        assertEquals(4, features.size(), "the shelling names no place and stands at its actors' country");
        assertEquals("country", features.get(1).at("/properties/precision").asText());
        assertEquals("actors", features.get(1).at("/properties/placed_by").asText());
        assertEquals("town", features.get(0).at("/properties/precision").asText());
        for (JsonNode f : features) {
            assertEquals("Feature", f.get("type").asText());
            assertEquals("Point", f.at("/geometry/type").asText());
            JsonNode c = f.at("/geometry/coordinates");
            assertEquals(2, c.size());
            assertTrue(c.get(0).isNumber() && c.get(0).asDouble() >= -180 && c.get(0).asDouble() <= 180);
            assertTrue(c.get(1).isNumber() && c.get(1).asDouble() >= -90 && c.get(1).asDouble() <= 90);
        }
        assertEquals(5.32, features.get(0).at("/geometry/coordinates/0").asDouble(), 1e-9, "longitude first");
        assertEquals(2, features.get(0).at("/properties/reports").asInt());
    }

    @Test
    void gdeltTsvHasGdeltsSixtyOneColumnsAndNoHeader() throws Exception {
        String[] lines = export("gdelt-tsv").split("\n");
        assertEquals(4, lines.length, "no header line");
        List<String> header = GdeltTsv.COLUMNS;
        assertEquals(61, header.size());
        for (String line : lines) assertEquals(61, line.split("\t", -1).length, line);
        String[] clash = lines[0].split("\t", -1);
        assertEquals("20240502", clash[header.indexOf("Day")]);
        assertEquals("4", clash[header.indexOf("QuadClass")]);
        assertEquals("-10.0", clash[header.indexOf("GoldsteinScale")]);
        assertEquals("2", clash[header.indexOf("NumArticles")]);
        assertEquals("NO", clash[header.indexOf("ActionGeo_CountryCode")], "Norway's FIPS code");
        assertEquals("NOR", clash[header.indexOf("Actor1CountryCode")]);
        assertEquals("1", lines[3].split("\t", -1)[header.indexOf("QuadClass")]);
        assertEquals("", lines[3].split("\t", -1)[header.indexOf("GoldsteinScale")], "no score for 043 here");
    }

    @Test
    void gdeltIdsAreIntegers() {
        assertEquals(0xa83c6e909fdbL, GdeltTsv.globalEventId("ev-a83c6e909fdb"));
        long hashed = GdeltTsv.globalEventId("report-7");
        assertTrue(hashed >= 0 && hashed < (1L << 48), String.valueOf(hashed));
        assertEquals(hashed, GdeltTsv.globalEventId("report-7"), "stable");
    }

    @Test
    void acledNotesPairTheirQuotationMarks() {
        assertEquals("\"Troops left the ridge,\" the commander said.", AcledCsv.notes("Troops left the ridge,\" the commander said."));
        assertEquals("He said they \"crossed the line.\"", AcledCsv.notes("He said they \"crossed the line."));
        assertEquals("Two \"dozen\" soldiers died.", AcledCsv.notes("Two \"dozen\"  soldiers\ndied."));
        assertEquals("\u201CThey fired first,\u201D he said.", AcledCsv.notes("They fired first,\u201D he said."));
    }

    @Test
    void acledActorTypesAndInteractions() {
        assertEquals("Unidentified Armed Group (Kenya)", AcledCsv.unidentified("Battles", "Kenya"));
        assertEquals("Protesters (Chad)", AcledCsv.unidentified("Protests", "Chad"));
        assertEquals("Rebel group-Civilians", AcledCsv.interaction(7, 2, true));
        assertEquals("Sole Rioters", AcledCsv.interaction(5, 0, false));
        assertEquals("", AcledCsv.interaction(1, 0, true), "the second actor's type is not known");
        assertEquals("State forces", AcledCsv.interLabel(AcledCsv.inter(new Actor("Azerbaijan", "AZE", null, null, "AZE"), "Battles")));
        assertEquals(3, AcledCsv.inter(null, "Battles"), "an unidentified armed group is a political militia");
    }

    @Test
    void ploverJsonlHasTheRecordFields() throws Exception {
        String[] lines = export("plover-jsonl").split("\n");
        assertEquals(4, lines.length);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode r = json.readTree(line);
            for (String field : List.of("id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "text_info", "cite_info"))
                assertTrue(r.has(field), field + " missing in " + line);
        }
        JsonNode shelling = json.readTree(lines[1]);
        assertEquals("ASSAULT", shelling.get("event").asText());
        assertEquals("artillery", shelling.get("mode").asText());
        assertEquals("PROTEST", json.readTree(lines[2]).get("event").asText());
        assertEquals(2, json.readTree(lines[0]).get("cite_info").size());
    }

    @Test
    void graphMlWeighsEachDyad() throws Exception {
        String xml = export("graphml");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, doc.getElementsByTagName("node").getLength());
        NodeList edges = doc.getElementsByTagName("edge");
        assertEquals(2, edges.getLength());
        Element army = (Element) edges.item(0);
        assertEquals("NORMIL", army.getAttribute("source"));
        assertEquals("NORREB", army.getAttribute("target"));
        NodeList data = army.getElementsByTagName("data");
        assertEquals("3", data.item(0).getTextContent(), "clash, shelling and talks");
        assertEquals("-9.600", data.item(1).getTextContent(), "mean of -10.0 and -9.2; 043 has no score");
    }

    /** The sample incidents with the clash corrected (three dead became five) and the talks rejected. */
    static List<ExportFormat.Incident> reviewed() {
        List<ExportFormat.Incident> in = incidents();
        java.time.Instant at = java.time.Instant.parse("2024-06-01T10:15:30Z");
        Event c = in.get(0).event();
        Event corrected = new Event(c.id(), c.date(), c.actor1(), c.actor2(), c.cameo(), c.plover(), c.acledType(),
                c.acledSubType(), c.location(), 5, c.reportedBy(), c.citation(), c.status(), c.evidence());
        return List.of(new ExportFormat.Incident(corrected, in.get(0).mentions(),
                        new ExportFormat.Review("corrected", "ana", at, List.of("fatalities"))),
                in.get(1), in.get(2),
                new ExportFormat.Incident(in.get(3).event(), in.get(3).mentions(), new ExportFormat.Review("rejected", "bo", at, List.of())));
    }

    static String exportReviewed(String format) throws Exception {
        StringWriter w = new StringWriter();
        ExportFormat.named(format).write(reviewed(), w, code -> GOLDSTEIN.getOrDefault(code, Double.NaN));
        return w.toString();
    }

    @Test
    void everyFormatCarriesTheReviewState() throws Exception {
        try (CSVParser p = CSVParser.parse(new StringReader(exportReviewed("acled-csv")), CSVFormat.DEFAULT.builder().setHeader().build())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals("5", rows.get(0).get("fatalities"));
            assertTrue(rows.get(0).get("tags").contains("review=corrected; reviewer=ana; reviewed_at=2024-06-01T10:15:30Z; corrected=fatalities"),
                    rows.get(0).get("tags"));
            assertFalse(rows.get(1).get("tags").contains("review="), "unreviewed: no review tags");
        }
        StringWriter main = new StringWriter(), side = new StringWriter();
        ExportFormat.GDELT_TSV.write(reviewed(), main, side, code -> GOLDSTEIN.getOrDefault(code, Double.NaN));
        String[] gdelt = side.toString().split("\n");
        List<String> header = List.of(gdelt[0].split("\t"));
        assertEquals(GdeltTsv.REVIEW_COLUMNS, header);
        String[] clash = gdelt[1].split("\t", -1), talks = gdelt[4].split("\t", -1);
        assertEquals(header.size(), clash.length);
        assertEquals("a1", clash[header.indexOf("EventID")]);
        assertEquals(main.toString().split("\t")[0], clash[header.indexOf("GlobalEventID")]);
        assertEquals("corrected", clash[header.indexOf("ReviewState")]);
        assertEquals("ana", clash[header.indexOf("Reviewer")]);
        assertEquals("fatalities", clash[header.indexOf("CorrectedFields")]);
        assertEquals("rejected", talks[header.indexOf("ReviewState")]);
        assertEquals("", gdelt[2].split("\t", -1)[header.indexOf("ReviewState")]);
        for (String line : main.toString().split("\n")) assertEquals(61, line.split("\t", -1).length, "no review columns in the row");
        ObjectMapper json = new ObjectMapper();
        String[] plover = exportReviewed("plover-jsonl").split("\n");
        assertEquals("corrected", json.readTree(plover[0]).at("/review/state").asText());
        assertEquals("fatalities", json.readTree(plover[0]).at("/review/corrected/0").asText());
        assertEquals(5, json.readTree(plover[0]).at("/text_info/fatalities").asInt());
        assertTrue(json.readTree(plover[1]).get("review").isNull());
        JsonNode features = json.readTree(exportReviewed("geojson")).get("features");
        assertEquals("corrected", features.get(0).at("/properties/review_state").asText());
        assertEquals("rejected", features.get(3).at("/properties/review_state").asText());
        assertTrue(features.get(1).at("/properties/review_state").isNull());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(exportReviewed("graphml").getBytes(StandardCharsets.UTF_8)));
        Element army = (Element) doc.getElementsByTagName("edge").item(0);
        assertEquals("2", army.getElementsByTagName("data").item(0).getTextContent(), "the rejected talks leave the network");
    }

    @Test
    void unknownFormatNamesTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> ExportFormat.named("shapefile"));
        assertTrue(e.getMessage().contains("'shapefile'"));
        assertEquals(ExportFormat.ACLED_CSV, ExportFormat.named("acled"));
        assertEquals(ExportFormat.GDELT_TSV, ExportFormat.named("GDELT"));
        assertEquals(ExportFormat.PLOVER_JSONL, ExportFormat.named("plover-jsonl"));
        assertThrows(IllegalArgumentException.class, () -> ExportFormat.named(""));
    }
}
