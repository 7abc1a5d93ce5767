package org.faultline.watch;

import org.faultline.lexicon.CameoCode;
import org.faultline.lexicon.CameoTable;
import org.faultline.model.EventStatus;
import org.faultline.store.DayTally;
import org.faultline.store.Store;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The escalation watch over the merged view.
 * <pre>{@code
 * WatchReport r = Watch.run(store, WatchQuery.parse("ARM-AZE", null, "2024-01-01", false));
 * r.alerts().forEach(System.out::println);
 * }</pre>
 * A dyad is the unordered pair of the countries of an event's two sides; an event whose side has no country is in no
 * dyad (it still counts for its region). A region is the place's first-level subdivision. Only events dated to a day
 * count (a month or a year cannot be placed in a day's or a week's series). Quad classes and Goldstein scores come
 * from the CAMEO table ({@code lexicon/cameo.txt}).
 */
public final class Watch {
    private Watch() {}

    /** Reads the day counts the query needs (with the history its baselines need) from the store's merged view. */
    public static WatchReport run(Store store, WatchQuery q) {
        if (store == null) throw new IllegalArgumentException("store must not be null");
        if (q == null) throw new IllegalArgumentException("query must not be null");
        LocalDate from = null;
        if (q.since() != null) {
            Detector.Settings s = settings(q.weekly());
            // baseline and window before "since", a week's slack for the weekly buckets, and time for the CUSUM to settle
            from = q.since().minusDays((long) (s.warmUp() + 2 * s.baseline()) * (q.weekly() ? 7 : 1) + 7);
        }
        // a dyad's two countries (one for a war inside a country) narrow the query in SQL
        java.util.Set<String> countries = q.dyad() == null ? null
                : new java.util.TreeSet<>(List.of(q.dyad().substring(0, 3), q.dyad().substring(4)));
        return run(store.dayTallies(from, null, countries), q);
    }

    /** The series and alerts of these day counts. */
    public static WatchReport run(List<DayTally> tallies, WatchQuery q) {
        return run(tallies, q, settings(q == null ? false : q.weekly()));
    }

    static WatchReport run(List<DayTally> tallies, WatchQuery q, Detector.Settings settings) {
        if (tallies == null) throw new IllegalArgumentException("tallies must not be null");
        if (q == null) throw new IllegalArgumentException("query must not be null");
        String bucket = q.weekly() ? "week" : "day";
        if (tallies.isEmpty()) return new WatchReport(bucket, null, null, List.of(), List.of());
        LocalDate first = tallies.stream().map(DayTally::day).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate last = tallies.stream().map(DayTally::day).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate origin = q.weekly() ? first.with(DayOfWeek.MONDAY) : first;
        int n = (int) (ChronoUnit.DAYS.between(origin, last) / (q.weekly() ? 7 : 1)) + 1;
        LocalDate[] starts = new LocalDate[n];
        for (int i = 0; i < n; i++) starts[i] = origin.plusDays((long) i * (q.weekly() ? 7 : 1));

        Map<String, Acc> dyads = new TreeMap<>(), regions = new TreeMap<>();
        CameoTable cameo = CameoTable.bundled();
        Map<String, CameoCode> codes = new java.util.HashMap<>();
        for (DayTally t : tallies) {
            CameoCode code = codes.computeIfAbsent(t.cameo(), c -> cameo.get(c).orElse(null));
            int quad = code != null ? code.quadClass() : quadOfRoot(t.cameo());
            double goldstein = code != null ? code.goldstein() : 0;
            int b = (int) (ChronoUnit.DAYS.between(origin, t.day()) / (q.weekly() ? 7 : 1));
            String dyad = Keys.dyad(t.country1(), t.country2());
            if (dyad != null && (q.dyad() != null ? q.dyad().equals(dyad) : q.region() == null))
                dyads.computeIfAbsent(dyad, k -> new Acc("dyad", n)).add(b, quad, goldstein, t);
            String region = Keys.region(t.region(), t.placeCountry());
            if (region != null && (q.region() != null ? Keys.regionMatches(region, q.region()) : q.dyad() == null))
                regions.computeIfAbsent(region, k -> new Acc("region", n)).add(b, quad, goldstein, t);
        }
        Detector detector = new Detector(settings);
        List<Series> series = new ArrayList<>();
        List<Alert> alerts = new ArrayList<>();
        List<Map.Entry<String, Acc>> keyed = new ArrayList<>(dyads.entrySet());
        keyed.addAll(regions.entrySet());
        for (Map.Entry<String, Acc> e : keyed) {
            Acc a = e.getValue();
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (q.since() != null && starts[i].plusDays(q.weekly() ? 6 : 0).isBefore(q.since())) continue;
                Point p = a.point(i, starts[i]);
                if (p.events() > 0) points.add(p);
            }
            if (!points.isEmpty()) series.add(new Series(e.getKey(), a.kind, points));
            for (Alert al : detector.run(e.getKey(), a.kind, starts, a.quad[3], a.fatalities))
                if (q.since() == null || !al.end().isBefore(q.since())) alerts.add(al);
        }
        alerts.sort(Comparator.comparing(Alert::start).thenComparing(Alert::kind).thenComparing(Alert::key));
        return new WatchReport(bucket, first, last, series, alerts);
    }

    static Detector.Settings settings(boolean weekly) {
        return weekly ? Detector.WEEKLY : Detector.DAILY;
    }

    private static int quadOfRoot(String cameo) {
        int root = Integer.parseInt(cameo.substring(0, 2));
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** One series' buckets as arrays. */
    private static final class Acc {
        final String kind;
        final int[][] quad;
        final double[] goldstein;
        final long[] fatalities;
        final int[] contested;

        Acc(String kind, int n) {
            this.kind = kind;
            quad = new int[4][n];
            goldstein = new double[n];
            fatalities = new long[n];
            contested = new int[n];
        }

        void add(int b, int quadClass, double g, DayTally t) {
            quad[quadClass - 1][b] += t.events();
            goldstein[b] += g * t.events();
            fatalities[b] += t.fatalities();
            if (t.status() == EventStatus.CONTESTED || t.status() == EventStatus.DENIED) contested[b] += t.events();
        }

        Point point(int b, LocalDate start) {
            return new Point(start, quad[0][b], quad[1][b], quad[2][b], quad[3][b], Math.round(goldstein[b] * 10) / 10.0,
                    fatalities[b], contested[b]);
        }
    }
}
