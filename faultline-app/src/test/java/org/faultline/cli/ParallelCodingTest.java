package org.faultline.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 12, all cores: {@code extract} and {@code ingest} with {@code --threads N} code several articles at once and
 * give exactly what one thread gives: the same files, byte for byte, the same standard output, the same store, and the
 * same messages on standard error in the same order (the nlp stage's logged warnings among them).
 */
class ParallelCodingTest {
    @TempDir
    static Path dir;
    private static final List<String> inputs = new ArrayList<>();

    /** Invented short reports; some long enough to be cut by --max-sentences 4, one with a control character. */
    private static final String[] STORIES = {
            "Government troops shelled the village of Korvani on Monday, killing three civilians, the interior ministry said. "
                    + "Rebels denied that any of their fighters were in the village. The army said it had hit a depot. "
                    + "Residents fled north. A local official said the shelling lasted two hours. Aid groups asked for calm.",
            "Police arrested twelve protesters in the capital on Saturday after clashes near the parliament, a police "
                    + "spokesman said. The protesters demanded new elections.",
            "Sudanese forces attacked a convoy near the border on Tuesday, the Chadian defence ministry said. "
                    + "Sudan rejected the accusation. Chad recalled its ambassador. The convoy carried fuel. "
                    + "Two drivers were wounded. The United Nations urged both sides to talk.",
            "Gunmen kidnapped a mayor in the north of Mali on Friday, officials said.\u0007 The army launched a search.",
            "The Nigerien president met the prime minister of Benin on Thursday to discuss the border. "
                    + "Both leaders pledged to reopen the crossing.",
            "Militants fired rockets at an army base on Sunday, the military said. Nobody was hurt. "
                    + "The group that fired them was not named. Soldiers returned fire. Officials said more attacks were likely.",
            "Protesters burned tyres outside the ministry of energy on Wednesday over power cuts, witnesses said.",
    };

    @BeforeAll
    static void writeInputs() throws IOException {
        for (int i = 0; i < STORIES.length; i++) {
            Path f = dir.resolve("in").resolve(String.format("story-%02d.txt", i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, STORIES[i] + "\n", StandardCharsets.UTF_8);
            inputs.add(f.toString());
            if (i == 2) {   // a file that cannot be read, among the others
                Path empty = dir.resolve("in").resolve("story-02b-empty.txt");
                Files.writeString(empty, "");
                inputs.add(empty.toString());
            }
        }
        // records: one id given twice with different texts (the second is re-keyed), one text given twice
        Path jsonl = dir.resolve("in").resolve("records.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"r1\", \"text\": \"Troops clashed with rebels near the river crossing on Monday, the army said.\", \"date\": \"2024-05-06\"}",
                "{\"id\": \"r2\", \"text\": \"Rebels ambushed a patrol on the road to the airport, killing two soldiers, officials said.\", \"date\": \"2024-05-07\"}",
                "{\"id\": \"r1\", \"text\": \"Police dispersed a crowd of students with tear gas on Tuesday, witnesses said.\", \"date\": \"2024-05-07\"}",
                "{\"id\": \"r3\", \"text\": \"Rebels ambushed a patrol on the road to the airport, killing two soldiers, officials said.\", \"date\": \"2024-05-07\"}",
                "{\"id\": \"r4\", \"text\": \"The foreign minister condemned the strikes on Wednesday and summoned the envoy.\", \"date\": \"2024-05-08\"}",
                ""), StandardCharsets.UTF_8);
        inputs.add(jsonl.toString());
    }

    /** One run with standard error and the logger's output in one stream, as in a terminal. */
    private static MainTest.Result run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream saved = System.err;
        System.setErr(errStream);
        int code;
        try {
            code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
        } finally {
            System.setErr(saved);
        }
        return new MainTest.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> with(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void extractWritesTheSameFilesAndMessagesInTheSameOrderWithThreeThreadsAsWithOne() throws IOException {
        List<String> common = List.of("extract", "--no-progress", "--published", "2024-05-10", "--max-sentences", "4");
        Path one = dir.resolve("out-1"), three = dir.resolve("out-3");
        MainTest.Result r1 = run(with(common, with(List.of("--threads", "1", "--out", one.toString()), inputs)));
        MainTest.Result r3 = run(with(common, with(List.of("--threads", "3", "--out", three.toString()), inputs)));
        assertEquals(1, r1.code(), "the empty file fails the run: " + r1.err());
        assertEquals(r1.code(), r3.code());
        assertEquals(r1.err(), r3.err(), "the same messages in the same order");
        assertEquals(r1.out().replace(one.toString(), "OUT"), r3.out().replace(three.toString(), "OUT"));
        List<String> files = names(one);
        assertEquals(STORIES.length + 5, files.size(), files.toString());
        assertEquals(files, names(three));
        for (String f : files)
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(three.resolve(f)), f + " differs");

        // the messages are in the input's order: truncations, the empty file, the logged warning
        String err = r1.err();
        int cut0 = err.indexOf("story-00.txt: truncated"), empty = err.indexOf("story-02b-empty.txt"),
                cut5 = err.indexOf("story-05.txt: truncated"), untokenizable = err.indexOf("story-03.txt: untokenizable character U+0007");
        assertTrue(cut0 >= 0 && empty > cut0 && untokenizable > empty && cut5 > untokenizable, err);
    }

    @Test
    void extractToStandardOutputIsTheSameStreamWithThreeThreads() {
        List<String> common = List.of("extract", "--published", "2024-05-10");
        MainTest.Result r1 = run(with(common, with(List.of("--threads", "1"), inputs)));
        MainTest.Result r3 = run(with(common, with(List.of("--threads", "3"), inputs)));
        assertEquals(r1.code(), r3.code());
        assertEquals(r1.err(), r3.err());
        assertTrue(r1.out().length() > 1000, r1.out());
        assertEquals(r1.out(), r3.out());
    }

    @Test
    void ingestStoresTheSameWithThreeThreadsAsWithOne() {
        Path d1 = dir.resolve("data-1"), d3 = dir.resolve("data-3");
        MainTest.Result r1 = run(with(List.of("ingest", "--no-progress", "--threads", "1", "--data", d1.toString()), inputs));
        MainTest.Result r3 = run(with(List.of("ingest", "--no-progress", "--threads", "3", "--data", d3.toString()), inputs));
        assertEquals(1, r1.code(), r1.err());
        assertEquals(r1.code(), r3.code());
        assertEquals(r1.err(), r3.err(), "the same messages in the same order");
        assertTrue(r1.err().contains("id 'r1' is already stored with another text"), r1.err());
        String timeless1 = r1.out().replaceAll("in [0-9.]+ s", "in T s"), timeless3 = r3.out().replaceAll("in [0-9.]+ s", "in T s");
        assertEquals(timeless1, timeless3);
        assertTrue(timeless1.contains("stored " + (STORIES.length + 5) + " new documents, 0 already stored, 1 skipped"), timeless1);
        for (String listing : List.of("events", "claims", "actors", "places", "quotes")) {
            MainTest.Result a = run(List.of(listing, "--data", d1.toString(), "--format", "json"));
            MainTest.Result b = run(List.of(listing, "--data", d3.toString(), "--format", "json"));
            assertEquals(0, a.code(), a.err());
            assertEquals(a.out(), b.out(), listing + " differ");
        }
        assertTrue(run(List.of("events", "--data", d1.toString(), "--format", "json")).out().contains("\"id\""), "events were stored");
    }

    @Test
    void extractDrawsAProgressBarWhenAsked() {
        Path out = dir.resolve("out-progress");
        MainTest.Result r = run(with(List.of("extract", "--progress", "--threads", "2", "--published", "2024-05-10",
                "--out", out.toString()), inputs.subList(0, 2)));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*\\[#+ *] 2/2 files +[0-9.]+ docs/s +ETA \\d+s.*"), "progress bar: " + r.err());
    }
}
