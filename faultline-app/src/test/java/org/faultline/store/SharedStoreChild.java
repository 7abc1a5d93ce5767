package org.faultline.store;

import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;

import java.nio.file.Path;
import java.util.List;

/**
 * Child JVM for {@link SharedStoreTest}: waits for a given instant (so that several children open the store at once),
 * opens the embedded store in a folder, stores generated documents {@code from} (inclusive) to {@code to} (exclusive)
 * and prints how many were new. Args: data dir, seed, articles, from, to, start instant (epoch milliseconds), and
 * optionally {@code hold}: then it keeps the store open until its standard input ends, and exits right after closing it.
 */
public final class SharedStoreChild {
    public static void main(String[] args) throws InterruptedException, java.io.IOException {
        List<GeneratedArticle> articles = CorpusGenerator.generate(Long.parseLong(args[1]), Integer.parseInt(args[2])).articles();
        int from = Integer.parseInt(args[3]), to = Integer.parseInt(args[4]);
        long wait = Long.parseLong(args[5]) - System.currentTimeMillis();
        if (wait > 0) Thread.sleep(wait);
        int stored = 0;
        try (Store store = Store.open(null, Path.of(args[0]))) {
            for (GeneratedArticle g : articles.subList(from, to)) if (store.put(g.expected())) stored++;
            System.out.println("stored " + stored + "; the store holds " + store.counts().documents());
            System.out.flush();
            if (args.length > 6 && args[6].equals("hold")) System.in.readAllBytes();
        }
    }
}
