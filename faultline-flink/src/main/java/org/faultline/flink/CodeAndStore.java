package org.faultline.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.faultline.Faultline;
import org.faultline.export.DocumentJson;
import org.faultline.export.ExportFormat;
import org.faultline.ingest.InputFormat;
import org.faultline.ingest.Inputs;
import org.faultline.ingest.ReadOptions;
import org.faultline.model.Document;
import org.faultline.model.ReadResult;
import org.faultline.store.Store;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads, codes and stores each record with exactly the stages {@code faultline ingest} runs ({@link Inputs},
 * {@link Faultline#process}, {@link Store#put}); emits each coded document as Document JSON. One pipeline per task
 * slot, its models loaded once in {@link #open}. A record that cannot be read or coded goes to {@link #ERRORS} as a
 * JSON line (input, position, reason) and the stream goes on.
 *
 * <p>The store write is an idempotent upsert keyed by the document's text hash, so records replayed after a restore
 * from a checkpoint write nothing twice.
 */
final class CodeAndStore extends ProcessFunction<RawRecord, String> {
    static final OutputTag<String> ERRORS = new OutputTag<>("faultline-errors") {};
    /** Each coded event as one PLOVER JSON line (the {@code export --format plover-jsonl} record of a one-report incident). */
    static final OutputTag<String> PLOVER = new OutputTag<>("faultline-plover") {};
    /** One {@link MergeKey} per part of the merged view a stored document touches. */
    static final OutputTag<MergeKey> MERGE = new OutputTag<>("faultline-merge") {};
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String jdbcUrl, dataDir;
    private transient Faultline pipeline;
    private transient Store store;

    CodeAndStore(String jdbcUrl, String dataDir) {
        this.jdbcUrl = jdbcUrl;
        this.dataDir = dataDir;
    }

    @Override
    public void open(OpenContext context) {
        pipeline = Faultline.create(null);
        store = SharedStores.acquire(jdbcUrl, dataDir);
    }

    @Override
    public void close() {
        if (store != null) SharedStores.release(jdbcUrl, dataDir);
        store = null;
    }

    @Override
    public void processElement(RawRecord r, Context ctx, Collector<String> out) {
        for (ReadResult read : Inputs.read(r.name, r.bytes, InputFormat.named(r.format == null ? "auto" : r.format), ReadOptions.defaults())) {
            if (!read.ok()) {
                ctx.output(ERRORS, error(read.error().input(), read.error().position(), read.error().reason()));
                continue;
            }
            try {
                // a document already stored (a record replayed after a restore) is read back, not coded again
                Document d = store.document(read.article().id()).orElse(null);
                if (d == null) {
                    d = pipeline.process(read.article());
                    store.put(d);
                }
                long stored = System.currentTimeMillis();
                for (String part : Store.mergeParts(d)) ctx.output(MERGE, new MergeKey(part, d.article().id(), eventMillis(d, part), stored));
                out.collect(DocumentJson.toJson(d));
                for (String line : plover(d)) ctx.output(PLOVER, line);
            } catch (RuntimeException e) {
                ctx.output(ERRORS, error(read.article().source(), null, String.valueOf(e.getMessage())));
            }
        }
    }

    /** The first day of the document's earliest event of this root, else its publication day; 0 when neither is known. */
    static long eventMillis(Document d, String part) {
        java.time.LocalDate day = d.events().stream().filter(e -> e.root().equals(part) && e.date() != null)
                .map(e -> e.date().firstDay()).min(java.util.Comparator.naturalOrder()).orElse(d.article().published());
        return day == null ? 0 : day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static List<String> plover(Document d) {
        List<ExportFormat.Incident> incidents = new ArrayList<>();
        var a = d.article();
        for (var e : d.events())
            incidents.add(new ExportFormat.Incident(e, List.of(new ExportFormat.Mention(a.id(), a.outlet(), a.url(), a.published(), e))));
        StringWriter w = new StringWriter();
        try {
            ExportFormat.PLOVER_JSONL.write(incidents, w, code -> Double.NaN);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString().lines().filter(l -> !l.isBlank()).toList();
    }

    static String error(String input, String position, String reason) {
        ObjectNode n = JSON.createObjectNode();
        n.put("input", input);
        n.put("position", position);
        n.put("reason", reason);
        return n.toString();
    }
}
