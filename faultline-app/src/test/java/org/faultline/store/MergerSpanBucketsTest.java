package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filing clusters by date span (day, month, year) only narrows which clusters a report is compared with: the
 * incidents are exactly those of comparing every report with every cluster that begins within a year of it.
 */
class MergerSpanBucketsTest {
    private static final String[] COUNTRIES = {"NOR", "SWE", "DNK"};

    @Test
    void sameIncidentsAsComparingWithEveryClusterOfTheYear() {
        Merger merger = new Merger(50);
        for (long seed = 1; seed <= 5; seed++) {
            List<Merger.Row> rows = rows(new Random(seed), 1500);
            List<List<String>> fast = members(merger.cluster(rows)), slow = members(reference(merger, rows));
            assertEquals(slow, fast, "seed " + seed);
            assertTrue(fast.size() < rows.size(), "some reports merge (seed " + seed + ")");
        }
    }

    private static List<List<String>> members(List<Merger.Cluster> clusters) {
        List<List<String>> out = new ArrayList<>();
        for (Merger.Cluster c : clusters) out.add(c.members.stream().map(r -> r.documentId() + "/" + r.event().id()).sorted().toList());
        out.sort(Comparator.comparing(l -> l.get(0)));
        return out;
    }

    private static List<Merger.Row> rows(Random r, int n) {
        List<Merger.Row> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = LocalDate.of(2023, 1, 1).plusDays(r.nextInt(500));
            int kind = r.nextInt(10);
            PartialDate date = kind == 0 ? null : kind == 1 ? PartialDate.parse(String.valueOf(day.getYear()))
                    : kind == 2 ? PartialDate.parse(day.toString().substring(0, 7)) : PartialDate.of(day);
            Actor a1 = r.nextInt(5) == 0 ? null : actor(COUNTRIES[r.nextInt(3)]), a2 = actor(COUNTRIES[r.nextInt(3)]);
            Place p = r.nextInt(4) == 0 ? null : new Place("P" + i, "P" + i, "SWE", null, 59 + r.nextDouble() * 0.8,
                    18 + r.nextDouble() * 0.8, "city", 1, List.of());
            String text = "Report " + i + ".";
            Event e = new Event(String.format("e%05d", i), date, a1, a2, r.nextBoolean() ? "190" : "141", null, null, null, p,
                    null, null, null, EventStatus.ASSERTED, new Evidence(0, 0, text.length(), text));
            out.add(new Merger.Row("d" + (i % 97), e, Columns.first(date), Columns.last(date)));
        }
        return out;
    }

    private static Actor actor(String country) {
        return new Actor(country + " army", country, "MIL", null, country + "MIL");
    }

    /** The clustering before span buckets: one tree per root, every cluster beginning within a year is a candidate. */
    private static List<Merger.Cluster> reference(Merger merger, List<Merger.Row> rows) {
        List<Merger.Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Merger.Row r) -> r.event().root())
                .thenComparing(r -> r.event().date() == null ? 9 : r.event().date().precision())
                .thenComparing(Merger.Row::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.event().id())
                .thenComparing(Merger.Row::documentId));
        List<Merger.Cluster> all = new ArrayList<>();
        Map<String, TreeMap<LocalDate, List<Merger.Cluster>>> dated = new HashMap<>();
        Map<String, List<Merger.Cluster>> undated = new HashMap<>();
        for (Merger.Row r : sorted) {
            TreeMap<LocalDate, List<Merger.Cluster>> tree = dated.computeIfAbsent(r.event().root(), k -> new TreeMap<>());
            List<Merger.Cluster> loose = undated.computeIfAbsent(r.event().root(), k -> new ArrayList<>());
            List<Merger.Cluster> candidates = new ArrayList<>(loose);
            if (r.first() == null) tree.values().forEach(candidates::addAll);
            else tree.subMap(r.first().minusDays(367), true, r.last(), true).values().forEach(candidates::addAll);
            Merger.Cluster best = null;
            for (Merger.Cluster c : candidates) {
                if (!merger.fits(r, c)) continue;
                if (best == null || c.members.size() > best.members.size()) best = c;
            }
            if (best == null) {
                best = new Merger.Cluster();
                all.add(best);
            } else if (best.dated()) tree.get(best.lo).remove(best);
            else loose.remove(best);
            best.members.add(r);
            if (r.first() != null) {
                best.lo = best.lo == null || r.first().isAfter(best.lo) ? r.first() : best.lo;
                best.hi = best.hi == null || r.last().isBefore(best.hi) ? r.last() : best.hi;
            }
            if (best.dated()) tree.computeIfAbsent(best.lo, k -> new ArrayList<>()).add(best);
            else loose.add(best);
        }
        return all;
    }
}
