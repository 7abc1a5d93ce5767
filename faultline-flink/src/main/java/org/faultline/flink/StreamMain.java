package org.faultline.flink;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.faultline.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code faultline stream}: the pipeline as a Flink job. Run from the launcher it starts an embedded local Flink; run
 * with {@code flink run faultline-flink.jar ...} the cluster runs it.
 */
@Command(name = "stream", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Codes articles from a Kafka topic (JSON lines) or a watched folder of JSONL files as an Apache Flink job,",
                "stores them (same schema as ingest), keeps the merged view current in event-time day windows per CAMEO root, and",
                "writes Document JSON to <topic>-documents, PLOVER lines to <topic>-plover and bad records to <topic>-errors."})
public final class StreamMain implements Callable<Integer> {
    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers.")
    String kafka;
    @Option(names = "--topic", paramLabel = "TOPIC", description = "Topic of articles, one JSON line per message.")
    String topic;
    @Option(names = "--watch", paramLabel = "DIR", description = "A folder of JSONL files, watched for new ones.")
    String watch;
    @Option(names = "--db", paramLabel = "JDBC-URL", description = "A server database, e.g. jdbc:postgresql://host/db?user=u&password=p.")
    String db;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "faultline-data", description = "Embedded H2 folder without --db (default: ${DEFAULT-VALUE}).")
    String data;
    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "1", description = "Parallel coding tasks (default: ${DEFAULT-VALUE}).")
    int parallelism;
    @Option(names = "--checkpoint-dir", paramLabel = "DIR", description = "Where checkpoints go (default: Flink's).")
    String checkpointDir;
    @Option(names = "--checkpoint-interval", paramLabel = "SECONDS", defaultValue = "10", description = "Checkpoint every N seconds (default: ${DEFAULT-VALUE}).")
    int checkpointSeconds;
    @Option(names = "--bounded", description = "Stop at the topic's current end (or after the folder's files), then rebuild the merged view.")
    boolean bounded;
    @Option(names = "--max-delay", paramLabel = "DAYS", defaultValue = "3",
            description = "How many days after an event's day its reports may still arrive out of order before its merge window fires (default: ${DEFAULT-VALUE}).")
    int maxDelayDays;
    @Option(names = "--allowed-lateness", paramLabel = "DAYS", defaultValue = "30",
            description = "How many days a fired merge window takes late reports (later ones are merged one by one) (default: ${DEFAULT-VALUE}).")
    int latenessDays;
    @Option(names = "--group", paramLabel = "ID", defaultValue = "faultline", description = "Kafka consumer group (default: ${DEFAULT-VALUE}).")
    String group;

    public static void main(String[] args) {
        System.exit(new CommandLine(new StreamMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (parallelism < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--parallelism " + parallelism + " is not positive");
        if (checkpointSeconds < 1) throw new CommandLine.ParameterException(new CommandLine(this), "--checkpoint-interval " + checkpointSeconds + " is not positive");
        StreamJob.Options o;
        try {
            if (maxDelayDays < 0) throw new IllegalArgumentException("--max-delay " + maxDelayDays + " is negative");
            if (latenessDays < 0) throw new IllegalArgumentException("--allowed-lateness " + latenessDays + " is negative");
            o = new StreamJob.Options(kafka, topic, watch, db, db == null ? data : null, null, null, "jsonl", bounded, group,
                    java.time.Duration.ofDays(maxDelayDays), java.time.Duration.ofDays(latenessDays));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        Configuration conf = new Configuration();
        if (checkpointDir != null) conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, Path.of(checkpointDir).toAbsolutePath().toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setParallelism(parallelism);
        env.enableCheckpointing(checkpointSeconds * 1000L);
        StreamJob.build(env, o);
        env.execute("faultline stream");
        if (bounded) {
            // the job's merge windows have kept the merged view current; this reports it (and what is stale, if anything)
            try (Store s = Store.open(db, db == null ? Path.of(data) : null)) {
                var stale = s.staleMergeParts();
                System.out.println("merged events: " + s.counts().mergedEvents() + "; documents: " + s.counts().documents()
                        + (stale.isEmpty() ? "" : "; stale merge parts (rebuilt by the next query): " + stale));
            }
        }
        return 0;
    }
}
