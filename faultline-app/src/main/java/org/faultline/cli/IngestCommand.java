package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.export.ExportFormat;
import org.faultline.ingest.InputFormat;
import org.faultline.ingest.Inputs;
import org.faultline.ingest.ReadOptions;
import org.faultline.ingest.WebInputs;
import org.faultline.model.Article;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code faultline ingest PATH...}: reads, codes and stores articles; a document already stored is skipped. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reads articles, codes them and stores each document with its extraction in one transaction.",
                "Reads text, HTML, JSONL and RSS/Atom files, directories recursively, and http(s) addresses of feeds and web "
                        + "pages. A text already stored is skipped, so running an interrupted ingest again finishes it. Bad "
                        + "inputs are reported with file and reason and skipped. A text's identity is its content hash: a JSONL "
                        + "record whose id another text already holds is stored under its hash, with a warning naming its line."})
final class IngestCommand implements Callable<Integer> {
    /**
     * --data / --db and the database login, shared by every command that touches the store. The login is found as the
     * PostgreSQL tools find it, so no password need show in {@code ps} or in the shell's history: the user is the
     * URL's, else --db-user, else PGUSER, else the driver's default (the login name); the password is the URL's, else
     * the first line of --db-password-file, else PGPASSWORD, else the PostgreSQL JDBC driver's own lookup in the
     * password file (PGPASSFILE, else ~/.pgpass; lines host:port:database:user:password with * wildcards). PGUSER and
     * PGPASSWORD are read for jdbc:postgresql: URLs only.
     */
    static final class StoreOptions {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "faultline-data", converter = OptionValues.Folder.class,
                description = "Embedded H2 database folder (default: ${DEFAULT-VALUE}); created readable by its owner only.")
        Path data;

        @Option(names = "--db", paramLabel = "JDBC-URL", converter = OptionValues.JdbcUrl.class,
                description = "A server database instead, e.g. jdbc:postgresql://host/db (login: --db-user, "
                        + "--db-password-file, PGUSER, PGPASSWORD, ~/.pgpass).")
        String db;

        @Option(names = "--db-user", paramLabel = "USER", converter = OptionValues.Text.class,
                description = "Database user when the URL names none (default: PGUSER, else your login name).")
        String dbUser;

        @Option(names = "--db-password-file", paramLabel = "FILE", converter = OptionValues.PasswordFile.class,
                description = "Read the database password from the first line of FILE (default: PGPASSWORD, else the "
                        + "password file PGPASSFILE or ~/.pgpass).")
        Path dbPasswordFile;

        /** The environment the login is read from (PGUSER, PGPASSWORD); tests give their own. */
        Map<String, String> env = System.getenv();

        Store open() {
            if (db == null) {
                if (dbUser != null || dbPasswordFile != null)
                    throw new IllegalArgumentException("--db-user and --db-password-file need --db");
                return Store.open(null, data);
            }
            return Store.connect(db, user(), password());
        }

        /** The user to log in as, or null when the URL names one or the driver's default is to be used. */
        String user() {
            if (urlHas("user")) return null;
            if (dbUser != null) return dbUser;
            if (!postgres()) return null;
            String u = env.get("PGUSER");
            return u == null || u.isEmpty() ? null : u;
        }

