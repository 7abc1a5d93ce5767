package org.faultline.ingest;

import org.faultline.model.Article;
import org.faultline.model.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {
    private static final String STORY = "The interior ministry said on Monday that police had arrested three men "
            + "suspected of planning an attack on a bus station in the north of the country.\n";
    private static final InputStream NO_STDIN = InputStream.nullInputStream();

    @TempDir
    Path dir;

    private List<ReadResult> read(Path file) {
        return Inputs.read(file.toString(), InputFormat.AUTO, NO_STDIN, ReadOptions.defaults());
    }

    private ReadResult only(Path file) {
        List<ReadResult> r = read(file);
        assertEquals(1, r.size(), r.toString());
        return r.get(0);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void textFileIsOneArticleIdentifiedByItsNormalisedText() throws IOException {
        Path a = write("story.txt", STORY);
        Path b = write("copy.txt", "  " + STORY.replace(" ", "   ").replace("\n", "\r\n"));
        Article first = only(a).article();
        assertTrue(first.id().matches("[0-9a-f]{16}"), first.id());
        assertEquals(first.id(), only(b).article().id(), "whitespace does not change the id");
        assertEquals(a.toString(), first.source());
        assertEquals(STORY, first.text());
        assertNull(first.published());
        assertNull(first.publishedSource());
        assertFalse(only(b).article().text().contains("\r"), "line ends are normalised");
    }

    @Test
    void metaSidecarGivesDateOutletAndAddress() throws IOException {
        Path a = write("report.txt", STORY);
        write("report.meta", "2022-03-10\tExample Post\thttps://post.example/1\n");
        Article article = only(a).article();
        assertEquals(LocalDate.of(2022, 3, 10), article.published());
        assertEquals("input", article.publishedSource());
        assertEquals("Example Post", article.outlet());
        assertEquals("https://post.example/1", article.url());
    }

    @Test
    void badMetaSidecarIsAnErrorNamingIt() throws IOException {
        Path a = write("report.txt", STORY);
        write("report.meta", "10 March\tExample Post\n");
        ReadResult r = only(a);
        assertEquals(dir.resolve("report.meta").toString(), r.error().input());
        assertEquals("line 1", r.error().position());
        assertTrue(r.error().reason().startsWith("date '10 March' is not YYYY-MM-DD"), r.error().reason());
    }

    @Test
    void emptyFile() throws IOException {
        for (String content : new String[]{"", "  \n\t\n", "\uFEFF\n"}) {
            ReadResult r = only(write("empty.txt", content));
            assertEquals("empty input", r.error().reason());
            assertEquals("byte 0", r.error().position());
        }
    }

    @Test
    void binaryFileNamesTheFirstNulByte() throws IOException {
        ReadResult r = only(write("image.txt", new byte[]{'G', 'I', 'F', '8', 0, 1, 2}));
        assertEquals("binary data at byte 4", r.error().reason());
        assertEquals("byte 4", r.error().position());
    }

    @Test
    void mostlyControlCharactersIsBinary() throws IOException {
        byte[] b = new byte[200];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        ReadResult r = only(write("noise.txt", b));
        assertEquals("binary data at byte 0", r.error().reason());
    }

    @Test
    void twentyMegabyteFileIsTooLarge() throws IOException {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        ReadResult r = only(write("big.txt", big));
        assertEquals("input is 20.0 MB; the limit is 5 MB per article", r.error().reason());
        assertEquals("byte 5242880", r.error().position());
    }

    @Test
    void invalidUtf8NamesByteAndLine() throws IOException {
        byte[] latin1 = "First line.\nThe caf\u00e9 was shelled.".getBytes(StandardCharsets.ISO_8859_1);
        ReadResult r = only(write("latin1.txt", latin1));
        assertEquals("invalid UTF-8 at byte 19 (line 2)", r.error().reason());
        assertEquals("byte 19", r.error().position());
    }

    @Test
    void utf16IsNamedAsSuch() throws IOException {
        ReadResult r = only(write("wide.txt", STORY.getBytes(StandardCharsets.UTF_16)));
        assertTrue(r.error().reason().startsWith("UTF-16 text"), r.error().reason());
    }

    @Test
    void nonEnglishTextIsRefusedWithTheLanguage() throws IOException {
        String spanish = "El ejército informó el lunes que sus tropas habían tomado el control de la ciudad, "
                + "según un comunicado del ministerio de defensa, y que la situación es estable en toda la región.";
        ReadResult r = only(write("noticia.txt", spanish));
        assertEquals("language looks like Spanish, not English; faultline codes English text only", r.error().reason());
        assertNull(r.error().position());
    }

    @Test
    void missingFileAndDirectory() {
        ReadResult missing = only(dir.resolve("nowhere.txt"));
        assertEquals(dir.resolve("nowhere.txt") + ": no such file", missing.error().toString());
        ReadResult folder = only(dir);
        assertTrue(folder.error().reason().startsWith("is a directory"), folder.error().reason());
    }

    @Test
    void standardInputIsReadForDash() {
        List<ReadResult> r = Inputs.read("-", InputFormat.AUTO,
                new ByteArrayInputStream(STORY.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults());
        assertEquals(1, r.size());
        assertEquals("-", r.get(0).article().source());
        assertEquals(STORY, r.get(0).article().text());
    }

    @Test
    void twoRecordsOnOneJsonLineAreAnErrorNotOneRecord() throws IOException {
        // found by JsonlReaderFuzzTest: what followed a line's first object was dropped without a word
        // (its input is fuzz/JsonlReader/finding-text-after-the-object.jsonl)
        Path batch = write("glued.jsonl", "{\"id\": \"a\", \"text\": \"Police arrested three men.\"} {\"id\": \"b\", \"text\": \"Two were freed.\"}\n"
                + "{\"id\": \"c\", \"text\": \"The bus station reopened.\"}  \n"
                + "{\"id\": \"d\", \"text\": \"The curfew ended.\"} trailing words\n");
        List<ReadResult> r = read(batch);
        assertEquals(3, r.size(), r.toString());
        assertFalse(r.get(0).ok());
        assertEquals("line 1, column 51", r.get(0).error().position());   // the second record's brace
        assertEquals("not valid JSON: more follows the object; a line holds one JSON object", r.get(0).error().reason());
        assertTrue(r.get(1).ok(), r.get(1).toString());
        assertEquals("c", r.get(1).article().id());
        assertFalse(r.get(2).ok());
        assertTrue(r.get(2).error().position().startsWith("line 3, column "), r.get(2).error().toString());
    }

    @Test
    void jsonlBatchMatchesGolden() throws IOException {
        Path batch = copyGolden("batch.jsonl");
        StringBuilder actual = new StringBuilder();
        for (ReadResult r : read(batch)) actual.append(describe(r, batch)).append('\n');
        assertGolden("batch.expected.txt", actual.toString());
    }

    @Test
    void htmlPageMatchesGolden() throws IOException {
        for (String page : List.of("news-page", "loose-page")) {
            Path html = copyGolden(page + ".html");
            assertGolden(page + ".expected.txt", describe(only(html), html) + "\n");
        }
    }

    @Test
    void aParagraphOfOnlyAByteOrderMarkIsNoParagraph() throws IOException {
        // found by HtmlReaderFuzzTest: a page whose first paragraph held only U+FEFF (strip() keeps it) gave "\uFEFF\n\n..."
        // and the decoder then dropped the mark, so the article began with a blank line
        // (fuzz/HtmlReader/finding-bom-paragraph.html)
        Path html = write("bom.html", "\uFEFF<html><body><div><p>\uFEFF</p><p>Rebels \uFEFFshelled the ferry landing.</p>"
                + "<p>The navy said two boats sank.</p></div></body></html>");
        assertEquals("Rebels shelled the ferry landing.\n\nThe navy said two boats sank.", only(html).article().text());
    }

    @Test
    void formatIsSniffedWhenTheExtensionSaysNothing() throws IOException {
        Path jsonl = write("records.dat", "{\"id\": \"x1\", \"text\": \"The army said it shelled the hills.\"}\n");
        assertEquals("x1", only(jsonl).article().id());
        Path html = write("page.dat", "<html><body><p>The army said it shelled the hills.</p></body></html>");
        assertEquals("The army said it shelled the hills.", only(html).article().text());
        assertEquals(InputFormat.TEXT, Inputs.sniff("Plain words.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void explicitFormatOverridesTheExtension() throws IOException {
        Path p = write("records.txt", "{\"id\": \"x2\", \"text\": \"Rebels ambushed a convoy.\"}\n");
        List<ReadResult> r = Inputs.read(p.toString(), InputFormat.JSONL, NO_STDIN, ReadOptions.defaults());
        assertEquals("x2", r.get(0).article().id());
    }

    @Test
    void formatNamesAreCaseBlindAndBadOnesAreNamed() {
        assertEquals(InputFormat.JSONL, InputFormat.named("JSONL"));
        assertEquals(InputFormat.HTML, InputFormat.named("html"));
        var e = assertThrows(IllegalArgumentException.class, () -> InputFormat.named("xml"));
        assertEquals("input format 'xml' is not one of auto, text, jsonl, html", e.getMessage());
    }

    @Test
    void outputNamesComeFromFileNamesOrRecordIds() {
        assertEquals("d01-story", Inputs.outputName(new Article("abc", "in/d01-story.txt", "x", null, null, null, null, null)));
        assertEquals("rec_11", Inputs.outputName(new Article("rec/11", "b.jsonl:12", "x", null, null, null, null, null)));
        assertEquals("0123abcd", Inputs.outputName(new Article("0123abcd", "-", "x", null, null, null, null, null)));
        assertEquals("_.hidden", Inputs.outputName(new Article("..hidden", "b.jsonl:1", "x", null, null, null, null, null)).replace("_..", "_."));
    }

    @Test
    void bundledSamplesAreReadableDatedArticlesOfTheRightLength() {
        List<Article> samples = Inputs.samples();
        assertEquals(Inputs.SAMPLE_NAMES.size(), samples.size());
        assertTrue(samples.size() >= 3 && samples.size() <= 5);
        for (Article a : samples) {
            int words = a.text().trim().split("\\s+").length;
            assertTrue(words >= 250 && words <= 600, a.source() + " has " + words + " words");
            assertTrue(a.published() != null && a.outlet() != null, a.source());
            assertTrue(a.text().matches("(?s).*\\([A-Za-z.]+\\.[a-z]{2,}, [A-Z][a-z]+ \\d{1,2}\\).*"),
                    a.source() + " has an inline citation");
        }
    }

    @Test
    void argumentsAreChecked() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Inputs.read("", InputFormat.AUTO, NO_STDIN, ReadOptions.defaults()));
        assertEquals("input name '' is empty", e.getMessage());
        var limit = assertThrows(IllegalArgumentException.class, () -> new ReadOptions(0, true));
        assertEquals("maximum article size 0 is not positive", limit.getMessage());
    }

    private Path copyGolden(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = InputsTest.class.getResourceAsStream("/golden/ingest/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    /** Compares with src/test/resources/golden/ingest/NAME; -Dgolden.update=true rewrites it. */
    private static void assertGolden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden/ingest").resolve(name);
        boolean update = Boolean.getBoolean("golden.update");
        if (update || !Files.exists(file)) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!update) throw new AssertionError("golden file " + file + " was missing; wrote it, check it and run again");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }

    /** One result in a few lines, with the temporary folder taken out. */
    static String describe(ReadResult r, Path input) {
        String folder = input.getParent().toString() + "/";
        if (!r.ok()) return "error " + r.error().toString().replace(folder, "");
        Article a = r.article();
        return "article " + a.id() + "\n  source: " + a.source().replace(folder, "") + "\n  published: " + a.published()
                + " (" + a.publishedSource() + ")\n  outlet: " + a.outlet() + "\n  title: " + a.title()
                + "\n  url: " + a.url() + "\n  text: " + a.text().replace("\n", "\n        ");
    }
}
