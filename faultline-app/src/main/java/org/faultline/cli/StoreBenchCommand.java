package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.corpus.MergeScore;
import org.faultline.model.Document;
import org.faultline.store.EventQuery;
import org.faultline.store.MergedEvent;
import org.faultline.store.Store;
import org.faultline.store.StoreCounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code faultline store-bench}: generates a corpus with known incidents, ingests it, and prints throughput and the
 * merge's precision and recall against the answer key.
 */
@Command(name = "store-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Generates N articles about known incidents, codes and stores them, merges, and prints throughput "
                + "and merged-event precision/recall against the known events.",
                "--coder oracle stores the generator's own extraction instead, measuring the store and the merge alone."})
final class StoreBenchCommand implements Callable<Integer> {
    private final PrintStream out, err;

    enum Coder { pipeline, oracle }

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000", converter = OptionValues.Positive.class,
            description = "Articles to generate and store (default: ${DEFAULT-VALUE}).")
    int articles;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "7",
            description = "Seed of the generated corpus (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--coder", paramLabel = "pipeline|oracle", defaultValue = "pipeline",
            description = "Pipeline: the real faultline coder (default); oracle: the generator's expected extraction.")
    Coder coder;
    @Option(names = "--data", paramLabel = "DIR", converter = OptionValues.Folder.class,
            description = "Embedded store folder; must be new or empty (default: a temporary folder).")
    Path data;
    @Option(names = "--db", paramLabel = "JDBC-URL", converter = OptionValues.JdbcUrl.class,
            description = "A server database; it is CLEARED first.")
    String db;
    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    StoreBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        Path dir = data != null ? data : Files.createTempDirectory("faultline-store-bench");
        Corpus corpus = CorpusGenerator.generate(seed, articles);
        if (db == null && Store.existsIn(dir)) {
            try (Store existing = Store.open(null, dir)) {
                if (existing.counts().documents() > 0)
                    throw new CommandLine.ParameterException(spec.commandLine(), "--data '" + dir + "' holds a store that is not empty; name a new folder");
            }
        }
        Faultline pipeline = coder == Coder.pipeline ? Faultline.create(null) : null;
        try (Store store = Store.open(db, dir)) {
            if (db != null) store.clear();
            out.printf(Locale.ROOT, "store-bench: %d articles about %d incidents (seed %d), coder %s, store %s%n",
                    corpus.articles().size(), corpus.incidents().size(), seed, coder, store.url());
            IngestCommand.Progress progress = new IngestCommand.Progress(err, !noProgress);
            long codeNanos = 0, storeNanos = 0, events = 0;
            int done = 0;
            for (GeneratedArticle g : corpus.articles()) {
                long t0 = System.nanoTime();
                Document d = pipeline == null ? g.expected() : pipeline.process(g.article());
                long t1 = System.nanoTime();
                store.put(d);
                long t2 = System.nanoTime();
                codeNanos += t1 - t0;
                storeNanos += t2 - t1;
                events += d.events().size();
                progress.update(++done, corpus.articles().size(), "articles");
            }
            progress.finish();
            long m0 = System.nanoTime();
            int merged = store.rebuildMerged();
            long m1 = System.nanoTime();
            double total = progress.seconds();
            out.printf(Locale.ROOT, "ingest: %d documents, %d report events in %.1f s: %.1f documents/s overall%n",
                    done, events, total, done / total);
            out.printf(Locale.ROOT, "  coding %.1f s (%.1f documents/s), storing %.1f s (%.1f documents/s, one transaction each)%n",
                    codeNanos / 1e9, done / (codeNanos / 1e9), storeNanos / 1e9, done / (storeNanos / 1e9));
            out.printf(Locale.ROOT, "merge: %d merged events from %d reports in %.2f s%n", merged, store.counts().reports(), (m1 - m0) / 1e9);
            List<MergedEvent> all = store.events(EventQuery.all());
            MergeScore score = corpus.score(all.stream().map(MergedEvent::event).toList(), Store.DEFAULT_MERGE_KM);
            out.printf(Locale.ROOT, "known events: %d (%d incidents, and the accusations and demands the articles write)%n",
                    corpus.events().size(), corpus.incidents().size());
            out.printf(Locale.ROOT, "matching: one to one; same CAMEO root, same day, place within %.0f km, dyad countries agree%n",
                    Store.DEFAULT_MERGE_KM);
            out.printf(Locale.ROOT, "merged events vs known events: precision %.3f, recall %.3f (%d matched, %d merged, %d known; %s)%s%n",
                    score.precision(), score.recall(), score.matched(), score.mergedEvents(), score.known(), score.byKind(),
                    score.precision() >= 0.9 && score.recall() >= 0.9 ? "" : "  [below the 0.9 target]");
            StoreCounts before = store.counts();
            int again = 0;
            for (GeneratedArticle g : corpus.articles())
                if (store.put(pipeline == null ? g.expected() : new Document(g.article(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of()))) again++;
            StoreCounts after = store.counts();
            out.printf(Locale.ROOT, "ingest twice: %d stored again; documents %d -> %d, reports %d -> %d%n", again,
                    before.documents(), after.documents(), before.reports(), after.reports());
            out.printf(Locale.ROOT, "incomplete documents: %d%n", store.incompleteDocuments().size());
            return again == 0 && before.equals(after) ? Main.OK : Main.FAILED;
        }
    }
}
