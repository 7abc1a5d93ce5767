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
                "Prints the cold start (from the JVM's start to the first article's result), then, once the JIT compiler has settled, steady-state tokens/s on one thread, "
                        + "articles/s and peak heap: the median of --rounds rounds, and each round's figure.",
                "With --threads N, each round times the same articles on N threads too and prints the ratio to one thread."})
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

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100",
            description = "Articles run first and not timed, at least (default ${DEFAULT-VALUE}); see --jit-quiet.")
    int warmup;

    @Option(names = "--jit-quiet", paramLabel = "PERCENT", defaultValue = "2",
            description = "After --warmup articles, go on warming up, 25 articles at a time, until twice in a row the "
                    + "process's other threads (the JIT compiler's, the collector's) used at most PERCENT of those "
                    + "articles' time in CPU, up to --max-warmup articles; 0 stops after --warmup (default ${DEFAULT-VALUE}).")
    double jitQuiet;

    @Option(names = "--max-warmup", paramLabel = "N", defaultValue = "2000",
            description = "The most articles warmed up with --jit-quiet (default ${DEFAULT-VALUE}).")
    int maxWarmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Times the timed articles this many times, on one thread and then on --threads threads in each "
                    + "round, and prints the median of each figure and every round's (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the generated corpus (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "A folder of TABARI/PETRARCH dictionaries to add.")
    Path dictionaries;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = OptionValues.Threads.class,
            description = "In each round, after the one-thread pass, code the same timed articles on N threads at once, "
                    + "each with a pipeline of its own, and print the articles/s and the ratio to one thread (default: "
                    + "${DEFAULT-VALUE}: one thread only).")
    int threads;

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (articles < 1 || articles > MAX_ARTICLES)
            throw new CommandLine.ParameterException(cl, "--articles " + articles + " must be from 1 to " + MAX_ARTICLES);
        if (warmup < 0) throw new CommandLine.ParameterException(cl, "--warmup " + warmup + " must not be negative");
        if (maxWarmup < warmup)
            throw new CommandLine.ParameterException(cl, "--max-warmup " + maxWarmup + " must be at least --warmup " + warmup);
        if (!(jitQuiet >= 0 && jitQuiet <= 100))
            throw new CommandLine.ParameterException(cl, "--jit-quiet " + jitQuiet + " must be a percentage from 0 to 100");
        if (rounds < 1) throw new CommandLine.ParameterException(cl, "--rounds " + rounds + " must be at least 1");
        if (dictionaries != null && !Files.isDirectory(dictionaries))
            throw new CommandLine.ParameterException(cl, "--dictionaries '" + dictionaries + "' is not a directory");

        // the timed articles do not depend on how long the warm-up runs: the warm-up's are drawn with a seed of their own
        List<Article> corpus = corpus(Inputs.samples(), 1 + articles, new Random(seed));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long gcCountBefore = gcCount(), gcMillisBefore = gcMillis();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threadBean.isCurrentThreadCpuTimeSupported();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long t0 = System.nanoTime();
        Faultline.preloadModels();   // as extract and ingest do: the models load while the dictionaries do
        Faultline faultline = Faultline.create(dictionaries);
        int failed = 0;
        failed += processed(faultline, corpus.get(0)) ? 0 : 1;
        // the cold start is what a user waits for: from the JVM's start, with all the CPU the process has spent
        long commandNanos = System.nanoTime() - t0, coldCpuNanos = processCpuNanos();
        long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();

        Warmup w = warmUp(faultline, new Random(~seed), threadBean, cpuTimed);
        failed += w.failed;

        List<Article> timed = corpus.subList(1, corpus.size());
        long tokens = 0;
        for (Article a : timed) tokens += tokens(a.text());
        // the N-thread passes run code the one-thread warm-up never did (a sibling pipeline per thread, the parser's
        // per-thread caches), and the JIT compiled for 0.4 to 0.7 s inside a timed two-thread pass: one untimed N-thread
        // pass first, so that the warm-up runs what the timed passes run
        if (threads > 1) failed += parallel(faultline, timed, threadBean, cpuTimed).failed;
        // the models loaded as the process started are still being tenured: the young collections that copy them
        // belong to the cold start, not to the timed phase, so one full collection settles them first
        System.gc();
        List<Pass> one = new ArrayList<>(), many = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            one.add(alone(faultline, timed, threadBean, cpuTimed));
            if (threads > 1) many.add(parallel(faultline, timed, threadBean, cpuTimed));
        }
        for (Pass p : one) failed += p.failed;
        for (Pass p : many) failed += p.failed;

        final long tokenCount = tokens;
        double seconds = median(one, p -> p.nanos / 1e9);
        out.println("articles: " + articles);
        out.println("warmup_articles: " + w.articles);
        out.println("warmup_seconds: " + String.format(Locale.ROOT, "%.1f", w.nanos / 1e9));
        out.println("warmup_last_other_cpu_share: " + String.format(Locale.ROOT, "%.3f", w.lastOtherCpuShare));
        out.println("rounds: " + rounds);
        out.println("tokens: " + tokens);
        out.println("cold_start_ms: " + sinceJvmStart);
        if (coldCpuNanos > 0) out.println("cold_start_cpu_ms: " + Math.round(coldCpuNanos / 1e6));
        out.println("command_to_first_result_ms: " + Math.round(commandNanos / 1e6));
        out.println("steady_seconds: " + String.format(Locale.ROOT, "%.2f", seconds));
        out.println("tokens_per_second_per_core: " + Math.round(tokens / seconds));
        if (cpuTimed && one.get(0).cpuNanos > 0) {
            out.println("tokens_per_cpu_second: " + Math.round(median(one, p -> tokenCount / (p.cpuNanos / 1e9))));
            out.println("tokens_per_cpu_second_rounds: " + rounds(one, p -> String.valueOf(Math.round(tokenCount / (p.cpuNanos / 1e9)))));
        }
        out.println("articles_per_second: " + String.format(Locale.ROOT, "%.2f", articles / seconds));
        out.println("mean_article_tokens: " + Math.round((double) tokens / articles));
        double allocated = median(one, p -> p.allocated);
        if (allocated > 0)
            out.println("allocated_mb_per_article: " + String.format(Locale.ROOT, "%.1f", allocated / 1e6 / articles));
        out.println("steady_gc_count: " + Math.round(median(one, p -> p.gcCount)));
        out.println("steady_gc_ms: " + Math.round(median(one, p -> p.gcMillis)));
        out.println("steady_gc_share: " + String.format(Locale.ROOT, "%.3f", median(one, p -> p.gcMillis / 1e3 / (p.nanos / 1e9))));
        out.println("steady_jit_ms: " + Math.round(median(one, p -> p.jitMillis)));
        if (threads > 1) {
            double pSeconds = median(many, p -> p.nanos / 1e9);
            out.println("threads: " + threads);
            out.println("threads_seconds: " + String.format(Locale.ROOT, "%.2f", pSeconds));
            out.println("threads_articles_per_second: " + String.format(Locale.ROOT, "%.2f", articles / pSeconds));
            out.println("threads_tokens_per_second: " + Math.round(tokens / pSeconds));
            if (many.get(0).cpuNanos > 0)
                out.println("threads_tokens_per_cpu_second: " + Math.round(median(many, p -> tokenCount / (p.cpuNanos / 1e9))));
            // each round's ratio is of two passes run one after the other, so a slow spell of the machine touches both
            List<Double> ratios = new ArrayList<>();
            for (int r = 0; r < rounds; r++) ratios.add((double) one.get(r).nanos / many.get(r).nanos);
            out.println("threads_speedup: " + String.format(Locale.ROOT, "%.2f", median(ratios, x -> x)));
            out.println("threads_speedup_rounds: " + rounds(ratios, x -> String.format(Locale.ROOT, "%.2f", x)));
            out.println("threads_gc_ms: " + Math.round(median(many, p -> p.gcMillis)));
            out.println("threads_jit_ms: " + Math.round(median(many, p -> p.jitMillis)));
        }
        out.println("peak_heap_mb: " + Math.round(peakHeapBytes() / (1024.0 * 1024.0)));
        out.println("max_heap_mb: " + Math.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
        out.println("gc_count: " + (gcCount() - gcCountBefore));
        out.println("gc_ms: " + (gcMillis() - gcMillisBefore));
        out.println("failed: " + failed);
        out.println("processors: " + Runtime.getRuntime().availableProcessors());
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        if (loadBefore >= 0 && loadAfter >= 0)   // how busy the machine was: other processes slow the wall-clock figures
            out.println("load_average: " + String.format(Locale.ROOT, "%.2f", Math.max(loadBefore, loadAfter)));
        out.println("java: " + System.getProperty("java.version"));
        out.flush();
        return failed == 0 ? Main.OK : Main.FAILED;
    }

    /**
     * The warm-up: {@link #warmup} articles, then windows of {@link #WINDOW} more until, in two windows in a row, the
     * process's other threads (the JIT compiler's above all, and the collector's) used at most {@link #jitQuiet} percent
     * of the window's wall time in CPU, up to {@link #maxWarmup} articles. Until then the code is still being compiled
     * (on this 2-core machine the compiler keeps a core busy for the first 300 articles or so), and the timed figures
     * would measure the compiler. Other threads' CPU is read, not the JIT's compilation time, because the JVM adds a
     * compilation's time only when it ends, and one compilation of CoreNLP's sentence splitter alone takes seconds.
     */
    private Warmup warmUp(Faultline faultline, Random random, ThreadMXBean threadBean, boolean cpuTimed) {
        // drawn a window at a time, so that a large --max-warmup costs time, never memory
        java.util.ArrayDeque<Article> drawn = new java.util.ArrayDeque<>();
        java.util.function.Supplier<Article> next = () -> {
            if (drawn.isEmpty()) drawn.addAll(corpus(Inputs.samples(), WINDOW, random));
            return drawn.poll();
        };
        boolean measured = cpuTimed && processCpuNanos() > 0;
        long w0 = System.nanoTime();
        int done = 0, failed = 0, quiet = 0;
        double share = Double.NaN;
        for (; done < warmup; done++) failed += processed(faultline, next.get()) ? 0 : 1;
        while (measured && jitQuiet > 0 && done < maxWarmup && quiet < 2) {
            long s0 = System.nanoTime(), other0 = processCpuNanos() - threadBean.getCurrentThreadCpuTime();
            for (int end = Math.min(done + WINDOW, maxWarmup); done < end; done++)
                failed += processed(faultline, next.get()) ? 0 : 1;
            share = (processCpuNanos() - threadBean.getCurrentThreadCpuTime() - other0) / (double) (System.nanoTime() - s0);
            quiet = share * 100 <= jitQuiet ? quiet + 1 : 0;
        }
        return new Warmup(done, System.nanoTime() - w0, share, failed);
    }

    private static final int WINDOW = 25;

    /** The most timed articles: they are all kept in memory, to be coded again in every round. */
    static final int MAX_ARTICLES = 100_000;

    private record Warmup(int articles, long nanos, double lastOtherCpuShare, int failed) {}

    /** One pass over the timed articles on this thread. */
    private Pass alone(Faultline faultline, List<Article> timed, ThreadMXBean threadBean, boolean cpuTimed) {
        long gcCount0 = gcCount(), gcMillis0 = gcMillis(), jit0 = jitMillis();
        long allocated0 = allocatedBytes(), cpu0 = cpuTimed ? threadBean.getCurrentThreadCpuTime() : 0;
        long s0 = System.nanoTime();
        int failed = 0;
        for (Article a : timed) failed += processed(faultline, a) ? 0 : 1;
        long nanos = System.nanoTime() - s0;
        long cpuNanos = cpuTimed ? threadBean.getCurrentThreadCpuTime() - cpu0 : 0;
        return new Pass(nanos, cpuNanos, allocatedBytes() - allocated0, gcCount() - gcCount0, gcMillis() - gcMillis0,
                jitMillis() - jit0, failed);
    }

    /** The timed articles again, taken in turn by {@link #threads} threads, each with a pipeline of its own. */
    private Pass parallel(Faultline warmed, List<Article> timed, ThreadMXBean threadBean, boolean cpuTimed) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Faultline mine = warmed.sibling();
            Thread w = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long c0 = cpuTimed ? threadBean.getCurrentThreadCpuTime() : 0;
                for (int i; (i = next.getAndIncrement()) < timed.size(); )
                    if (!processed(mine, timed.get(i))) failures.incrementAndGet();
                if (cpuTimed) cpu.addAndGet(threadBean.getCurrentThreadCpuTime() - c0);
            }, "bench-" + t);
            workers.add(w);
            w.start();
        }
        long gcCount0 = gcCount(), gcMillis0 = gcMillis(), jit0 = jitMillis();
        long s0 = System.nanoTime();
        start.countDown();
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new Pass(System.nanoTime() - s0, cpu.get(), 0, gcCount() - gcCount0, gcMillis() - gcMillis0,
                jitMillis() - jit0, failures.get());
    }

    /** One timed pass: wall and CPU time, bytes allocated (one thread only), collections and compiling meanwhile. */
    private record Pass(long nanos, long cpuNanos, long allocated, long gcCount, long gcMillis, long jitMillis, int failed) {}

    private static <T> double median(List<T> items, java.util.function.ToDoubleFunction<T> f) {
        double[] v = items.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static <T> String rounds(List<T> items, java.util.function.Function<T, String> f) {
        return String.join(", ", items.stream().map(f).toList());
    }

    /** Milliseconds the JIT compiler threads spent compiling so far, or 0 where the JVM does not say. */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Bytes this thread allocated so far, or 0 where the JVM does not count them. */
    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemoryEnabled())
            return t.getThreadAllocatedBytes(Thread.currentThread().getId());
        return 0;
    }

    /** CPU time of the whole process (every thread: loading, compiling, collecting), or 0 where unknown. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return Math.max(0, os.getProcessCpuTime());
        return 0;
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
