package org.faultline.flink;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.Faultline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code faultline stream-bench}: the streaming job over a generated corpus (a JSONL file, read once, stored in a fresh
 * embedded database) at parallelism 1 and then 2 on a local Flink, and the articles per second of each. The models
 * are loaded before the clock starts (once per JVM, shared by the slots), so the figures are the coding rate.
 */
@Command(name = "stream-bench", mixinStandardHelpOptions = true,
        description = "Times the Flink job on a generated corpus at parallelism 1 and 2: articles/s and their ratio.")
public final class StreamBench implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "200", description = "Generated articles per run (default: ${DEFAULT-VALUE}).")
    int articles;
    @Option(names = "--max-parallelism", defaultValue = "2", description = "Highest parallelism timed (default: ${DEFAULT-VALUE}).")
    int maxParallelism;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StreamBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--articles " + articles + " is not positive");
        if (maxParallelism < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--max-parallelism " + maxParallelism + " is not positive");
        Path dir = Files.createTempDirectory("faultline-stream-bench");
        Path in = dir.resolve("in");
        CorpusGenerator.generate(3, articles).write(in);
        Files.deleteIfExists(in.resolve(org.faultline.corpus.Corpus.KEY_FILE));
        Files.deleteIfExists(in.resolve(org.faultline.corpus.Corpus.EVENTS_FILE));
        Faultline.create(null).process(org.faultline.ingest.Inputs.samples().get(0));   // loads the models before timing
        double first = 0;
        for (int p = 1; p <= maxParallelism; p++) {
            Configuration conf = new Configuration();
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(p, conf);
            StreamJob.build(env, new StreamJob.Options(null, null, in.toString(), null, dir.resolve("store-" + p).toString(),
                    null, null, "jsonl", true, null));
            long t0 = System.nanoTime();
            env.execute("faultline stream-bench p=" + p);
            double secs = (System.nanoTime() - t0) / 1e9, rate = articles / secs;
            if (p == 1) first = rate;
            System.out.printf(Locale.ROOT, "parallelism %d: %d articles in %.1f s = %.1f articles/s%s%n", p, articles, secs, rate,
                    p == 1 ? "" : String.format(Locale.ROOT, " (x%.2f of parallelism 1)", rate / first));
        }
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "heap in use at the end: %d MB (models and both slots' pipelines)%n", heap / (1024 * 1024));
        return 0;
    }
}
