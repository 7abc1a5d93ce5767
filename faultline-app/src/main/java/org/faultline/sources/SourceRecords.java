package org.faultline.sources;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.faultline.model.Actor;
import org.faultline.model.PartialDate;
import org.faultline.store.ClaimSource;
import org.faultline.store.ReportSource;
import org.faultline.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The track records of every source in the store.
 * <pre>{@code
 * for (SourceRecord r : SourceRecords.of(store, new SourceQuery("AZE", null))) System.out.println(r.summary());
 * }</pre>
 * A <em>claim</em> of a source is a report it is the reporter or cited outlet of, or an assertion it makes (once per
 * report: a claim about a report the same source tells is the same claim). A claim is <em>denied</em> when a stored
 * denial about the same merged incident, or naming that claim, comes from another side; it is <em>corroborated</em>
 * when another report or assertion of the same merged incident has a source of another side. Sides: see
 * {@link SourceKeys}. A death toll is compared with the median of the tolls of the incident's other reports that the
 * source is not a source of.
 */
public final class SourceRecords {
    private SourceRecords() {}

    /** The records of the store's sources that the query accepts, most claims first. */
    public static List<SourceRecord> of(Store store, SourceQuery q) {
        if (store == null) throw new IllegalArgumentException("store must not be null");
        return of(store.reportSources(), store.claimSources(), q);
    }

    /** One claim (or a report): its sources, merged incident, day and toll. */
    private static final class Unit {
        final String id, merged;
        final LocalDate day;
        final Integer fatalities;
        final Set<String> sources = new LinkedHashSet<>(2);

        Unit(String id, String merged, LocalDate day, Integer fatalities) {
            this.id = id;
            this.merged = merged;
            this.day = day;
            this.fatalities = fatalities;
        }
    }

    /** What is known of one source while counting. */
    private static final class Acc {
        final String key, kind;
        final Map<String, Integer> names = new HashMap<>();
        String country, side;
        final Set<String> units = new LinkedHashSet<>(), denied = new LinkedHashSet<>(), corroborated = new LinkedHashSet<>();
        final Map<String, Set<String>> deniedBy = new HashMap<>();
        int denials;
        final List<Double> above = new ArrayList<>(), below = new ArrayList<>();
        int figures;
        LocalDate first, last;

        Acc(String key, String kind) {
            this.key = key;
            this.kind = kind;
        }

        void day(LocalDate d) {
            if (d == null) return;
            if (first == null || d.isBefore(first)) first = d;
            if (last == null || d.isAfter(last)) last = d;
        }
    }

    /** The records of these rows that the query accepts, most claims first. */
    public static List<SourceRecord> of(List<ReportSource> reports, List<ClaimSource> claims, SourceQuery q) {
        if (reports == null || claims == null) throw new IllegalArgumentException("rows must not be null");
        if (q == null) throw new IllegalArgumentException("query must not be null");
        KEYS.set(new Keys());
        try {
            return compute(reports, claims, q);
        } finally {
            KEYS.remove();
        }
    }

    /** The memo of one computation (the helpers below are static). */
    private static final ThreadLocal<Keys> KEYS = new ThreadLocal<>();