        /** The password to log in with, or null when the URL holds one or the driver is to find it (~/.pgpass). */
        String password() {
            if (urlHas("password")) return null;
            if (dbPasswordFile != null) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(dbPasswordFile, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    throw new IllegalArgumentException("password file '" + dbPasswordFile + "' does not exist");
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new IllegalArgumentException("password file '" + dbPasswordFile + "' cannot be read: " + e.getMessage());
                }
                if (lines.isEmpty() || lines.get(0).isEmpty())
                    throw new IllegalArgumentException("password file '" + dbPasswordFile + "' has no password on its first line");
                return lines.get(0);
            }
            if (!postgres()) return null;
            String p = env.get("PGPASSWORD");
            return p == null || p.isEmpty() ? null : p;
        }

        /** PGUSER and PGPASSWORD are PostgreSQL's: another database's URL does not read them. */
        private boolean postgres() {
            return db.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length());
        }

        private boolean urlHas(String parameter) {
            return db.matches("(?i).*[?&;]" + parameter + "=.*");
        }

        /** The store a read command reads: one {@code ingest} made, never a new, empty one. */
        Store openExisting() {
            if (db == null && (dbUser != null || dbPasswordFile != null))
                throw new IllegalArgumentException("--db-user and --db-password-file need --db");
            if (db == null && !Store.existsIn(data))
                throw new IllegalStateException("no faultline store in " + data + " (run `ingest` first)");
            return open();
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

    @Option(names = "--input-format", paramLabel = "auto|text|jsonl|html|feed", defaultValue = "auto", converter = OptionValues.IngestFormat.class,
            description = "How to read the inputs (default: by extension, then content; .rss, .atom and feed-rooted .xml are feeds).")
    String inputFormat;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", converter = OptionValues.Positive.class,
            description = "Time limit for connecting to and reading each address (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--dictionaries", paramLabel = "DIR", converter = OptionValues.ExistingFolder.class,
            description = "Add TABARI/PETRARCH dictionaries from DIR.")
    Path dictionaries;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
            description = "Articles coded at once, each thread with a pipeline of its own (default: the number of "
                    + "processors). One thread writes the store, in the input's order, whatever N is.")
    Integer threads;

    IngestCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        boolean feeds = inputFormat.trim().equalsIgnoreCase("feed");
        InputFormat format = feeds ? InputFormat.AUTO : InputFormat.named(inputFormat);
        WebInputs webInputs = WebInputs.withTimeout(Duration.ofSeconds(timeoutSeconds));
        List<String> files = new ArrayList<>();
        for (String p : paths) files.addAll(WebInputs.isUrl(p) ? List.of(p) : expand(p));
        Faultline.preloadModels();   // the models load while the dictionaries do
        Faultline pipeline = Faultline.create(dictionaries, limitOptions.limits());
        Tally n = new Tally();
        try (Store s = store.open()) {
            StoreCounts before = s.counts();
            Progress progress = new Progress(err, !noProgress);
            // keys (ids and content hashes) of the articles being coded: a later article that shares one waits for the
            // earlier one's store write, so that it is found stored, or re-keyed, exactly as with one thread
            Set<String> inFlight = new HashSet<>();
            Consumer<Ingested> emit = r -> {
                if (r == Ingested.END_OF_FILE) {
                    progress.update(++n.done, files.size(), "files");
                    return;
                }
                if (r.keys() != null) inFlight.removeAll(r.keys());
                if (r.duplicate()) {
                    n.duplicates++;
                    return;
                }
                if (r.message() != null) {
                    progress.finish();
                    err.println("faultline: " + r.message());
                    if (r.rekeyed()) n.rekeyed++;
                    else n.failed++;
                    return;
                }
                try {
                    Document d = r.document();
                    if (d.coverage().truncated()) progress.finish();
                    for (Truncation t : d.coverage().truncations())
                        err.println("faultline: " + d.article().source() + ": truncated: " + t.message());
                    if (s.put(d)) n.stored++;
                    else n.duplicates++;
                } catch (RuntimeException e) {
                    n.failed++;
                    progress.finish();
                    err.println("faultline: skipped " + r.document().article().source() + ": " + e.getMessage());
                }
            };
            try (InOrder<Ingested> coded = new InOrder<>(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                    () -> pipeline, emit)) {
                for (String file : files) {
                    boolean web = WebInputs.isUrl(file) || (!file.equals("-")
                            && (feeds || (format == InputFormat.AUTO && WebInputs.isFeedFile(Path.of(file)))));
                    List<ReadResult> read = web ? webInputs.read(file, ReadOptions.defaults())
                            : Inputs.read(file, format, in, ReadOptions.defaults());
                    for (ReadResult r : read) {
                        if (!r.ok()) {
                            coded.done(Ingested.failed("skipped " + r.error()));
                            continue;
                        }
                        Article article = r.article();
                        String tooLong = s.fieldTooLong(article).orElse(null);
                        if (tooLong != null) {
                            coded.done(Ingested.failed("skipped " + article.source() + ": " + tooLong));
                            continue;
                        }
                        List<String> keys = List.of(article.id(), Inputs.contentId(article.text()));
                        if (!java.util.Collections.disjoint(inFlight, keys)) coded.finish();
                        Identity identity = identity(s, article);
                        if (identity.stored()) {
                            coded.done(Ingested.DUPLICATE);
                            continue;
                        }
                        if (identity.article() != article) {
                            coded.done(Ingested.rekeyed("warning: " + article.source() + ": id '" + article.id()
                                    + "' is already stored with another text; this text is stored under its content hash "
                                    + identity.article().id()));
                        }
                        Article toCode = identity.article();
                        inFlight.addAll(keys);
                        coded.submit(f -> Ingested.code(f, toCode, keys));
                    }
                    coded.done(Ingested.END_OF_FILE);
                }
                coded.finish();
            }
            int stored = n.stored, duplicates = n.duplicates, failed = n.failed, rekeyed = n.rekeyed;
            progress.finish();
            int merged = s.rebuildMerged();
            StoreCounts after = s.counts();
            out.printf(Locale.ROOT, "stored %d new documents, %d already stored, %d skipped for errors in %.1f s%n",
                    stored, duplicates, failed, progress.seconds());
            if (rekeyed > 0)
                out.printf(Locale.ROOT, "%d records reused a stored id with another text and are stored under their content hash%n", rekeyed);
            out.printf(Locale.ROOT, "store: %d documents (was %d), %d reports (was %d), %d merged events%n",
                    after.documents(), before.documents(), after.reports(), before.reports(), merged);
        }
        return n.failed > 0 ? Main.FAILED : Main.OK;
    }

    /** The counts of one run, kept by the thread that writes the store. */
    private static final class Tally {
        int stored, duplicates, failed, rekeyed, done;
    }

    /**
     * What became of one input, handed on in the input's order: a document coded (or the message why it could not
     * be), a duplicate, a message (a skipped input, a re-keyed record), or the end of an input file. {@code keys} are
     * the coded article's id and content hash.
     */
    private record Ingested(Document document, String message, boolean duplicate, boolean rekeyed, List<String> keys) {
        static final Ingested END_OF_FILE = new Ingested(null, null, false, false, null);
        static final Ingested DUPLICATE = new Ingested(null, null, true, false, null);

        static Ingested failed(String message) {
            return new Ingested(null, message, false, false, null);
        }

        static Ingested rekeyed(String message) {
            return new Ingested(null, message, false, true, null);
        }

        /** On a worker's thread. */
        static Ingested code(Faultline pipeline, Article article, List<String> keys) {
            try {
                return new Ingested(pipeline.process(article), null, false, false, keys);
            } catch (RuntimeException e) {
                return new Ingested(null, "skipped " + article.source() + ": " + e.getMessage(), false, false, keys);
            }
        }
    }

    /**
     * What storing an article means: {@code stored} when its text is already in the store (under its id, or under its
     * content hash), else the article to code and store, which is {@code article} itself unless its id (a JSONL record's
     * own) is already taken by another text: then it is the article under its content hash, the text's identity.
     */
    record Identity(boolean stored, Article article) {}

    static Identity identity(Store s, Article article) {
        String hash = Inputs.contentId(article.text());
        if (article.id().equals(hash)) return new Identity(s.contains(hash), article);
        if (s.contains(hash)) return new Identity(true, article);
        String storedText = s.text(article.id()).orElse(null);
        if (storedText == null) return new Identity(false, article);
        if (Inputs.contentId(storedText).equals(hash)) return new Identity(true, article);
        return new Identity(false, new Article(hash, article.source(), article.text(), article.published(),
                article.publishedSource(), article.outlet(), article.title(), article.url()));
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
