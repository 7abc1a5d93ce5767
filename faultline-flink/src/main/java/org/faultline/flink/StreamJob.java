package org.faultline.flink;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;

/**
 * Builds the streaming job: articles from a Kafka topic (one JSON line per message, as {@code extract --input-format
 * jsonl} reads them) and/or files dropped into a watched folder (text, HTML, JSONL or feeds, as {@code ingest} reads
 * them); {@link CodeAndStore} codes and stores them; coded documents go to {@code <topic>-documents} as Document JSON,
 * their events to {@code <topic>-plover} as PLOVER JSON lines, and unreadable records to {@code <topic>-errors} (or
 * standard error without Kafka).
 */
public final class StreamJob {
    /** How long after an event's day its reports may still come out of order (the watermark's delay), by default. */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofDays(3);
    /** How long a day window of the merge is kept for late reports after it fired, by default. */
    public static final Duration DEFAULT_ALLOWED_LATENESS = Duration.ofDays(30);

    /**
     * Where the job reads and writes, and the merge's event-time settings. Null fields are unused (null durations: the
     * defaults).
     */
    public record Options(String kafka, String topic, String watch, String jdbcUrl, String dataDir, String outTopic,
                          String errorsTopic, String format, boolean bounded, String group, Duration maxDelay,
                          Duration allowedLateness) {
        public Options(String kafka, String topic, String watch, String jdbcUrl, String dataDir, String outTopic,
                       String errorsTopic, String format, boolean bounded, String group) {
            this(kafka, topic, watch, jdbcUrl, dataDir, outTopic, errorsTopic, format, bounded, group, null, null);
        }

        public Options {
            if (maxDelay == null) maxDelay = DEFAULT_MAX_DELAY;
            if (allowedLateness == null) allowedLateness = DEFAULT_ALLOWED_LATENESS;
            if (maxDelay.isNegative()) throw new IllegalArgumentException("max delay " + maxDelay + " is negative");
            if (allowedLateness.isNegative()) throw new IllegalArgumentException("allowed lateness " + allowedLateness + " is negative");
            if (kafka == null && watch == null) throw new IllegalArgumentException("no source: give --kafka with --topic, or --watch DIR");
            if (kafka != null && (topic == null || topic.isBlank())) throw new IllegalArgumentException("--kafka " + kafka + " needs --topic");
            if (jdbcUrl == null && dataDir == null) throw new IllegalArgumentException("no store: give --db or --data");
            if (format == null) format = "jsonl";
            if (group == null) group = "faultline";
        }
    }

    private StreamJob() {}

    /** Adds the job's sources, coding and sinks to {@code env}. */
    public static void build(StreamExecutionEnvironment env, Options o) {
        DataStream<RawRecord> in = null;
        if (o.kafka() != null) {
            KafkaSource<RawRecord> source = kafkaSource(o);
            in = env.fromSource(source, WatermarkStrategy.noWatermarks(), "articles from Kafka " + o.topic());
        }
        if (o.watch() != null) {
            var files = FileSource.forBulkFileFormat(new WholeFiles(), new org.apache.flink.core.fs.Path(o.watch()));
            if (!o.bounded()) files.monitorContinuously(Duration.ofSeconds(2));
            DataStream<RawRecord> dropped = env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "articles from " + o.watch());
            in = in == null ? dropped : in.union(dropped);
        }
        SingleOutputStreamOperator<String> coded = in.process(new CodeAndStore(o.jdbcUrl(), o.dataDir())).name("code and store");
        DataStream<String> errors = coded.getSideOutput(CodeAndStore.ERRORS);
        merge(coded.getSideOutput(CodeAndStore.MERGE), o);
        if (o.kafka() != null) {
            coded.sinkTo(kafkaSink(o.kafka(), o.outTopic() != null ? o.outTopic() : o.topic() + "-documents")).name("documents to Kafka");
            errors.sinkTo(kafkaSink(o.kafka(), o.errorsTopic() != null ? o.errorsTopic() : o.topic() + "-errors")).name("errors to Kafka");
            coded.getSideOutput(CodeAndStore.PLOVER).sinkTo(kafkaSink(o.kafka(), o.topic() + "-plover")).name("PLOVER events to Kafka");
        } else {
            errors.print("faultline error").setParallelism(1);
        }
    }

    /**
     * The merged view, kept current per part (CAMEO root) in event-time day windows: a window fires when the watermark
     * (the latest event day seen, less the maximum delay) passes its day, and again for every report that arrives
     * within the allowed lateness; reports later still are merged as they come. Each firing rebuilds its part of the
     * view with ingest's clustering, so the view equals ingest's whatever the arrival order.
     *
     * <p>Why the key is the CAMEO root and not the finer dyad, place cell and day: ingest's merge treats an unknown
     * side, an unknown place and a coarser date as compatible with any, so a report with an unknown target can join
     * an incident of any dyad, a month-precision report one of any day, an unplaced one any cell. Keying by those
     * would split incidents that one machine joins. The root is the one attribute the merge never crosses; the day is
     * the window.
     */
    static void merge(DataStream<MergeKey> keys, Options o) {
        var timed = keys.assignTimestampsAndWatermarks(WatermarkStrategy.<MergeKey>forBoundedOutOfOrderness(o.maxDelay())
                .withTimestampAssigner((k, ignored) -> k.eventMillis).withIdleness(Duration.ofSeconds(30))).name("event days");
        SingleOutputStreamOperator<String> merged = timed.keyBy(k -> k.part)
                .window(TumblingEventTimeWindows.of(Duration.ofDays(1)))
                .allowedLateness(o.allowedLateness())
                .sideOutputLateData(LATE)
                .process(new MergeParts.Window(o.jdbcUrl(), o.dataDir())).name("merge by root and day");
        DataStream<String> late = merged.getSideOutput(LATE).keyBy(k -> k.part)
                .process(new MergeParts.Late(o.jdbcUrl(), o.dataDir())).name("merge late reports");
        merged.union(late).sinkTo(new DiscardingSink<>()).name("merged view in the store");
    }

    static final OutputTag<MergeKey> LATE = new OutputTag<>("faultline-late-reports") {};

    static KafkaSource<RawRecord> kafkaSource(Options o) {
        var b = KafkaSource.<RawRecord>builder().setBootstrapServers(o.kafka()).setTopics(o.topic()).setGroupId(o.group())
                .setStartingOffsets(OffsetsInitializer.committedOffsets(org.apache.kafka.clients.consumer.OffsetResetStrategy.EARLIEST))
                .setDeserializer(new Named(o.format()));
        if (o.bounded()) b.setBounded(OffsetsInitializer.latest());
        return b.build();
    }

    static KafkaSink<String> kafkaSink(String servers, String topic) {
        return KafkaSink.<String>builder().setBootstrapServers(servers)
                .setRecordSerializer(KafkaRecordSerializationSchema.builder().setTopic(topic)
                        .setValueSerializationSchema(new SimpleStringSchema()).build())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE).build();
    }

    /** A message named by its topic, partition and offset, so an error says which message it was. */
    static final class Named implements KafkaRecordDeserializationSchema<RawRecord> {
        private final String format;

        Named(String format) {
            this.format = format;
        }

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> r, Collector<RawRecord> out) {
            out.collect(new RawRecord(r.topic() + "@" + r.partition() + ":" + r.offset(), r.value() == null ? new byte[0] : r.value(), format));
        }

        @Override
        public TypeInformation<RawRecord> getProducedType() {
            return TypeInformation.of(RawRecord.class);
        }
    }
}
