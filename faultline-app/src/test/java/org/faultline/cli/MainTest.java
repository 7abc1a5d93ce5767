package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line end to end, through {@link Main#run}. These run the real pipeline; CoreNLP loads once per JVM
 * because {@code extract} keeps one pipeline per process. While the extractor is still growing the documents may hold
 * few items, so these tests check structure: ids, dates, files written, messages and exit codes.
 */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = "The defence ministry said on Tuesday that its air defences had shot down "
            + "four drones over the border region overnight. \"There were no casualties,\" a spokesman said "
            + "(Example.org, May 2). The neighbouring army denied launching any drones and called the report a fabrication.\n";
    private static final String OTHER = "Police in the capital arrested twelve protesters on Saturday after clashes "
            + "outside the parliament building, the interior ministry said in a statement.\n";

    @TempDir
    Path dir;

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
        }
    }

    static Result run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Result run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void noCommandIsAUsageError() {
        Result r = run();
        assertEquals(2, r.code());
        assertEquals("faultline: name a command", r.errLines().get(0));
        assertTrue(r.err().contains("extract") && r.err().contains("bench"), r.err());
    }

    @Test
    void extractWithoutInputsIsAUsageError() {
        Result r = run("extract");
        assertEquals(2, r.code());
        assertEquals(List.of("faultline: extract: give FILE..., - for standard input, or --sample",
                "Try 'faultline extract --help' for more information."), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void badOptionValuesAreUsageErrorsNamingTheValue() {
        Result date = run("extract", "--published", "2024-13-01", "x.txt");
        assertEquals(2, date.code());
        assertEquals("faultline: --published '2024-13-01' is not a date YYYY-MM-DD", date.errLines().get(0));
        Result format = run("extract", "--input-format", "xml", "x.txt");
        assertEquals(2, format.code());
        assertEquals("faultline: --input-format: input format 'xml' is not one of auto, text, jsonl, html", format.errLines().get(0));
        Result output = run("extract", "--format", "yaml", "x.txt");
        assertEquals(2, output.code());
        assertTrue(output.errLines().get(0).contains("yaml"), output.err());
        Result unknown = run("extract", "--frobnicate", "x.txt");
        assertEquals(2, unknown.code());
        assertEquals("faultline: Unknown option: '--frobnicate'", unknown.errLines().get(0));
        Result conventions = run("extract", "--conventions", "tabari", "x.txt");
        assertEquals(2, conventions.code());
        assertEquals("faultline: --conventions: unknown conventions 'tabari'; expected faultline or petrarch (or auto)",
                conventions.errLines().get(0));
        Result dictionaries = run("extract", "--dictionaries", dir.resolve("none").toString(), "x.txt");
        assertEquals(2, dictionaries.code());
        assertEquals("faultline: --dictionaries '" + dir.resolve("none") + "' is not a directory", dictionaries.errLines().get(0));
    }

    @Test
    void missingFileFailsNamingIt() {
        String missing = dir.resolve("missing.txt").toString();
        Result r = run("extract", missing);
        assertEquals(1, r.code());
        assertEquals(List.of("faultline: " + missing + ": no such file"), r.errLines());
        assertEquals("", r.out());
    }

    @Test
    void oneArticlePrintsItsDocumentJson() throws IOException {
        Path story = write("story.txt", STORY);
        Result r = run("extract", "--published", "2024-05-03", "--outlet", "Test Wire", story.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = JSON.readTree(r.out());
        assertTrue(doc.get("document").get("id").asText().matches("[0-9a-f]{16}"), r.out());
        assertEquals("2024-05-03", doc.get("document").get("published").asText());
        assertEquals("argument", doc.get("document").get("published_source").asText());
        assertEquals("Test Wire", doc.get("document").get("outlet").asText());
        for (String list : List.of("events", "claims", "quotes", "relations", "places", "citations", "actors", "dates"))
            assertTrue(doc.get(list).isArray(), list);
        for (JsonNode e : doc.get("events")) {
            JsonNode ev = e.get("evidence");
            assertEquals(STORY.substring(ev.get("start").asInt(), ev.get("end").asInt()), ev.get("text").asText(),
                    "evidence is verbatim at its offsets");
        }
    }

    @Test
    void standardInputIsReadForDash() {
        Result r = run(new ByteArrayInputStream(OTHER.getBytes(StandardCharsets.UTF_8)), "extract", "--published", "2023-02-01", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"source\": \"-\""), r.out());
    }

    @Test
    void batchWithBadInputsWritesTheGoodOnesAndReportsEachBadOne() throws IOException {
        Path good1 = write("good-one.txt", STORY);
        Path empty = write("empty.txt", "");
        Path binary = write("binary.txt", new byte[]{'a', 'b', 0, 'c'});
        byte[] twenty = new byte[20 * 1024 * 1024];
        Arrays.fill(twenty, (byte) 'x');
        Path big = write("big.txt", twenty);
        Path latin1 = write("latin1.txt", "Fighting near the caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        Path spanish = write("spanish.txt", "El ministerio de defensa informó el martes que las tropas han tomado el "
                + "control de la ciudad y que la situación es estable, según un comunicado publicado por la tarde.");
        Path good2 = write("good-two.txt", OTHER);
        Path out = dir.resolve("out");
        Result r = run("extract", "--out", out.toString(), good1.toString(), empty.toString(), binary.toString(),
                big.toString(), latin1.toString(), spanish.toString(), good2.toString());
        assertEquals(1, r.code());
        assertEquals(List.of(
                "faultline: " + empty + " (byte 0): empty input",
                "faultline: " + binary + " (byte 2): binary data at byte 2",
                "faultline: " + big + " (byte 5242880): input is 20.0 MB; the limit is 5 MB per article",
                "faultline: " + latin1 + " (byte 21): invalid UTF-8 at byte 21 (line 1)",
                "faultline: " + spanish + ": language looks like Spanish, not English; faultline codes English text only"),
                r.errLines());
        assertEquals("wrote 2 documents to " + out + "; 5 inputs failed\n", r.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("good-one.json", "good-two.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        JsonNode two = JSON.readTree(out.resolve("good-two.json").toFile());
        assertEquals(good2.toString(), two.get("document").get("source").asText());
    }

    @Test
    void jsonlRecordsAreNamedByTheirIdsAndBadLinesByNumber() throws IOException {
        Path batch = write("batch.jsonl", "{\"id\": \"r-1\", \"text\": \"" + OTHER.strip() + "\", \"date\": \"2022-04-01\"}\n"
                + "{\"id\": \"r-2\", \"text\": \n"
                + "{\"id\": \"r-3\", \"text\": \"Rebels said they had captured two villages on Sunday.\", \"published\": \"2022-04-03\"}\n");
        Path out = dir.resolve("jsonl-out");
        Result r = run("extract", "--out", out.toString(), batch.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("faultline: " + batch + " (line 2"), r.err());
        assertTrue(Files.exists(out.resolve("r-1.json")) && Files.exists(out.resolve("r-3.json")));
        JsonNode one = JSON.readTree(out.resolve("r-1.json").toFile());
        assertEquals("r-1", one.get("document").get("id").asText());
        assertEquals("2022-04-01", one.get("document").get("published").asText());
        assertEquals("input", one.get("document").get("published_source").asText());
    }

    @Test
    void sameFileNameTwiceGetsASuffix() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path a = write("a/story.txt", STORY), b = write("b/story.txt", OTHER);
        Path out = dir.resolve("twice");
        Result r = run("extract", "--format", "text", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("story.txt")) && Files.exists(out.resolve("story-2.txt")));
        assertTrue(Files.readString(out.resolve("story-2.txt")).startsWith("Document "));
    }

    @Test
    void sampleDigestShowsEveryBundledArticle() {
        Result r = run("extract", "--sample", "--format", "text");
        assertEquals(0, r.code(), r.err());
        long headers = r.out().lines().filter(l -> l.startsWith("Document ")).count();
        assertEquals(4, headers, r.out());
        assertTrue(r.out().contains("Published: 2024-06-12 (from the input's metadata)"), r.out());
        assertTrue(r.out().contains("Outlet:    Horn Ledger"), r.out());
        assertTrue(r.out().contains("\nEvents ("), r.out());
    }

    @Test
    void jsonlSentenceRecordsAreCodedWithPetrarchConventionsUnlessToldOtherwise() throws IOException {
        Path batch = write("sentences.jsonl",
                "{\"id\": \"s-1\", \"text\": \"Chile said that Peruvian troops had shelled a border post.\", \"date\": \"2021-06-02\"}\n");
        Path auto = dir.resolve("auto-out");
        Path own = dir.resolve("faultline-out");
        assertEquals(0, run("extract", "--out", auto.toString(), batch.toString()).code());
        assertEquals(0, run("extract", "--conventions", "faultline", "--out", own.toString(), batch.toString()).code());
        JsonNode petrarch = JSON.readTree(auto.resolve("s-1.json").toFile()).get("events").get(0);
        assertEquals("112", petrarch.get("cameo").asText());
        assertEquals("CHL", petrarch.get("actor1").get("country").asText());
        assertEquals("PER", petrarch.get("actor2").get("country").asText());
        JsonNode faultline = JSON.readTree(own.resolve("s-1.json").toFile()).get("events").get(0);
        assertTrue(faultline.get("cameo").asText().startsWith("19"), faultline.toString());
        assertEquals("PER", faultline.get("actor1").get("country").asText());
        assertEquals("CHL", faultline.get("reported_by").get("country").asText());
    }

    @Test
    void aWholeArticleInJsonLinesKeepsFaultlineConventions() throws IOException {
        Path batch = write("articles.jsonl", "{\"id\": \"a-1\", \"text\": \"Chile said that Peruvian troops had shelled a border post.\\n"
                + "Peru denied the report on Tuesday.\\nTalks between the two countries are due next week.\", \"date\": \"2021-06-02\"}\n");
        Path out = dir.resolve("articles-out");
        assertEquals(0, run("extract", "--out", out.toString(), batch.toString()).code());
        JsonNode events = JSON.readTree(out.resolve("a-1.json").toFile()).get("events");
        assertTrue(events.size() > 0 && events.get(0).get("cameo").asText().startsWith("19"), events.toString());
        assertEquals("PER", events.get(0).get("actor1").get("country").asText());
    }

    @Test
    void extractHelpMatchesGolden() throws IOException {
        Result r = run("extract", "--help");
        assertEquals(0, r.code());
        Path golden = Path.of("src/test/resources/golden/cli/extract-help.txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.writeString(golden, r.out());
            if (!Boolean.getBoolean("golden.update")) throw new AssertionError("wrote missing golden file " + golden);
        }
        assertEquals(Files.readString(golden), r.out());
    }
}
