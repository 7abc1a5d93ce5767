package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.export.ExportFormat;
import org.faultline.ingest.InputFormat;
import org.faultline.ingest.Inputs;
import org.faultline.ingest.ReadOptions;
import org.faultline.ingest.WebInputs;
import org.faultline.model.Document;
import org.faultline.model.ReadResult;
import org.faultline.model.Truncation;
import org.faultline.store.MergedEvent;
import org.faultline.store.Report;
import org.faultline.store.Store;
import org.faultline.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code faultline ingest PATH...}: reads, codes and stores articles; a document already stored is skipped. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads articles (text, HTML, JSONL, RSS/Atom feeds; directories recursively; http(s) addresses of",
                "feeds and web pages), codes them and stores each document with its extraction in one transaction. A text already stored is skipped, so re-running",
                "an interrupted ingest finishes it. Bad inputs are reported with file and reason and skipped."})
final class IngestCommand implements Callable<Integer> {
    /** --data / --db, shared by every command that touches the store. */
    static final class StoreOptions {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "faultline-data",
                description = "Embedded H2 database folder (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--db", paramLabel = "JDBC-URL",
                description = "A server database instead, e.g. jdbc:postgresql://host/db?user=u&password=p.")
        String db;

        Store open() {
            return Store.open(db, data);
        }
    }

    /** Documents per second and ETA on stderr, redrawn at most every 200 ms. */
    static final class Progress {
        private final PrintStream err;
        private final long started = System.nanoTime();
        private long lastDraw;
        private final boolean enabled;

        Progress(PrintStream err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        void update(long done, long total, String unit) {
            if (!enabled) return;
            long now = System.nanoTime();
            if (now - lastDraw < 200_000_000L && done < total) return;
            lastDraw = now;
            double secs = (now - started) / 1e9, rate = secs > 0 ? done / secs : 0;
            int width = 30, filled = total > 0 ? (int) (width * Math.min(1.0, done / (double) total)) : 0;
            String eta = total > 0 && rate > 0 ? String.format(Locale.ROOT, "ETA %ds", Math.round((total - done) / rate)) : "";
            err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %s  %.1f docs/s  %s   ", "#".repeat(filled),
                    " ".repeat(width - filled), done, total, unit, rate, eta));
            err.flush();
        }

        void finish() {
            if (enabled) err.println();
        }

        double seconds() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private final InputStream in;
    private final PrintStream out, err;

    @Parameters(paramLabel = "PATH|URL", arity = "1..*",
            description = "Files, directories, or http(s) addresses of feeds or web pages; '-' reads standard input.")
    List<String> paths;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--input-format", paramLabel = "auto|text|jsonl|html|feed", defaultValue = "auto",
            description = "How to read the inputs (default: by extension, then content; .rss, .atom and feed-rooted .xml are feeds).")
    String inputFormat;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Time limit for connecting to and reading each address (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Add TABARI/PETRARCH dictionaries from DIR.")
    Path dictionaries;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    IngestCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        boolean feeds = inputFormat.trim().equalsIgnoreCase("feed");
        InputFormat format = feeds ? InputFormat.AUTO : InputFormat.named(inputFormat);
        if (timeoutSeconds < 1) throw new IllegalArgumentException("timeout " + timeoutSeconds + " s is not positive");
        WebInputs webInputs = WebInputs.withTimeout(Duration.ofSeconds(timeoutSeconds));
        List<String> files = new ArrayList<>();
        for (String p : paths) files.addAll(WebInputs.isUrl(p) ? List.of(p) : expand(p));
        Faultline pipeline = Faultline.create(dictionaries, limitOptions.limits());
        int stored = 0, duplicates = 0, failed = 0;
        try (Store s = store.open()) {
            StoreCounts before = s.counts();
            Progress progress = new Progress(err, !noProgress);
            int done = 0;
            for (String file : files) {
                boolean web = WebInputs.isUrl(file) || (!file.equals("-")
                        && (feeds || (format == InputFormat.AUTO && WebInputs.isFeedFile(Path.of(file)))));
                List<ReadResult> read = web ? webInputs.read(file, ReadOptions.defaults())
                        : Inputs.read(file, format, in, ReadOptions.defaults());
                for (ReadResult r : read) {
                    if (!r.ok()) {
                        failed++;
                        progress.finish();
                        err.println("faultline: skipped " + r.error());
                        continue;
                    }
                    if (s.contains(r.article().id())) {
                        duplicates++;
                        continue;
                    }
                    try {
                        Document d = pipeline.process(r.article());
                        if (d.coverage().truncated()) progress.finish();
                        for (Truncation t : d.coverage().truncations())
                            err.println("faultline: " + r.article().source() + ": truncated: " + t.message());
                        if (s.put(d)) stored++;
                        else duplicates++;
                    } catch (RuntimeException e) {
                        failed++;
                        progress.finish();
                        err.println("faultline: skipped " + r.article().source() + ": " + e.getMessage());
                    }
                }
                progress.update(++done, files.size(), "files");
            }
            progress.finish();
            int merged = s.rebuildMerged();
            StoreCounts after = s.counts();
            out.printf(Locale.ROOT, "stored %d new documents, %d already stored, %d skipped for errors in %.1f s%n",
                    stored, duplicates, failed, progress.seconds());
            out.printf(Locale.ROOT, "store: %d documents (was %d), %d reports (was %d), %d merged events%n",
                    after.documents(), before.documents(), after.reports(), before.reports(), merged);
        }
        return failed > 0 ? Main.FAILED : Main.OK;
    }

    /** A file, or every regular file under a directory (sorted, hidden files and .meta sidecars left out). */
    static List<String> expand(String path) throws IOException {
        Path p = Path.of(path);
        if (path.equals("-") || !Files.isDirectory(p)) return List.of(path);
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".") && !f.getFileName().toString().endsWith(".meta"))
                    .map(Path::toString).sorted().toList();
        }
    }

    /** Merged events as the exporters take them. */
    static List<ExportFormat.Incident> incidents(List<MergedEvent> events) {
        return incidents(events, java.util.Map.of());
    }

    /** The merged events as export incidents, each with its analyst's corrections applied and its review state. */
    static List<ExportFormat.Incident> incidents(List<MergedEvent> events,
                                                 java.util.Map<String, List<org.faultline.store.Review>> reviews) {
        List<ExportFormat.Incident> out = new ArrayList<>(events.size());
        for (MergedEvent m : events) {
            List<ExportFormat.Mention> mentions = new ArrayList<>();
            for (Report r : m.reports())
                mentions.add(new ExportFormat.Mention(r.documentId(), r.outlet(), r.url(), r.published(), r.event()));
            var state = org.faultline.store.ReviewState.of(reviews.get(m.id()));
            out.add(new ExportFormat.Incident(state.map(s -> s.applyTo(m.event())).orElse(m.event()), mentions,
                    state.map(s -> new ExportFormat.Review(s.state(), s.reviewer(), s.at(), s.correctedFields())).orElse(null)));
        }
        return out;
    }
}
