package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code faultline evaluate} end to end, on the invented articles of src/test/resources/evaluate: scoring Document JSON
 * files with {@code --pred}, bad gold files and usage errors (no CoreNLP), and extraction in memory (one short article).
 */
class EvaluateCommandTest {
    private static final Path GOLD = Path.of("src/test/resources/evaluate/gold");
    private static final Path PRED = Path.of("src/test/resources/evaluate/pred");
    private static final Path ARTICLES = Path.of("src/test/resources/evaluate/articles");

    @TempDir
    Path dir;

    private static List<String> lines(String text) {
        return Arrays.asList(text.split("\n"));
    }

    @Test
    void scoresPredictionFilesPerArticleAndMacroAveraged() {
        MainTest.Result r = MainTest.run("evaluate", "--gold", GOLD.toString(), "--pred", PRED.toString());
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r.out());
        assertEquals("a: events.f1=0.727 claims.f1=0.800 quotes.f1=0.667", out.get(0));
        assertEquals("b: events.f1=1.000 claims.f1=1.000 quotes.f1=1.000", out.get(1));
        assertTrue(out.contains("events.found 2/3 required, 5 predicted, 0/0 required, 0 predicted"), r.out());
        assertEquals("events.f1 0.864", out.get(out.size() - 1));

        MainTest.Result strict = MainTest.run("evaluate", "--gold", GOLD.toString(), "--pred", PRED.toString(), "--strict");
        assertEquals(0, strict.code(), strict.err());
        assertEquals("events.f1 0.816", lines(strict.out()).get(lines(strict.out()).size() - 1)); // (12/19 + 1) / 2
    }

    @Test
    void explainComesFirstAndJsonCarriesTheSameFigures() throws IOException {
        MainTest.Result r = MainTest.run("evaluate", "--gold", GOLD.toString(), "--pred", PRED.toString(), "--explain");
        assertEquals(0, r.code(), r.err());
        List<String> out = lines(r.out());
        assertEquals(List.of("== a",
                "  missed event e5: 19/18 XSL->None 2024-05-05 [asserted] | Drones struck a fuel depot in Varna on Sunday.",
                "  false event p5: 190 XNL->None 2024-05-06 [asserted] | Prices of bread rose sharply in the capital.",
                "  false claim c-3: assert by XNL | Southland said it would respond.",
                "  missed quote qb: by Lt Col Ivo Sand | Our forces acted in self-defence", "== b"), out.subList(0, 6));
        assertEquals("a: events.f1=0.727 claims.f1=0.800 quotes.f1=0.667", out.get(6));

        MainTest.Result json = MainTest.run("evaluate", "--gold", GOLD.toString(), "--pred", PRED.toString(), "--json");
        assertEquals(0, json.code(), json.err());
        JsonNode figures = new ObjectMapper().readTree(json.out());
        assertEquals(8.0 / 11, figures.at("/documents/a/events.f1").doubleValue(), 1e-12);
        assertEquals("1/1", figures.at("/documents/a/claims.contradictions_linked").textValue());
        assertEquals((8.0 / 11 + 1) / 2, figures.at("/macro/events.f1").doubleValue(), 1e-12);
    }

    @Test
    void aBadGoldFileIsReportedAndTheOthersAreStillScored() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.copy(GOLD.resolve("a.gold.json"), gold.resolve("a.gold.json"));
        Files.writeString(gold.resolve("b.gold.json"), "{\"events\": [{\"id\": \"e1\", \"optional\": \"yes\"}]}",
                StandardCharsets.UTF_8);
        MainTest.Result r = MainTest.run("evaluate", "--gold", gold.toString(), "--pred", PRED.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("faultline: " + gold.resolve("b.gold.json") + ":1:38: events[0].optional: expected true or false, "
                        + "found the string \"yes\"",
                "faultline: 1 of 2 articles could not be scored and is left out of the figures"), r.errLines());
        // a alone: no per-article lines, its own figures
        assertEquals("citations.precision 0.500", lines(r.out()).get(0));
        assertEquals("events.f1 0.727", lines(r.out()).get(lines(r.out()).size() - 1));
    }

    @Test
    void aMissingPredictionScoresAsNothingFound() throws IOException {
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.copy(PRED.resolve("a.json"), pred.resolve("a.json"));
        MainTest.Result r = MainTest.run("evaluate", "--gold", GOLD.toString(), "--pred", pred.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(pred.resolve("b.json") + ": no such file; b is scored as having no predictions"), r.err());
        assertTrue(r.out().contains("b: events.f1=1.000"), r.out()); // b's gold has nothing to find either
    }

    @Test
    void usageErrors() {
        MainTest.Result none = MainTest.run("evaluate");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Missing required option: '--gold=DIR'"), none.err());
        MainTest.Result notDir = MainTest.run("evaluate", "--gold", dir.resolve("nowhere").toString());
        assertEquals(2, notDir.code());
        assertTrue(notDir.err().startsWith("faultline: Invalid value for option '--gold': '" + dir.resolve("nowhere") + "' is not a directory"), notDir.err());
        MainTest.Result empty = MainTest.run("evaluate", "--gold", dir.toString());
        assertEquals(1, empty.code());
        assertEquals(List.of("faultline: " + dir + ": no NAME.gold.json files to score"), empty.errLines());
    }

    @Test
    void extractingInMemoryScoresAsTheFilesExtractWrites() throws IOException {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        for (String ext : List.of(".txt", ".meta", ".gold.json"))
            Files.copy(ARTICLES.resolve("border-shelling" + ext), gold.resolve("border-shelling" + ext));
        // a second article whose .meta is broken: reported by name, the first is still scored
        Files.writeString(gold.resolve("broken.txt"), "Troops shelled the village on Sunday, the army said.\n", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("broken.meta"), "last Sunday\tExample Wire\n", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("broken.gold.json"), "{\"events\": []}", StandardCharsets.UTF_8);

        MainTest.Result inMemory = MainTest.run("evaluate", "--gold", gold.toString(), "--explain");
        assertEquals(1, inMemory.code());
        assertTrue(inMemory.err().contains("broken.meta (line 1): date 'last Sunday' is not YYYY-MM-DD"), inMemory.err());

        Path pred = dir.resolve("pred");
        MainTest.Result extract = MainTest.run("extract", "--out", pred.toString(), gold.resolve("border-shelling.txt").toString());
        assertEquals(0, extract.code(), extract.err());
        Files.delete(gold.resolve("broken.gold.json"));
        MainTest.Result fromFiles = MainTest.run("evaluate", "--gold", gold.toString(), "--pred", pred.toString(), "--explain");
        assertEquals(0, fromFiles.code(), fromFiles.err());
        assertEquals(fromFiles.out(), inMemory.out());
        // the events counted are those extract wrote
        int events = new ObjectMapper().readTree(pred.resolve("border-shelling.json").toFile()).get("events").size();
        assertTrue(lines(inMemory.out()).stream().anyMatch(l -> l.matches("events\\.found [01]/1 required, " + events + " predicted")),
                inMemory.out());
    }
}
