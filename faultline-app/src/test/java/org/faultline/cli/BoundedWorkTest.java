package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Pathological articles (issue 13) through {@code faultline extract} in a JVM of its own with a 1 GB heap: each must
 * be coded within 60 s, without running out of that heap, with its outcome in the Document JSON (truncated or not,
 * how many events) and every offset exact. The caps themselves are checked in process with small values.
 */
class BoundedWorkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The bound on one pathological article, after the models are loaded. */
    private static final long SECONDS = 60;
    /** The bound on starting the JVM and loading the models with a warm-up article, on a busy machine. */
    private static final long LOAD_SECONDS = 240;
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M");

    @TempDir
    Path dir;

    /** What the forked extract printed, how long it took and the most heap it used before a collection. */
    record Forked(JsonNode document, String err, double seconds, long peakHeapMb, String text) {
        JsonNode head() {
            return document.get("document");
        }

        int events() {
            return document.get("events").size();
        }

        String outcome() {
            return String.format(Locale.ROOT, "%.1f s, peak heap %d MB, %s, %d events, %d repeated sentences", seconds,
                    peakHeapMb, head().get("truncated").asBoolean() ? "truncated " + head().get("limits_reached").findValuesAsText("limit")
                            : "not truncated", events(), head().get("repeated_sentences").asInt());
        }
    }

    /**
     * Runs {@code extract WARM NAME} in a JVM with a 1 GB heap. The small warm-up article loads the models, and the
     * clock starts when its Document JSON is out: what is timed is the pathological article alone, so that a busy
     * machine's slow start does not count against it (the whole command is timed in docs/MEASUREMENTS.md).
     */
    private Forked extractForked(String name, String text) throws IOException, InterruptedException {
        Path input = dir.resolve(name), warm = dir.resolve("warm-up.txt");
        Files.writeString(input, text, StandardCharsets.UTF_8);
        Files.writeString(warm, "The army shelled the town on Monday.\n", StandardCharsets.UTF_8);
        Path err = dir.resolve(name + ".err"), gc = dir.resolve(name + ".gc");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-Xlog:gc:file=" + gc, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "extract", warm.toString(), input.toString())
                .redirectError(err.toFile()).start();
        p.getOutputStream().close();
        CountDownLatch warmedUp = new CountDownLatch(1);
        long[] started = new long[1];
        StringBuilder second = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                boolean first = true;
                for (String line; (line = r.readLine()) != null; ) {
                    if (!first) second.append(line).append('\n');
                    else if (line.equals("}")) {
                        started[0] = System.nanoTime();
                        first = false;
                        warmedUp.countDown();
                    }
                }
            } catch (IOException e) {
                second.append("(cannot read: ").append(e).append(')');
            }
        });
        reader.start();
        try {
            if (!warmedUp.await(LOAD_SECONDS, TimeUnit.SECONDS) && p.isAlive())
                fail(name + ": the warm-up article was not out in " + LOAD_SECONDS + " s; stderr: " + Files.readString(err));
            long left = started[0] == 0 ? 0 : SECONDS * 1_000_000_000L - (System.nanoTime() - started[0]);
            if (started[0] != 0 && !p.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS))
                fail(name + ": extract did not finish in " + SECONDS + " s; stderr: " + Files.readString(err));
            p.waitFor();
        } finally {
            if (p.isAlive()) p.destroyForcibly().waitFor();
        }
        double seconds = (System.nanoTime() - started[0]) / 1e9;
        reader.join();
        String stderr = Files.readString(err);
        assertFalse(stderr.contains("OutOfMemoryError"), name + ": " + stderr);
        assertEquals(0, p.exitValue(), name + ": exit code; stderr: " + stderr);
        long peak = 0;
        Matcher m = GC.matcher(Files.exists(gc) ? Files.readString(gc) : "");
        while (m.find()) peak = Math.max(peak, Long.parseLong(m.group(1)));
        return new Forked(JSON.readTree(second.toString()), stderr, seconds, peak, text);
    }

    /** Every evidence in the document is the exact text at its offsets. */
    private static void offsetsExact(Forked f) {
        int checked = 0;
        for (JsonNode e : f.document().findValues("evidence")) {
            if (e.isNull()) continue;
            int start = e.get("start").asInt(), end = e.get("end").asInt();
            assertEquals(f.text().substring(start, end), e.get("text").asText(), "evidence at " + start + "-" + end);
            checked++;
        }
        for (JsonNode s : f.document().get("sentences")) {
            int start = s.get("start").asInt(), end = s.get("end").asInt();
            assertTrue(start >= 0 && start < end && end <= f.text().length(), "sentence span " + start + "-" + end);
            checked++;
        }
        assertTrue(checked > 0 || f.events() == 0, "nothing to check");
    }

    @Test
    @Timeout(value = 330, unit = TimeUnit.SECONDS)
    void fiftyThousandRepeatsOfOneSentenceAreOneEvent() throws Exception {
        String sentence = "The army shelled the town.";
        String text = (sentence + " ").repeat(50_000);
        assertEquals(1_350_000, text.length());
        Forked f = extractForked("repeat.txt", text);
        System.out.println("50,000 repeats (1.35 MB): " + f.outcome());
        // the text is cut at max-chars (500,000), and the ~18,500 copies before the cut are one mention
        assertTrue(f.head().get("truncated").asBoolean());
        JsonNode cap = f.head().get("limits_reached").get(0);
        assertEquals("max-chars", cap.get("limit").asText());
        assertEquals(1_350_000, cap.get("found").asInt());
        assertTrue(cap.get("coded_to").asInt() <= 500_000 && cap.get("coded_to").asInt() > 499_000, cap.toString());
        assertTrue(f.err().contains("repeat.txt: truncated: max-chars 500,000 reached"), f.err());
        assertEquals(1, f.events(), "one event for one sentence told 50,000 times");
        assertEquals(1, f.document().get("sentences").size());
        assertTrue(f.head().get("repeated_sentences").asInt() > 18_000, f.outcome());
        JsonNode evidence = f.document().get("events").get(0).get("evidence");
        assertEquals(0, evidence.get("start").asInt(), "the first occurrence's offsets");
        assertEquals(sentence.length(), evidence.get("end").asInt());
        offsetsExact(f);
    }

    /** About 14 KB of quotes and brackets nested hundreds deep, with short sentences inside. */
    static String nestedQuotesAndBrackets() {
        Random random = new Random(13);
        String[] openers = {"\u201c", "(", "[", "\"", "\u2018", "\u00ab"};
        String[] closers = {"\u201d", ")", "]", "\"", "\u2019", "\u00bb"};
        String[] says = {"the army said", "rebels denied that", "officials claimed", "the ministry reported",
                "witnesses told reporters", "a spokesman added"};
        StringBuilder b = new StringBuilder();
        Deque<Integer> open = new ArrayDeque<>();
        while (b.length() < 8_700) {
            int k = random.nextInt(openers.length);
            open.push(k);
            b.append(says[random.nextInt(says.length)]).append(' ').append(openers[k]);
            if (random.nextInt(10) < 3) b.append("the town was shelled. ");
        }
        while (!open.isEmpty()) {
            b.append(" troops fired").append(closers[open.pop()]);
            if (random.nextInt(10) < 3) b.append(". ");
        }
        return b.append('.').toString();
    }

    @Test
    @Timeout(value = 330, unit = TimeUnit.SECONDS)
    void deeplyNestedQuotesAndBracketsFinish() throws Exception {
        String text = nestedQuotesAndBrackets();
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes > 13_000 && bytes < 15_000, bytes + " bytes");
        Forked f = extractForked("nested.txt", text);
        System.out.println("nested quotes and brackets (" + bytes + " bytes): " + f.outcome());
        assertFalse(f.head().get("truncated").asBoolean(), "far below every cap");
        assertTrue(f.events() > 0, "'the town was shelled' is coded");
        assertTrue(f.head().get("repeated_sentences").asInt() > 0, "'the town was shelled.' repeats");
        offsetsExact(f);
    }

    @Test
    @Timeout(value = 330, unit = TimeUnit.SECONDS)
    void oneSentenceOf200KbWithoutAFullStopFinishes() throws Exception {
        Random random = new Random(7);
        String[] words = {"the", "army", "shelled", "villages", "near", "the", "river", "while", "rebels", "fired",
                "rockets", "at", "a", "convoy", "and", "officials", "said", "that", "troops", "moved", "north"};
        StringBuilder b = new StringBuilder("The army shelled");
        while (b.length() < 200_000) b.append(random.nextInt(20) == 0 ? ", " : " ").append(words[random.nextInt(words.length)]);
        String text = b.toString();
        Forked f = extractForked("long.txt", text);
        System.out.println("one 200 KB sentence: " + f.outcome());
        // one sentence of ~36,000 tokens: tagged, but over max-parse-tokens (150), so never parsed, so no event
        assertFalse(f.head().get("truncated").asBoolean());
        assertEquals(1, f.document().get("sentences").size());
        assertEquals(0, f.events());
        offsetsExact(f);
    }

    // ---- the caps, in process, with small values

    private static final String REPEATED = "Rebels shelled the town of Kessala on Monday (Example Wire, May 6).";
    private static final String QUOTE = "\u201cWe will not stop,\u201d a rebel commander said.";
    private static final String STORY = REPEATED + " The army bombed a rebel camp on Tuesday.\n"
            + REPEATED + "\n"
            + QUOTE + " " + QUOTE + "\n"
            + "Militia fighters attacked a convoy near the border on Wednesday. Police arrested twelve protesters on Thursday.\n";

    private Path story() throws IOException {
        return Files.writeString(dir.resolve("story.txt"), STORY);
    }

    @Test
    void aRepeatedSentenceIsCodedOnceAtItsFirstOffsets() throws IOException {
        MainTest.Result r = MainTest.run("extract", "--published", "2024-05-08", story().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertEquals(2, d.get("document").get("repeated_sentences").asInt());
        assertEquals(5, d.get("sentences").size(), "seven sentences, two of them repeats");
        int repeat = STORY.indexOf(REPEATED, 1), quoteRepeat = STORY.lastIndexOf(QUOTE);
        for (JsonNode item : d.findParents("start")) {
            int start = item.get("start").asInt();
            assertFalse(start >= repeat && start < repeat + REPEATED.length(), "an item from the repeated sentence: " + item);
            assertFalse(start >= quoteRepeat && start < quoteRepeat + QUOTE.length(), "an item from the repeated quote: " + item);
        }
        assertEquals(1, d.get("quotes").size(), d.get("quotes").toString());
        assertEquals(1, d.get("dates").findValuesAsText("text").stream().filter("on Monday"::equals).count(), d.get("dates").toString());
        assertEquals(STORY.indexOf("Example Wire"), d.get("citations").get(0).get("start").asInt());
        assertFalse(d.get("document").get("truncated").asBoolean());
        assertFalse(r.err().contains("truncated"), r.err());
    }

    @Test
    void pastMaxSentencesTheArticleIsCodedUpToTheCapAndMarked() throws IOException {
        MainTest.Result r = MainTest.run("extract", "--published", "2024-05-08", "--max-sentences", "2", story().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        assertTrue(d.get("document").get("truncated").asBoolean());
        JsonNode cap = d.get("document").get("limits_reached").get(0);
        assertEquals("max-sentences", cap.get("limit").asText());
        assertEquals(2, cap.get("cap").asInt());
        assertEquals(5, cap.get("found").asInt());
        int codedTo = cap.get("coded_to").asInt();
        assertEquals(STORY.indexOf('\n'), codedTo, "the end of the second sentence");
        for (JsonNode item : d.findParents("start")) assertTrue(item.get("start").asInt() < codedTo, item.toString());
        assertTrue(d.get("events").size() > 0);
        assertEquals(2, d.get("sentences").size());
        assertEquals(0, d.get("quotes").size(), "the quote is past the cap");
        assertTrue(r.err().contains("story.txt: truncated: max-sentences 2 reached (5 distinct sentences); coded up to character "
                + String.format(Locale.ROOT, "%,d", codedTo)), r.err());
    }

    @Test
    void pastMaxCharsTheUnfinishedSentenceIsLeftOut() throws IOException {
        int cut = STORY.indexOf("bombed") + 3;
        MainTest.Result r = MainTest.run("extract", "--published", "2024-05-08", "--max-chars", String.valueOf(cut), story().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode d = JSON.readTree(r.out());
        JsonNode cap = d.get("document").get("limits_reached").get(0);
        assertEquals("max-chars", cap.get("limit").asText());
        assertEquals(STORY.length(), cap.get("found").asInt());
        assertEquals(REPEATED.length(), cap.get("coded_to").asInt(), "'The army bom' is left out");
        assertEquals(1, d.get("sentences").size());
    }

    @Test
    void pastMaxEventsTheFirstEventsAreKept() throws IOException {
        MainTest.Result all = MainTest.run("extract", "--published", "2024-05-08", story().toString());
        int events = JSON.readTree(all.out()).get("events").size();
        assertTrue(events >= 2, all.out());
        MainTest.Result r = MainTest.run("extract", "--published", "2024-05-08", "--max-events", "1", story().toString());
        JsonNode d = JSON.readTree(r.out());
        assertEquals(1, d.get("events").size());
        assertEquals(JSON.readTree(all.out()).get("events").get(0), d.get("events").get(0));
        JsonNode cap = d.get("document").get("limits_reached").get(0);
        assertEquals("max-events", cap.get("limit").asText());
        assertEquals(events, cap.get("found").asInt());
        assertTrue(cap.get("coded_to").isNull());
        String kept = d.get("events").get(0).get("id").asText();
        for (JsonNode c : d.get("claims"))
            assertTrue(c.get("about_event").isNull() || c.get("about_event").asText().equals(kept), c.toString());
        assertTrue(r.err().contains("truncated: max-events 1 reached (" + events + " events); the first 1 kept"), r.err());
    }

    @Test
    void limitsComeFromAPropertiesFileAndOptionsOverrideIt() throws IOException {
        Path limits = Files.writeString(dir.resolve("limits.properties"), "# per-article limits\nmax-sentences = 1\nmax-events=1\n");
        MainTest.Result r = MainTest.run("extract", "--published", "2024-05-08", "--limits", limits.toString(), story().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, JSON.readTree(r.out()).get("sentences").size());
        r = MainTest.run("extract", "--published", "2024-05-08", "--limits", limits.toString(), "--max-sentences", "3", story().toString());
        assertEquals(3, JSON.readTree(r.out()).get("sentences").size());
    }

    @Test
    void badLimitsAreUsageErrorsNamingTheValue() throws IOException {
        MainTest.Result r = MainTest.run("extract", "--max-events", "0", story().toString());
        assertEquals(2, r.code());
        assertEquals("faultline: --max-events: max-events 0 is not positive", r.errLines().get(0));
        Path bad = Files.writeString(dir.resolve("bad.properties"), "max-words=10\n");
        r = MainTest.run("extract", "--limits", bad.toString(), story().toString());
        assertEquals(2, r.code());
        assertTrue(r.errLines().get(0).contains("limit 'max-words' is not one of max-chars, max-sentences, max-parse-tokens, max-events"), r.err());
        Path notNumber = Files.writeString(dir.resolve("nan.properties"), "max-chars=lots\n");
        r = MainTest.run("extract", "--limits", notNumber.toString(), story().toString());
        assertEquals(2, r.code());
        assertTrue(r.errLines().get(0).endsWith("max-chars 'lots' is not a whole number"), r.err());
        r = MainTest.run("ingest", "--no-progress", "--data", dir.resolve("data").toString(), "--max-chars", "-5", story().toString());
        assertEquals(2, r.code());
        assertEquals("faultline: --max-chars: max-chars -5 is not positive", r.errLines().get(0));
    }
}
