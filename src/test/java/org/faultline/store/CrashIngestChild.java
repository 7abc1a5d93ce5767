package org.faultline.store;

import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;

import java.nio.file.Path;

/** Child JVM for {@link CrashSafetyTest}: ingests generated documents into args[0] until it is killed. */
public final class CrashIngestChild {
    public static void main(String[] args) {
        var corpus = CorpusGenerator.generate(Long.parseLong(args[1]), 5000);
        try (Store store = Store.open(null, Path.of(args[0]))) {
            int n = 0;
            for (GeneratedArticle g : corpus.articles()) {
                store.put(g.expected());
                if (++n == 20) System.out.println("ingesting");   // the parent waits for this before it kills
                System.out.flush();
            }
        }
    }
}
