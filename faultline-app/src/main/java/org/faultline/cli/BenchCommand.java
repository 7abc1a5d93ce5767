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
                "Prints cold start, steady-state tokens/s on one thread, articles/s and peak heap.",
                "With --threads N, times the same articles on N threads too and prints the ratio to one thread."})
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

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", converter = OptionValues.Threads.class,
            description = "After the one-thread run, code the same timed articles on N threads at once, each with a "
                    + "pipeline of its own, and print the articles/s and the ratio to one thread (default: ${DEFAULT-VALUE}: "
                    + "one thread only).")
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
        if (articles < 1) throw new CommandLine.ParameterException(cl, "--articles " + articles + " must be at least 1");
        if (warmup < 0) throw new CommandLine.ParameterException(cl, "--warmup " + warmup + " must not be negative");
        if (dictionaries != null && !Files.isDirectory(dictionaries))
            throw new CommandLine.ParameterException(cl, "--dictionaries '" + dictionaries + "' is not a directory");

        List<Article> corpus = corpus(Inputs.samples(), 1 + warmup + articles, new Random(seed));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
        long gcCountBefore = gcCount(), gcMillisBefore = gcMillis();
        ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        boolean cpuTimed = threadBean.isCurrentThreadCpuTimeSupported();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long t0 = System.nanoTime(), processCpu0 = processCpuNanos();
        Faultline.preloadModels();   // as extract and ingest do: the models load while the dictionaries do
        Faultline faultline = Faultline.create(dictionaries);
        int failed = 0;
        failed += processed(faultline, corpus.get(0)) ? 0 : 1;
        long coldNanos = System.nanoTime() - t0, coldCpuNanos = processCpuNanos() - processCpu0;
        long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();

        for (int i = 1; i <= warmup; i++) failed += processed(faultline, corpus.get(i)) ? 0 : 1;

        List<Article> timed = corpus.subList(warmup + 1, corpus.size());
        long tokens = 0;
        for (Article a : timed) tokens += tokens(a.text());
        // the models loaded as the process started are still being tenured: the young collections that copy them
        // belong to the cold start, not to the timed phase, so one full collection settles them first
        System.gc();
        long gcCount0 = gcCount(), gcMillis0 = gcMillis();
        long allocated0 = allocatedBytes(), cpu0 = cpuTimed ? threadBean.getCurrentThreadCpuTime() : 0;
        long s0 = System.nanoTime();
        for (Article a : timed) failed += processed(faultline, a) ? 0 : 1;
        long steadyNanos = System.nanoTime() - s0;
        long cpuNanos = cpuTimed ? threadBean.getCurrentThreadCpuTime() - cpu0 : 0;
        long allocated = allocatedBytes() - allocated0;
        long steadyGcCount = gcCount() - gcCount0, steadyGcMillis = gcMillis() - gcMillis0;

        double seconds = steadyNanos / 1e9;
        out.println("articles: " + articles);
        out.println("warmup_articles: " + warmup);
        out.println("tokens: " + tokens);
        out.println("cold_start_ms: " + Math.round(coldNanos / 1e6));
        if (coldCpuNanos > 0) out.println("cold_start_cpu_ms: " + Math.round(coldCpuNanos / 1e6));
        out.println("first_result_after_jvm_start_ms: " + sinceJvmStart);
        out.println("steady_seconds: " + String.format(Locale.ROOT, "%.2f", seconds));
        out.println("tokens_per_second_per_core: " + Math.round(tokens / seconds));
        if (cpuTimed && cpuNanos > 0)
            out.println("tokens_per_cpu_second: " + Math.round(tokens / (cpuNanos / 1e9)));
        out.println("articles_per_second: " + String.format(Locale.ROOT, "%.2f", articles / seconds));
        out.println("mean_article_tokens: " + Math.round((double) tokens / articles));
        if (allocated > 0)
            out.println("allocated_mb_per_article: " + String.format(Locale.ROOT, "%.1f", allocated / 1e6 / articles));
        out.println("steady_gc_count: " + steadyGcCount);
        out.println("steady_gc_ms: " + steadyGcMillis);
        out.println("steady_gc_share: " + String.format(Locale.ROOT, "%.3f", steadyGcMillis / 1e3 / seconds));
        if (threads > 1) {
            Parallel p = parallel(faultline, timed, threadBean, cpuTimed);
            failed += p.failed;
            double pSeconds = p.nanos / 1e9;
            out.println("threads: " + threads);
            out.println("threads_seconds: " + String.format(Locale.ROOT, "%.2f", pSeconds));
            out.println("threads_articles_per_second: " + String.format(Locale.ROOT, "%.2f", articles / pSeconds));
            out.println("threads_tokens_per_second: " + Math.round(tokens / pSeconds));
            if (p.cpuNanos > 0) out.println("threads_tokens_per_cpu_second: " + Math.round(tokens / (p.cpuNanos / 1e9)));
            out.println("threads_speedup: " + String.format(Locale.ROOT, "%.2f", seconds / pSeconds));
            out.println("threads_gc_ms: " + p.gcMillis);
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

    /** The timed articles again, taken in turn by {@link #threads} threads, each with a pipeline of its own. */
    private Parallel parallel(Faultline warmed, List<Article> timed, ThreadMXBean threadBean, boolean cpuTimed) {
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
        long gcMillis0 = gcMillis();
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
        return new Parallel(System.nanoTime() - s0, cpu.get(), gcMillis() - gcMillis0, failures.get());
    }

    private record Parallel(long nanos, long cpuNanos, long gcMillis, int failed) {}

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
