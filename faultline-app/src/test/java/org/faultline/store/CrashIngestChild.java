package org.faultline.store;

import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;

import java.nio.file.Path;

/**
 * Child JVM for {@link CrashSafetyTest}: ingests generated documents (args: data dir, seed, count) into the store
 * until it is killed. It prints "ingesting" once it has added 20 new documents, so a re-run over a store that already
 * holds the first ones still gets killed in the middle of new writes.
 */
public final class CrashIngestChild {
    public static void main(String[] args) {
        var corpus = CorpusGenerator.generate(Long.parseLong(args[1]), Integer.parseInt(args[2]));
        try (Store store = Store.open(null, Path.of(args[0]))) {
            int added = 0;
            for (GeneratedArticle g : corpus.articles()) {
                if (store.put(g.expected()) && ++added == 20) {
                    System.out.println("ingesting");   // the parent waits for this before it kills
                    System.out.flush();
                }
            }
        }
    }
}
