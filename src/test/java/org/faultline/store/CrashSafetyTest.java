package org.faultline.store;

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
    @Test
    void killNineDuringIngestLeavesNoPartialDocument(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        for (int round = 0; round < 2; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashIngestChild.class.getName(), data.toString(), "31")
                    .redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && !line.contains("ingesting")) { /* wait until it writes */ }
                assertNotNull(line, "the child never started ingesting");
                Thread.sleep(300 + 400L * round);
                child.destroyForcibly();   // SIGKILL on Linux: no shutdown hooks, no clean close
                assertTrue(child.waitFor(20, TimeUnit.SECONDS));
                assertEquals(137, child.exitValue(), "killed by signal 9");
            }
            try (Store store = Store.open(null, data)) {
                StoreCounts n = store.counts();
                assertTrue(n.documents() >= 1, "documents stored before the kill: " + n.documents());
                assertTrue(n.documents() < 5000, "the child was killed before it finished");
                assertEquals(List.of(), store.incompleteDocuments());
                assertEquals(n.documents(), n.reports(), "one event per generated document");
            }
        }
        // re-running the interrupted ingest finishes it without duplicates
        var corpus = CorpusGenerator.generate(31, 5000);
        try (Store store = Store.open(null, data)) {
            long before = store.counts().documents();
            int added = 0;
            for (GeneratedArticle g : corpus.articles().subList(0, 600)) if (store.put(g.expected())) added++;
            StoreCounts n = store.counts();
            assertEquals(Math.max(before, 600), n.documents());
            assertEquals(n.documents(), before + added);
            assertEquals(List.of(), store.incompleteDocuments());
        }
    }
}
