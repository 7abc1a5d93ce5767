package org.faultline.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.faultline.store.Store;
import org.faultline.watch.Alert;
import org.faultline.watch.Point;
import org.faultline.watch.Series;
import org.faultline.watch.Watch;
import org.faultline.watch.WatchQuery;
import org.faultline.watch.WatchReport;

import java.util.Set;

/**
 * {@code GET /api/watch?dyad=&region=&since=&weekly=&points=}: the escalation watch's series and alerts, as JSON;
 * {@code points=false} leaves out the series' points (the web timeline lists every dyad and alert so).
 */
public final class WatchApi {
    private static final Set<String> PARAMS = Set.of("dyad", "region", "since", "weekly", "points");

    private WatchApi() {}

    static void handle(Context ctx, Store store) {
        for (String name : ctx.queryParamMap().keySet())
            if (!PARAMS.contains(name))
                throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + String.join(", ",
                        PARAMS.stream().sorted().toList()));
        boolean weekly = flag(ctx, "weekly", false), points = flag(ctx, "points", true);
        WatchQuery q = WatchQuery.parse(ctx.queryParam("dyad"), ctx.queryParam("region"), ctx.queryParam("since"), weekly);
        ctx.contentType("application/json").result(CACHE.answer(store, q + "|" + points, () -> json(Watch.run(store, q), points).toString()));
    }

    /**
     * The last answers, kept while the merged view's stamp ({@link Store#contentVersion()}) is unchanged: the report over every
     * dyad reads and tests the whole store (hundreds of milliseconds on 100,000 events) and only an ingest or a review
     * changes it. Small and bounded (16 answers); a changed stamp drops them all.
     */
    private static final Answers CACHE = new Answers(16);

    static final class Answers {
        private final int size;
        private final java.util.LinkedHashMap<String, String> kept = new java.util.LinkedHashMap<>(16, 0.75f, true);
        private Store keptFor;
        private String stamp;

        Answers(int size) {
            this.size = size;
        }

        String answer(Store store, String key, java.util.function.Supplier<String> compute) {
            String now = store.contentVersion();
            synchronized (this) {
                if (store != keptFor || !now.equals(stamp)) {
                    kept.clear();
                    keptFor = store;
                    stamp = now;
                }
                String hit = kept.get(key);
                if (hit != null) return hit;
            }
            String fresh = compute.get();
            synchronized (this) {
                if (store == keptFor && now.equals(stamp)) {
                    kept.put(key, fresh);
                    if (kept.size() > size) kept.remove(kept.keySet().iterator().next());
                }
            }
            return fresh;
        }
    }

    private static boolean flag(Context ctx, String name, boolean otherwise) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return otherwise;
        if (!v.equals("true") && !v.equals("false")) throw new IllegalArgumentException(name + " '" + v + "' is not true or false");
        return v.equals("true");
    }

    public static ObjectNode json(WatchReport r) {
        return json(r, true);
    }

    /**
     * {@code {bucket, first, last, series: [{key, kind, points: [{start, events, verbal_cooperation, material_cooperation,
     * verbal_conflict, material_conflict, goldstein, fatalities, contested, contested_share}]}], alerts: [{key, kind,
     * start, end, tests, observed, expected, p, cusum}]}}; days or weeks without events are left out of the points.
     * Without points, each series has its {@code events} in total instead.
     */
    static ObjectNode json(WatchReport r, boolean withPoints) {
        ObjectNode n = Json.object();
        n.put("bucket", r.bucket());
        n.put("first", r.first() == null ? null : r.first().toString());
        n.put("last", r.last() == null ? null : r.last().toString());
        ArrayNode series = n.putArray("series");
        for (Series s : r.series()) {
            ObjectNode sn = series.addObject();
            sn.put("key", s.key());
            sn.put("kind", s.kind());
            if (!withPoints) {
                sn.put("events", s.points().stream().mapToInt(Point::events).sum());
                continue;
            }
            ArrayNode points = sn.putArray("points");
            for (Point p : s.points()) {
                ObjectNode pn = points.addObject();
                pn.put("start", p.start().toString());
                pn.put("events", p.events());
                pn.put("verbal_cooperation", p.verbalCooperation());
                pn.put("material_cooperation", p.materialCooperation());
                pn.put("verbal_conflict", p.verbalConflict());
                pn.put("material_conflict", p.materialConflict());
                pn.put("goldstein", p.goldstein());
                pn.put("fatalities", p.fatalities());
                pn.put("contested", p.contested());
                pn.put("contested_share", Math.round(p.contestedShare() * 1000) / 1000.0);
            }
        }
        ArrayNode alerts = n.putArray("alerts");
        for (Alert a : r.alerts()) {
            ObjectNode an = alerts.addObject();
            an.put("key", a.key());
            an.put("kind", a.kind());
            an.put("start", a.start().toString());
            an.put("end", a.end().toString());
            a.tests().forEach(an.putArray("tests")::add);
            an.put("observed", a.observed());
            an.put("expected", Math.round(a.expected() * 100) / 100.0);
            an.put("p", a.p());
            an.put("cusum", Math.round(a.cusum() * 100) / 100.0);
        }
        return n;
    }
}
