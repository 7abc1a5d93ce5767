package org.faultline.store;

import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A real kill -9 during ingest leaves only complete documents, and re-running finishes without duplicates. */
class CrashSafetyTest {
    private static final long SEED = 31;
    private static final int ARTICLES = 1500;

    @Test
    void killNineDuringIngestLeavesNoPartialDocument(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        Corpus corpus = CorpusGenerator.generate(SEED, ARTICLES);
        for (int round = 0; round < 2; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashIngestChild.class.getName(), data.toString(),
                    Long.toString(SEED), Integer.toString(ARTICLES))
                    .redirectErrorStream(true).start();
            StringBuilder said = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && !line.contains("ingesting")) said.append(line).append('\n');
                assertNotNull(line, "round " + round + ": the child never started ingesting; it said:\n" + said);
                Thread.sleep(300 + 400L * round);
                int r0 = round;
                assertTrue(child.isAlive(), () -> "round " + r0 + ": the child finished (exit " + child.exitValue()
                        + ") before it could be killed");
                child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no clean close
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the killed child is still running");
                assertEquals(137, child.exitValue(), "killed by signal 9");
            } finally {
                if (child.isAlive()) {     // an assertion failed before the kill: leave no JVM writing into the temp dir
                    child.destroyForcibly();
                    child.waitFor(60, TimeUnit.SECONDS);
                }
            }
            try (Store store = Store.open(null, data)) {
                StoreCounts n = store.counts();
                assertTrue(n.documents() >= 1, "documents stored before the kill: " + n.documents());
                assertTrue(n.documents() < ARTICLES, "the child was killed before it finished");
                assertEquals(List.of(), store.incompleteDocuments());
                long expectedReports = corpus.articles().stream().map(GeneratedArticle::expected)
                        .filter(d -> store.contains(d.article().id())).mapToLong(d -> d.events().size()).sum();
                assertEquals(expectedReports, n.reports(), "one report per event of each stored document");
            }
        }
        // re-running the interrupted ingest finishes it without duplicates
        try (Store store = Store.open(null, data)) {
            long before = store.counts().documents();
            int added = 0;
            for (GeneratedArticle g : corpus.articles().subList(0, 600)) if (store.put(g.expected())) added++;
            StoreCounts n = store.counts();
            assertEquals(Math.max(before, 600), n.documents(), "the stored documents are the first ones the child wrote");
            assertEquals(n.documents(), before + added);
            assertEquals(List.of(), store.incompleteDocuments());
        }
    }
}
