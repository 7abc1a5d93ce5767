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
import org.apache.flink.util.Collector;
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
    /** Where the job reads and writes. Null fields are unused. */
    public record Options(String kafka, String topic, String watch, String jdbcUrl, String dataDir, String outTopic,
                          String errorsTopic, String format, boolean bounded, String group) {
        public Options {
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
        if (o.kafka() != null) {
            coded.sinkTo(kafkaSink(o.kafka(), o.outTopic() != null ? o.outTopic() : o.topic() + "-documents")).name("documents to Kafka");
            errors.sinkTo(kafkaSink(o.kafka(), o.errorsTopic() != null ? o.errorsTopic() : o.topic() + "-errors")).name("errors to Kafka");
            coded.getSideOutput(CodeAndStore.PLOVER).sinkTo(kafkaSink(o.kafka(), o.topic() + "-plover")).name("PLOVER events to Kafka");
        } else {
            errors.print("faultline error").setParallelism(1);
        }
    }

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
