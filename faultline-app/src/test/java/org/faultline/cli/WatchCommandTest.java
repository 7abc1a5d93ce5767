package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.Episode;
import org.faultline.corpus.Escalations;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/** faultline watch over a store holding a generated corpus with two escalations, and watch --backtest. */
class WatchCommandTest {
    @Test
    void watchPrintsSeriesAndAlertsInEachFormat(@TempDir Path dir) throws Exception {
        Corpus c = CorpusGenerator.generate(3, 400, new Escalations(2, 5, 5, 120));
        Path data = dir.resolve("data");
        try (Store s = Store.open(null, data)) {
            s.putAll(c.articles().stream().map(GeneratedArticle::expected).toList());
        }
        Episode e = c.episodes().stream().filter(x -> x.dyad().equals("RUS-UKR")).findFirst().orElseThrow();

        StoreCommandsTest.Run json = run("watch", "--data", data.toString(), "--dyad", "ukr-rus", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertEquals("day", r.get("bucket").asText());
        assertEquals(1, r.get("series").size());
        assertEquals("RUS-UKR", r.get("series").get(0).get("key").asText());
        boolean inWindow = false;
        for (JsonNode a : r.get("alerts")) {
            assertEquals("RUS-UKR", a.get("key").asText(), "only the dyad asked for");
            LocalDate start = LocalDate.parse(a.get("start").asText());
            inWindow |= !start.isBefore(e.onset()) && !start.isAfter(e.peak().plusDays(2));
        }
        assertTrue(inWindow, "an alert between " + e.onset() + " and two days after " + e.peak() + ": " + r.get("alerts"));

        StoreCommandsTest.Run table = run("watch", "--data", data.toString(), "--since", e.onset().minusDays(3).toString());
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("SERIES") && table.out().contains("MCONF") && table.out().contains("ALERT"), table.out());
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("dyad") && l.contains("RUS-UKR") && l.contains(" " + e.onset().getYear())),
                table.out());

        StoreCommandsTest.Run csv = run("watch", "--data", data.toString(), "--weekly", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        try (CSVParser p = CSVParser.parse(csv.out(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            List<CSVRecord> rows = p.getRecords();
            assertFalse(rows.isEmpty());
            for (CSVRecord row : rows) {
                assertEquals(LocalDate.parse(row.get("start")).getDayOfWeek(), java.time.DayOfWeek.MONDAY, "weeks start on Monday");
                int sum = Integer.parseInt(row.get("verbal_cooperation")) + Integer.parseInt(row.get("material_cooperation"))
                        + Integer.parseInt(row.get("verbal_conflict")) + Integer.parseInt(row.get("material_conflict"));
                assertEquals(Integer.parseInt(row.get("events")), sum);
            }
            assertTrue(rows.stream().anyMatch(row -> row.get("kind").equals("region")), "regions too");
        }

        StoreCommandsTest.Run bad = run("watch", "--data", data.toString(), "--dyad", "RUSSIA-UKRAINE");
        assertNotEquals(0, bad.code());
        assertTrue(bad.err().contains("'RUSSIA'") && bad.err().contains("--dyad"), bad.err());
    }

    @Test
    void backtestPrintsItsFigures() {
        StoreCommandsTest.Run r = run("watch", "--backtest", "--seeds", "5,6", "--articles", "800", "--episodes", "8");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("seed 5: 8 episodes") && r.out().contains("seed 6: 8 episodes"), r.out());
        String all = r.out().substring(r.out().indexOf("all seeds"));
        for (String line : List.of("precision ([0-9.]+)", "recall ([0-9.]+)", "lead time (-?[0-9.]+) days",
                "false alerts ([0-9.]+) per dyad-month")) {
            Matcher m = Pattern.compile("(?m)^" + line + "$").matcher(all);
            assertTrue(m.find(), line + " in " + all);
            double v = Double.parseDouble(m.group(1));
            if (line.startsWith("precision") || line.startsWith("recall")) assertTrue(v >= 0 && v <= 1, line + " " + v);
        }
    }
}
