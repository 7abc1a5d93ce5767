package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.export.DocumentJson;
import org.faultline.export.TextDigest;
import org.faultline.ingest.InputFormat;
import org.faultline.ingest.Inputs;
import org.faultline.ingest.ReadOptions;
import org.faultline.ingest.WebInputs;
import org.faultline.model.Article;
import org.faultline.model.CodingConventions;
import org.faultline.model.Document;
import org.faultline.model.Limits;
import org.faultline.model.ReadResult;
import org.faultline.model.Truncation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/** {@code faultline extract}: articles in, Document JSON (or a text digest) out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extracts events, claims, quotes, relations, places and citations from articles.",
                "Prints each article's Document JSON, or writes DIR/NAME.json per article with --out.",
                "A bad file or record is reported on standard error and skipped; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {
    enum OutputFormat { json, text }

    /** One pipeline per dictionary folder and limits per process: CoreNLP and the dictionaries load once. */
    private static final Map<String, Faultline> PIPELINES = new ConcurrentHashMap<>();

    @Spec
    CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, overriding the input's; relative dates resolve against it.")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", converter = OptionValues.Text.class, description = "The outlet that published the articles.")
    String outlet;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output: Document JSON (default) or a readable digest.")
    OutputFormat format;

    @Option(names = "--input-format", paramLabel = "auto|text|jsonl|html", defaultValue = "auto",
            description = "How to read the inputs (default: by extension, then by content).")
    String inputFormat;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "A folder of TABARI/PETRARCH dictionaries added to the bundled ones.")
    Path dictionaries;

    @Option(names = "--conventions", paramLabel = "auto|faultline|petrarch", defaultValue = "auto",
            description = "Coding conventions. auto (default): PETRARCH's for one-sentence JSON-lines records, which is "
                    + "the PETRARCH record format, and faultline's for articles. See the README.")
    String conventions;

    @Option(names = "--out", paramLabel = "DIR", converter = OptionValues.Folder.class,
            description = "Write DIR/NAME.json (or .txt) per article.")
    Path out;

    @Option(names = "--why", description = "With --format text: list under each event the rules and lexicon lines that made it.")
    boolean why;

    @Option(names = "--sample", description = "Run on the bundled sample articles.")
    boolean sample;

    @Mixin
    LimitOptions limitOptions = new LimitOptions();

    @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
            description = "Articles coded at once, each thread with a pipeline of its own (default: the number of "
                    + "processors). Output, files and messages come in the input's order whatever N is.")
    Integer threads;

    @Option(names = "--progress", negatable = true,
            description = "With --out: a progress bar on standard error (default: when run in a terminal); "
                    + "--no-progress: never.")
    Boolean progress;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", converter = OptionValues.Positive.class,
            description = "Time limit for connecting to and reading each address (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Parameters(paramLabel = "FILE|URL", arity = "0..*",
            description = "Input files, or http(s) addresses of web pages or feeds, read as ingest reads them; - reads standard input.")
    List<String> files = new ArrayList<>();

    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    ExtractCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (files.isEmpty() && !sample)
            throw new CommandLine.ParameterException(cl, "extract: give FILE..., - for standard input, or --sample");
        LocalDate publishedDate = null;
        if (published != null) {
            try {
                publishedDate = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new CommandLine.ParameterException(cl, "--published '" + published + "' is not a date YYYY-MM-DD");
            }
        }
        InputFormat readAs;
        try {
            readAs = InputFormat.named(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--input-format: " + e.getMessage());
        }
        CodingConventions fixed = null;
        if (!conventions.equalsIgnoreCase("auto")) {
            try {
                fixed = CodingConventions.named(conventions);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--conventions: " + e.getMessage() + " (or auto)");
            }
        }
        if (dictionaries != null && !Files.isDirectory(dictionaries))
            throw new CommandLine.ParameterException(cl, "--dictionaries '" + dictionaries + "' is not a directory");
        Limits limits = limitOptions.limits();
        if (files.stream().filter("-"::equals).count() > 1)
            throw new CommandLine.ParameterException(cl, "standard input (-) can be read only once");
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                stderr.println("faultline: " + out + ": cannot create the output folder: " + e.getMessage());
                return Main.FAILED;
            }
        }

        Faultline.preloadModels();   // the models load while the dictionaries do, and the first input is read
        Run run = new Run(publishedDate, limits);
        boolean drawProgress = out != null && (progress != null ? progress : System.console() != null);
        run.progress = new IngestCommand.Progress(stderr, drawProgress);
        run.files = files.size() + (sample ? 1 : 0);
        try (InOrder<Coded> coded = new InOrder<>(threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                run::pipeline, run::emit)) {
            run.coded = coded;
            if (sample) {
                for (Article a : Inputs.samples()) run.process(a, fixed == null ? CodingConventions.FAULTLINE : fixed);
                coded.done(Coded.END_OF_FILE);
            }
            ReadOptions options = ReadOptions.defaults();
            WebInputs web = WebInputs.withTimeout(Duration.ofSeconds(timeoutSeconds));
            for (String file : files) {
                // as ingest reads them: addresses and feed files through WebInputs (a feed gives one article per entry)
                boolean fromWeb = WebInputs.isUrl(file)
                        || (!file.equals("-") && readAs == InputFormat.AUTO && WebInputs.isFeedFile(Path.of(file)));
                boolean records = !fromWeb && Inputs.formatOf(file, readAs) == InputFormat.JSONL;
                for (ReadResult r : fromWeb ? web.read(file, options) : Inputs.read(file, readAs, stdin, options)) {
                    if (r.ok()) run.process(r.article(), fixed != null ? fixed : conventionsFor(r.article(), records));
                    else coded.done(Coded.failed(r.error().toString()));
                }
                coded.done(Coded.END_OF_FILE);
            }
            coded.finish();
        } catch (PipelineUnavailable e) {
            run.progress.finish();
            stdout.flush();
            stderr.println("faultline: cannot load the pipeline: " + e.getMessage());
            return Main.FAILED;
        }
        run.progress.finish();
        stdout.flush();
        if (out != null)
            stdout.println("wrote " + run.written + " document" + (run.written == 1 ? "" : "s") + " to " + out
                    + (run.failed == 0 ? "" : "; " + run.failed + " input" + (run.failed == 1 ? "" : "s") + " failed"));
        return run.failed == 0 ? Main.OK : Main.FAILED;
    }

    /**
     * {@code --conventions auto}: a JSON-lines record of one sentence is PETRARCH's record format and is coded the way
     * PETRARCH codes it; a whole article, in any format, with faultline's conventions.
     */
    static CodingConventions conventionsFor(Article article, boolean jsonlRecord) {
        return jsonlRecord && oneSentence(article.text()) ? CodingConventions.PETRARCH : CodingConventions.FAULTLINE;
    }

    /** No line break, at most two sentence breaks (abbreviations make some), and short: one sentence. */
    private static boolean oneSentence(String text) {
        if (text.length() > MAX_SENTENCE_CHARS || text.strip().indexOf('\n') >= 0) return false;
        return SENTENCE_BREAK.matcher(text).results().count() <= 2;
    }

    private static final int MAX_SENTENCE_CHARS = 1000;
    private static final java.util.regex.Pattern SENTENCE_BREAK = java.util.regex.Pattern.compile("[.!?][\"')\u201d]* +[A-Z]");

    /**
     * What became of one input, handed on in the input's order: an article coded (its document, and with --out the
     * bytes of its file, made on the worker's thread), a message, or the end of an input file (for the progress bar).
     */
    private record Coded(Article article, Document document, byte[] bytes, String failure) {
        static final Coded END_OF_FILE = new Coded(null, null, null, null);

        static Coded failed(String message) {
            return new Coded(null, null, null, message);
        }
    }

    /** The state of one invocation: the pipeline, the names written, the count of failures. */
    private final class Run {
        final LocalDate publishedDate;
        final Limits limits;
        final Set<String> names = new HashSet<>();
        int written, failed, printed, files, filesDone;
        InOrder<Coded> coded;
        IngestCommand.Progress progress;

        Run(LocalDate publishedDate, Limits limits) {
            this.publishedDate = publishedDate;
            this.limits = limits;
        }

        void fail(String message) {
            progress.finish();
            stderr.println("faultline: " + message);
            failed++;
        }

        /** Gives the article to a worker; {@link #emit} receives what became of it, in the input's order. */
        void process(Article a, CodingConventions use) {
            Article article = a;
            if (publishedDate != null) article = article.withPublished(publishedDate, "argument");
            if (outlet != null)
                article = new Article(article.id(), article.source(), article.text(), article.published(),
                        article.publishedSource(), outlet, article.title(), article.url());
            Article given = article;
            coded.submit(pipeline -> code(pipeline, given, use));
        }

        /** On a worker's thread: the document, and with --out the bytes of its file. */
        private Coded code(Faultline pipeline, Article article, CodingConventions use) {
            Document d;
            try {
                d = pipeline.process(article, use);
            } catch (RuntimeException e) {
                return Coded.failed(article.source() + ": cannot extract: " + e);
            }
            if (out == null) return new Coded(article, d, null, null);
            byte[] bytes = (format == OutputFormat.json ? DocumentJson.toJson(d) : TextDigest.toText(d, why))
                    .getBytes(StandardCharsets.UTF_8);
            return new Coded(article, d, bytes, null);
        }

        /** On the caller's thread, in the input's order: messages, then the output. */
        void emit(Coded c) {
            if (c == Coded.END_OF_FILE) {
                progress.update(++filesDone, files, "files");
                return;
            }
            if (c.failure() != null) {
                fail(c.failure());
                return;
            }
            Article article = c.article();
            Document d = c.document();
            if (d.coverage().truncated()) progress.finish();
            for (Truncation t : d.coverage().truncations()) stderr.println("faultline: " + article.source() + ": truncated: " + t.message());
            if (out == null) {
                if (format == OutputFormat.json) {
                    DocumentJson.write(d, (OutputStream) stdout);
                } else {
                    if (printed > 0) stdout.println();
                    TextDigest.write(d, stdout, why);
                }
                printed++;
                return;
            }
            String name = unique(Inputs.outputName(article));
            Path file = out.resolve(name + (format == OutputFormat.json ? ".json" : ".txt"));
            try {
                Files.write(file, c.bytes());
                written++;
            } catch (IOException e) {
                fail(file + ": cannot write: " + e.getMessage());
            }
        }

        private String unique(String name) {
            String n = name;
            for (int i = 2; !names.add(n); i++) n = name + "-" + i;
            return n;
        }

        Faultline pipeline() {
            String key = (dictionaries == null ? "" : dictionaries.toAbsolutePath().normalize().toString()) + "\n" + limits;
            try {
                return PIPELINES.computeIfAbsent(key, k -> {
                    Faultline f = Faultline.create(dictionaries, limits);
                    for (String line : f.lexicon().dictionaryReport()) stderr.println("faultline: " + line);
                    return f;
                });
            } catch (RuntimeException e) {
                throw new PipelineUnavailable(e);
            }
        }
    }

    /** The dictionaries or models could not be loaded: no article can be processed. */
    private static final class PipelineUnavailable extends RuntimeException {
        PipelineUnavailable(RuntimeException cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }
}
