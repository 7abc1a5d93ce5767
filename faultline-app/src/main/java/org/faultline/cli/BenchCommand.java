package org.faultline.cli;

import org.faultline.Faultline;
import org.faultline.ingest.Inputs;
import org.faultline.model.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code faultline bench}: times the whole pipeline ({@link Faultline#process}) on a corpus generated from the
 * bundled samples, by recombining their sentences with other weekdays, dates and figures. Prints {@code key: value}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Times the pipeline on a corpus generated from the bundled sample articles.",
                "Prints cold start, steady-state tokens/s on one thread, articles/s and peak heap."})
final class BenchCommand implements Callable<Integer> {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d)]?)\\s+(?=[A-Z\"\u201c(])");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? (\\d{1,2})\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.,])\\d{1,3}(?![\\w.,]\\d)");
    private static final Pattern TOKEN = Pattern.compile("\\w+(?:['\u2019.-]\\w+)*|[^\\w\\s]");
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100",
            description = "Articles timed after the warm-up (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20",
            description = "Articles run first and not timed (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "A folder of TABARI/PETRARCH dictionaries to add.")
    Path dictionaries;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (articles < 1) throw new CommandLine.ParameterException(cl, "--articles " + articles + " must be at least 1");
        if (warmup < 0) throw new CommandLine.ParameterException(cl, "--warmup " + warmup + " must not be negative");
        if (dictionaries != null && !Files.isDirectory(dictionaries))
            throw new CommandLine.ParameterException(cl, "--dictionaries '" + dictionaries + "' is not a directory");

        List<Article> corpus = corpus(Inputs.samples(), 1 + warmup + articles, new Random(seed));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long gcCountBefore = gcCount(), gcMillisBefore = gcMillis();

        long t0 = System.nanoTime();
        Faultline faultline = Faultline.create(dictionaries);
        int failed = 0;
        failed += processed(faultline, corpus.get(0)) ? 0 : 1;
        long coldNanos = System.nanoTime() - t0;

        for (int i = 1; i <= warmup; i++) failed += processed(faultline, corpus.get(i)) ? 0 : 1;

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threads.isCurrentThreadCpuTimeSupported();
        long tokens = 0;
        long cpu0 = cpuTimed ? threads.getCurrentThreadCpuTime() : 0;
        long s0 = System.nanoTime();
        for (int i = warmup + 1; i < corpus.size(); i++) {
            Article a = corpus.get(i);
            tokens += tokens(a.text());
            failed += processed(faultline, a) ? 0 : 1;
        }
        long steadyNanos = System.nanoTime() - s0;
        long cpuNanos = cpuTimed ? threads.getCurrentThreadCpuTime() - cpu0 : 0;

        double seconds = steadyNanos / 1e9;
        out.println("articles: " + articles);
        out.println("warmup_articles: " + warmup);
        out.println("tokens: " + tokens);
        out.println("cold_start_ms: " + Math.round(coldNanos / 1e6));
        out.println("steady_seconds: " + String.format(Locale.ROOT, "%.2f", seconds));
        out.println("tokens_per_second_per_core: " + Math.round(tokens / seconds));
        if (cpuTimed && cpuNanos > 0)
            out.println("tokens_per_cpu_second: " + Math.round(tokens / (cpuNanos / 1e9)));
        out.println("articles_per_second: " + String.format(Locale.ROOT, "%.2f", articles / seconds));
        out.println("mean_article_tokens: " + Math.round((double) tokens / articles));
        out.println("peak_heap_mb: " + Math.round(peakHeapBytes() / (1024.0 * 1024.0)));
        out.println("max_heap_mb: " + Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
        out.println("gc_count: " + (gcCount() - gcCountBefore));
        out.println("gc_ms: " + (gcMillis() - gcMillisBefore));
        out.println("failed: " + failed);
        out.println("processors: " + Runtime.getRuntime().availableProcessors());
        out.println("java: " + System.getProperty("java.version"));
        out.flush();
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    private boolean processed(Faultline faultline, Article a) {
        try {
            faultline.process(a);
            return true;
        } catch (RuntimeException e) {
            err.println("faultline: " + a.source() + ": cannot extract: " + e);
            return false;
        }
    }

    /**
     * {@code n} articles, each 8 to 20 sentences drawn from the samples in their order of appearance, with weekdays,
     * "Month D" dates and small figures changed, and a publication date between 2019 and 2024.
     */
    static List<Article> corpus(List<Article> samples, int n, Random random) {
        List<String> sentences = new ArrayList<>();
        for (Article a : samples)
            for (String paragraph : a.text().split("\n\\s*\n"))
                for (String s : SENTENCE_END.split(paragraph.strip())) if (!s.isBlank()) sentences.add(s.strip());
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = 8 + random.nextInt(13);
            int start = random.nextInt(sentences.size());
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                String s = sentences.get((start + k * (1 + random.nextInt(3))) % sentences.size());
                text.append(vary(s, random)).append(k % 3 == 2 ? "\n\n" : " ");
            }
            LocalDate published = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
            String body = text.toString().strip() + "\n";
            out.add(new Article(String.format(Locale.ROOT, "bench-%05d", i), "bench-" + i, body, published, "input",
                    "Bench Wire", null, null));
        }
        return out;
    }

    private static String vary(String sentence, Random random) {
        String s = replace(WEEKDAY, sentence, m -> WEEKDAYS[random.nextInt(7)]);
        s = replace(MONTH_DAY, s, m -> MONTHS[random.nextInt(12)] + " " + (1 + random.nextInt(28)));
        return replace(NUMBER, s, m -> Integer.toString(1 + random.nextInt(Math.max(2, Integer.parseInt(m.group()) * 2))));
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(b);
        return b.toString();
    }

    /** Words, numbers and punctuation marks: close to the tokens CoreNLP makes. */
    static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) n++;
        return n;
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        return sum;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionCount());
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionTime());
        return n;
    }
}
