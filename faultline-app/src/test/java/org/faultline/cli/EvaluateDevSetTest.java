package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code faultline evaluate} against the reference scorer on the development set in {@code ../shared/eval/dev}: the
 * dev articles are extracted once ({@code extract --out}), then both scorers read the same Document JSON files, lenient
 * and {@code --strict}, and every measure line must agree to three decimals. Skipped when ../shared or python3 is absent.
 */
class EvaluateDevSetTest {
    private static final Path EVAL = Path.of("../../shared/eval");
    private static final Path DEV = EVAL.resolve("dev");
    private static final Path SCORE_PY = EVAL.resolve("score.py");

    @TempDir
    static Path pred;

    @BeforeAll
    static void extractTheDevSetOnce() throws IOException {
        assumeTrue(Files.isDirectory(DEV) && Files.isRegularFile(SCORE_PY),
                "the development set " + DEV.toAbsolutePath().normalize() + " is absent (it lives beside the project); skipped");
        assumeTrue(pythonAvailable(), "python3 is not on the PATH; the reference scorer cannot run; skipped");
        List<String> args = new ArrayList<>(List.of("extract", "--out", pred.toString()));
        try (Stream<Path> files = Files.list(DEV)) {
            files.map(Path::toString).filter(n -> n.endsWith(".txt")).sorted().forEach(args::add);
        }
        MainTest.Result r = MainTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void everyMeasureLineAgreesWithScorePy() throws Exception {
        for (boolean strict : new boolean[] {false, true}) {
            List<String> python = python(strict, "--dir", DEV.toString(), pred.toString());
            MainTest.Result java = evaluate(strict);
            assertEquals(0, java.code(), java.err());
            List<String> ours = Arrays.asList(java.out().split("\n"));
            assertEquals(python.size(), ours.size(), "lines, strict=" + strict + "\n" + java.out());
            assertTrue(python.size() > 24 + 20, "a line per article and per measure: " + python);
            for (int i = 0; i < python.size(); i++) sameToThreeDecimals(python.get(i), ours.get(i), strict);
        }
    }

    @Test
    void explainListsTheSameMissesAndFalsePositives() throws Exception {
        for (boolean strict : new boolean[] {false, true}) {
            List<String> python = python(strict, "--explain", "--dir", DEV.toString(), pred.toString());
            MainTest.Result java = evaluate(strict, "--explain");
            assertEquals(python, Arrays.asList(java.out().split("\n")), "strict=" + strict);
        }
    }

    @Test
    void jsonFiguresAgreePerArticle() throws Exception {
        JsonNode python = new ObjectMapper().readTree(String.join("\n", python(false, "--json", "--dir", DEV.toString(), pred.toString())));
        JsonNode java = new ObjectMapper().readTree(evaluate(false, "--json").out());
        assertEquals(24, python.get("documents").size());
        for (String section : List.of("documents", "macro")) {
            Iterator<Map.Entry<String, JsonNode>> it = python.get(section).fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                assertSameFigures(e.getValue(), java.get(section).get(e.getKey()), section + "/" + e.getKey());
            }
            assertEquals(python.get(section).size(), java.get(section).size(), section);
        }
    }

    private static void assertSameFigures(JsonNode python, JsonNode java, String where) {
        if (python.isObject()) {
            assertEquals(python.size(), java.size(), where);
            python.fields().forEachRemaining(f -> assertSameFigures(f.getValue(), java.get(f.getKey()), where + "/" + f.getKey()));
        } else if (python.isNumber()) {
            assertTrue(java != null && java.isNumber(), where + ": " + java);
            assertEquals(python.doubleValue(), java.doubleValue(), 1e-9, where);
        } else {
            assertEquals(python, java, where);
        }
    }

    private static MainTest.Result evaluate(boolean strict, String... more) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--gold", DEV.toString(), "--pred", pred.toString()));
        if (strict) args.add("--strict");
        args.addAll(List.of(more));
        return MainTest.run(args.toArray(String[]::new));
    }

    /** "measure value" (or "NAME: events.f1=... ...") lines: the same names, numbers equal to three decimals. */
    private static void sameToThreeDecimals(String python, String java, boolean strict) {
        String[] p = python.split(" "), j = java.split(" ");
        assertEquals(p.length, j.length, python + " | " + java);
        for (int k = 0; k < p.length; k++) {
            String a = p[k], b = j[k];
            int eq = a.indexOf('=');
            if (eq >= 0 && b.indexOf('=') == eq) {
                assertEquals(a.substring(0, eq), b.substring(0, eq), python + " | " + java);
                a = a.substring(eq + 1);
                b = b.substring(eq + 1);
            }
            if (a.matches("-?\\d+\\.\\d{3}") && b.matches("-?\\d+\\.\\d{3}"))
                assertEquals(Double.parseDouble(a), Double.parseDouble(b), 0.0005 + 1e-9, "strict=" + strict + ": " + python + " | " + java);
            else
                assertEquals(a, b, "strict=" + strict + ": " + python + " | " + java);
        }
    }

    private static List<String> python(boolean strict, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", SCORE_PY.toString()));
        if (strict) command.add("--strict");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "score.py did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return Arrays.asList(text.split("\n"));
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
