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
import java.util.List;
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

    /** Runs the job once over {@code in} into a fresh store; returns its seconds. */
    private static double run(int parallelism, Path in, Path store) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, new Configuration());
        StreamJob.build(env, new StreamJob.Options(null, null, in.toString(), null, store.toString(), null, null, "jsonl", true, null));
        long t0 = System.nanoTime();
        env.execute("faultline stream-bench p=" + parallelism);
        return (System.nanoTime() - t0) / 1e9;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new StreamBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--articles " + articles + " is not positive");
        if (maxParallelism < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--max-parallelism " + maxParallelism + " is not positive");
        Path dir = Files.createTempDirectory("faultline-stream-bench");
        // one JSON-lines file per article, as a feed of dropped files: files are the unit the folder source splits
        Path generated = dir.resolve("generated"), in = Files.createDirectories(dir.resolve("in"));
        CorpusGenerator.generate(3, articles).write(generated);
        List<String> lines = Files.readAllLines(generated.resolve(org.faultline.corpus.Corpus.ARTICLES_FILE));
        for (int i = 0; i < lines.size(); i++) Files.writeString(in.resolve(String.format(Locale.ROOT, "a%05d.jsonl", i)), lines.get(i) + "\n");
        Faultline.create(null).process(org.faultline.ingest.Inputs.samples().get(0));   // loads the models before timing
        // an untimed first run warms the JIT and Flink's own start-up, which would otherwise count against parallelism 1
        run(1, in, dir.resolve("store-warm-up"));
        double first = 0;
        for (int p = 1; p <= maxParallelism; p++) {
            double secs = run(p, in, dir.resolve("store-" + p)), rate = articles / secs;
            if (p == 1) first = rate;
            System.out.printf(Locale.ROOT, "parallelism %d: %d articles in %.1f s = %.1f articles/s%s%n", p, articles, secs, rate,
                    p == 1 ? "" : String.format(Locale.ROOT, " (x%.2f of parallelism 1)", rate / first));
        }
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf(Locale.ROOT, "heap in use at the end: %d MB (models and both slots' pipelines)%n", heap / (1024 * 1024));
        return 0;
    }
}
