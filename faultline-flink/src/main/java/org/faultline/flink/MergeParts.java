package org.faultline.flink;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;
import org.faultline.store.Store;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Keeps the merged view in the store current as documents arrive: for one part of the view (a CAMEO root; see
 * {@link Store#mergeParts}) it rebuilds that part with exactly the clustering {@code ingest} runs
 * ({@link Store#rebuildMerged(String)}), so the view equals what one machine computes on the same reports.
 *
 * <p>Two entry points: {@link Window}, the event-time day window of a part, fired when the watermark passes the day
 * and again for each report that arrives within the allowed lateness; and {@link Late}, for reports later than that,
 * which still join their incident. A rebuild is skipped when every report it would add was stored before the last
 * rebuild of its part began (that rebuild already read it), less a margin for clock skew between task managers.
 */
final class MergeParts {
    /** Reports stored this close to a rebuild's start are rebuilt again: clocks of two machines may differ this much. */
    static final long CLOCK_SKEW_MS = 2_000;

    /** Job accumulators: rebuilds run by day windows, reports that came after their window's lateness, rebuilds skipped. */
    static final String WINDOW_REBUILDS = "merge-window-rebuilds", LATE_REPORTS = "merge-late-reports", SKIPPED = "merge-rebuilds-skipped";

    private MergeParts() {}

    /** Rebuilds the part unless the last rebuild (its start time in {@code last}) already read every report. */
    static String rebuild(Store store, ValueState<Long> last, String part, Iterable<MergeKey> keys, String when,
                          org.apache.flink.api.common.accumulators.IntCounter rebuilt,
                          org.apache.flink.api.common.accumulators.IntCounter skipped) throws Exception {
        Long lastStart = last.value();
        long newest = Long.MIN_VALUE;
        int n = 0;
        for (MergeKey k : keys) {
            newest = Math.max(newest, k.storedMillis);
            n++;
        }
        if (lastStart != null && newest < lastStart - CLOCK_SKEW_MS) {
            skipped.add(1);
            return null;
        }
        long start = System.currentTimeMillis();
        int incidents = store.rebuildMerged(part);
        rebuilt.add(1);
        last.update(start);
        return "part " + part + " " + when + ": " + n + " report(s), " + incidents + " incident(s)";
    }

    static String day(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The day window of one part. */
    static final class Window extends ProcessWindowFunction<MergeKey, String, String, TimeWindow> {
        private final String jdbcUrl, dataDir;
        private transient Store store;
        private final ValueStateDescriptor<Long> lastRebuild = new ValueStateDescriptor<>("last-rebuild", Long.class);

        Window(String jdbcUrl, String dataDir) {
            this.jdbcUrl = jdbcUrl;
            this.dataDir = dataDir;
        }

        @Override
        public void open(OpenContext context) {
            store = SharedStores.acquire(jdbcUrl, dataDir);
        }

        @Override
        public void close() {
            if (store != null) SharedStores.release(jdbcUrl, dataDir);
            store = null;
        }

        @Override
        public void process(String part, Context ctx, Iterable<MergeKey> keys, Collector<String> out) throws Exception {
            String done = rebuild(store, ctx.globalState().getState(lastRebuild), part, keys, "day " + day(ctx.window().getStart()),
                    getRuntimeContext().getIntCounter(WINDOW_REBUILDS), getRuntimeContext().getIntCounter(SKIPPED));
            if (done != null) out.collect(done);
        }
    }

    /**
     * Reports later than the allowed lateness. They are gathered per part and merged together a moment later: at the
     * next watermark, or after {@link #LATE_BATCH_MS} of processing time, whichever comes first (the watermark one
     * also fires when a bounded input ends; the processing-time one keeps a quiet stream from holding them back).
     */
    static final class Late extends KeyedProcessFunction<String, MergeKey, String> {
        static final long LATE_BATCH_MS = 1_000;
        private final String jdbcUrl, dataDir;
        private transient Store store;
        private transient ValueState<Long> lastRebuild;
        private transient ValueState<Long> newestPending;
        private transient ValueState<Integer> pending;

        Late(String jdbcUrl, String dataDir) {
            this.jdbcUrl = jdbcUrl;
            this.dataDir = dataDir;
        }

        @Override
        public void open(OpenContext context) {
            store = SharedStores.acquire(jdbcUrl, dataDir);
            lastRebuild = getRuntimeContext().getState(new ValueStateDescriptor<>("last-rebuild", Long.class));
            newestPending = getRuntimeContext().getState(new ValueStateDescriptor<>("newest-pending", Long.class));
            pending = getRuntimeContext().getState(new ValueStateDescriptor<>("pending", Integer.class));
        }

        @Override
        public void close() {
            if (store != null) SharedStores.release(jdbcUrl, dataDir);
            store = null;
        }

        @Override
        public void processElement(MergeKey k, Context ctx, Collector<String> out) throws Exception {
            getRuntimeContext().getIntCounter(LATE_REPORTS).add(1);
            Integer n = pending.value();
            if (n == null) {
                ctx.timerService().registerEventTimeTimer(ctx.timerService().currentWatermark() + 1);
                ctx.timerService().registerProcessingTimeTimer(ctx.timerService().currentProcessingTime() + LATE_BATCH_MS);
                n = 0;
            }
            pending.update(n + 1);
            Long newest = newestPending.value();
            newestPending.update(newest == null ? k.storedMillis : Math.max(newest, k.storedMillis));
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            Integer n = pending.value();
            if (n == null) return;   // the other timer merged them already
            MergeKey newest = new MergeKey(ctx.getCurrentKey(), null, 0, newestPending.value());
            pending.clear();
            newestPending.clear();
            String done = rebuild(store, lastRebuild, ctx.getCurrentKey(), java.util.List.of(newest), n + " late report(s)",
                    getRuntimeContext().getIntCounter("merge-late-rebuilds"), getRuntimeContext().getIntCounter(SKIPPED));
            if (done != null) out.collect(done);
        }
    }
}