    private static List<SourceRecord> compute(List<ReportSource> reports, List<ClaimSource> claims, SourceQuery q) {
        Map<String, Acc> accs = new HashMap<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (ReportSource r : reports) {
            Unit u = new Unit(r.documentId() + "/" + r.reportId(), r.mergedId(), day(r.citedDate(), r.published()), r.fatalities());
            units.put(u.id, u);
            add(accs, u, r.reporter(), r.citedOutlet());
        }
        Map<String, Unit> unitOfClaim = new HashMap<>();
        List<ClaimSource> denials = new ArrayList<>();
        for (ClaimSource c : claims) {
            if (c.denial()) {
                denials.add(c);
                for (Acc a : accs(accs, c.claimant(), c.citedOutlet())) {
                    a.denials++;
                    a.day(day(c.citedDate(), c.published()));
                }
                continue;
            }
            Unit u = c.aboutEvent() == null ? null : units.get(c.documentId() + "/" + c.aboutEvent());
            if (u == null) {
                u = new Unit(c.documentId() + "/claim:" + c.claimId(), c.mergedId(), day(c.citedDate(), c.published()), null);
                units.put(u.id, u);
            }
            unitOfClaim.put(c.documentId() + "/" + c.claimId(), u);
            add(accs, u, c.claimant(), c.citedOutlet());
        }
        Map<String, List<Unit>> byMerged = new HashMap<>();
        for (Unit u : units.values())
            if (u.merged != null) byMerged.computeIfAbsent(u.merged, k -> new ArrayList<>()).add(u);

        // denials: of every claim about the merged incident denied, and of the claim a denial names
        for (ClaimSource d : denials) {
            String who = KEYS.get().of(d.claimant());
            if (who == null) who = KEYS.get().ofOutlet(d.citedOutlet());
            String side = who == null ? null : accs.get(who).side;
            String name = who == null ? UNNAMED : who;
            Set<Unit> hit = new LinkedHashSet<>();
            if (d.mergedId() != null) hit.addAll(byMerged.getOrDefault(d.mergedId(), List.of()));
            if (d.contradicts() != null) {
                Unit u = unitOfClaim.get(d.documentId() + "/" + d.contradicts());
                if (u != null) hit.add(u);
            }
            for (Unit u : hit)
                for (String s : u.sources) {
                    Acc a = accs.get(s);
                    if (side != null && side.equals(a.side)) continue;   // one's own side taking a claim back is no denial by another
                    a.denied.add(u.id);
                    a.deniedBy.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(u.id);
                }
        }
        // corroboration and tolls, within each merged incident
        Median median = new Median();
        for (List<Unit> incident : byMerged.values()) {
            for (Unit u : incident)
                for (String s : u.sources) {
                    Acc a = accs.get(s);
                    List<Double> others = new ArrayList<>();
                    for (Unit v : incident) {
                        if (v == u) continue;
                        if (!a.corroborated.contains(u.id))
                            for (String t : v.sources)
                                if (!accs.get(t).side.equals(a.side)) {
                                    a.corroborated.add(u.id);
                                    break;
                                }
                        if (u.fatalities != null && v.fatalities != null && !v.sources.contains(s)) others.add(v.fatalities.doubleValue());
                    }
                    if (others.isEmpty()) continue;
                    double m = median.evaluate(others.stream().mapToDouble(Double::doubleValue).toArray());
                    a.figures++;
                    if (u.fatalities > m) a.above.add(u.fatalities - m);
                    else if (u.fatalities < m) a.below.add(m - u.fatalities);
                }
        }
        Map<String, String> names = new HashMap<>();
        for (Acc a : accs.values()) names.put(a.key, name(a));
        names.put(UNNAMED, UNNAMED);
        List<SourceRecord> out = new ArrayList<>();
        for (Acc a : accs.values()) {
            Map<String, Integer> deniedBy = new LinkedHashMap<>();
            a.deniedBy.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                            .thenComparing(e -> names.get(e.getKey())))
                    .forEach(e -> deniedBy.merge(names.get(e.getKey()), e.getValue().size(), Integer::sum));
            SourceRecord r = new SourceRecord(a.key, a.kind, names.get(a.key), a.country, a.units.size(), a.denials,
                    a.denied.size(), deniedBy, a.corroborated.size(), a.figures, a.above.size(), a.below.size(),
                    medianOf(median, a.above), medianOf(median, a.below), a.first, a.last);
            if (q.accepts(r)) out.add(r);
        }
        out.sort(Comparator.comparingInt(SourceRecord::claims).reversed().thenComparing(SourceRecord::denials, Comparator.reverseOrder())
                .thenComparing(SourceRecord::name).thenComparing(SourceRecord::key));
        return out;
    }

    /** Who denied, when the denial names no one. */
    static final String UNNAMED = "(unnamed)";

    private static double medianOf(Median median, List<Double> values) {
        return values.isEmpty() ? 0 : median.evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void add(Map<String, Acc> accs, Unit u, Actor actor, String outlet) {
        for (Acc a : accs(accs, actor, outlet)) {
            u.sources.add(a.key);
            a.units.add(u.id);
            a.day(u.day);
        }
    }

    /** Keys already worked out in this computation: most rows repeat a few actors and outlets. */
    private static final class Keys {
        final Map<Actor, String> actors = new HashMap<>();
        final Map<String, String> outlets = new HashMap<>();
        final Map<String, LocalDate> days = new HashMap<>();

        String of(Actor a) {
            return a == null ? null : actors.computeIfAbsent(a, SourceKeys::of);
        }

        String ofOutlet(String o) {
            return o == null ? null : outlets.computeIfAbsent(o, SourceKeys::ofOutlet);
        }
    }

    /** The sources named by an actor and a cited outlet, met for the first time or again. */
    private static List<Acc> accs(Map<String, Acc> accs, Actor actor, String outlet) {
        List<Acc> out = new ArrayList<>(2);
        String k = KEYS.get().of(actor);
        if (k != null) {
            Acc a = accs.computeIfAbsent(k, x -> new Acc(x, "actor"));
            a.names.merge(actor.name(), 1, Integer::sum);
            if (a.side == null) {
                a.side = SourceKeys.side(actor);
                a.country = actor.country();
            }
            out.add(a);
        }
        String o = KEYS.get().ofOutlet(outlet);
        if (o != null) {
            Acc a = accs.computeIfAbsent(o, x -> new Acc(x, "outlet"));
            a.names.merge(outlet.strip(), 1, Integer::sum);
            if (a.side == null) {
                a.country = SourceKeys.countryOfOutlet(outlet);
                a.side = a.country != null ? a.country : o;
            }
            out.add(a);
        }
        return out;
    }

    /** The name written most often, ties to the alphabetically first. */
    private static String name(Acc a) {
        return a.names.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(a.key);
    }

    /** The day a claim was made: its citation's full date, else its document's publication day. */
    private static LocalDate day(String cited, LocalDate published) {
        if (cited == null || cited.length() != 10) return published;
        LocalDate d = KEYS.get().days.computeIfAbsent(cited, SourceRecords::fullDay);
        return d == NO_DAY ? published : d;
    }

    /** What {@link #fullDay} gives for a date that is no day (a computeIfAbsent value must not be null). */
    private static final LocalDate NO_DAY = LocalDate.MIN;

    private static LocalDate fullDay(String cited) {
        try {
            PartialDate d = PartialDate.parse(cited);
            if (d.precision() == 1) return d.firstDay();
        } catch (IllegalArgumentException ignored) {
            // a citation date the store kept but cannot be read as a day: the document's day serves
        }
        return NO_DAY;
    }
}
