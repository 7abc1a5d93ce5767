package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.faultline.sources.TrackRecordCorpus;
import org.faultline.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** faultline sources and faultline names over a store holding the hand-coded track-record corpus, in each format. */
class SourcesNamesCommandTest {
    @TempDir
    static Path dir;
    private static String data;

    @BeforeAll
    static void fill() {
        data = dir.resolve("data").toString();
        try (Store s = Store.open(null, Path.of(data))) {
            s.putAll(TrackRecordCorpus.documents());
        }
    }

    @Test
    void sourcesPrintsTrackRecordsInEachFormat() throws Exception {
        StoreCommandsTest.Run json = run("sources", "--data", data, "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode arr = new ObjectMapper().readTree(json.out());
        JsonNode south = null;
        for (JsonNode n : arr) if (n.get("key").asText().equals(TrackRecordCorpus.SOUTH_MOD_KEY)) south = n;
        assertNotNull(south, json.out());
        assertEquals(2, south.get("claims").asInt());
        assertEquals(2, south.get("denied").asInt());
        assertEquals("Nordland defence ministry (1); Nordland government (1)", south.get("denied_by").asText());
        assertEquals(1, south.get("corroborated").asInt());
        assertEquals(5.0, south.get("above_by").asDouble());
        assertEquals("2024-03-01", south.get("first").asText());

        StoreCommandsTest.Run table = run("sources", "--data", data, "--country", "aus");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().startsWith("SOURCE"), table.out());
        assertTrue(table.out().contains("Nordland defence ministry") && !table.out().contains("Sudland"), table.out());
        assertTrue(table.out().strip().endsWith("not a verdict on their truth."), table.out());

        StoreCommandsTest.Run csv = run("sources", "--data", data, "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        try (CSVParser p = CSVParser.parse(csv.out(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(arr.size(), rows.size());
            CSVRecord first = rows.get(0);
            assertEquals("Sudland defence ministry", first.get("source"), "most claims first");
            assertEquals("2", first.get("denied"));
        }
    }

    @Test
    void namesPrintsWhoWritesWhichNameAndMarksScareQuotes() throws Exception {
        StoreCommandsTest.Run json = run("names", "--data", data, "--place", "Republic of Eastmark", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode arr = new ObjectMapper().readTree(json.out());
        List<String> marked = new ArrayList<>();
        for (JsonNode n : arr) {
            assertEquals("Eastmark", n.get("place").asText());
            if (n.get("by").asText().equals("outlet") && n.get("marked").asInt() > 0)
                marked.add(n.get("name").asText() + "/" + n.get("who").asText() + "/" + n.get("marked").asInt());
            if (n.get("by").asText().equals("all") && n.get("name").asText().equals("Republic of Eastmark"))
                assertEquals("scare quotes (1); so-called (1)", n.get("markers").asText());
        }
        assertEquals(List.of("Eastmark/Lambda Ledger/1", "Ostmark/Mu Mail/1", "Ostmark/Nu News/1", "Republic of Eastmark/Kappa Courier/1"),
                marked.stream().sorted().toList());

        StoreCommandsTest.Run table = run("names", "--data", data);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("scare quotes (1)"), table.out());
        assertTrue(table.out().strip().endsWith("1 places of several names, 4 marked mentions"), table.out());

        StoreCommandsTest.Run none = run("names", "--data", data, "--place", "Atlantis", "--format", "csv");
        assertEquals(0, none.code(), none.err());
        assertEquals("place,place_country,name,by,who,mentions,marked,markers,first,last", none.out().strip());
    }
}
