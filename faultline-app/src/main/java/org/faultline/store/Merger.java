package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.faultline.store.Columns.CITATION;
import static org.faultline.store.Columns.EVENT;
import static org.faultline.store.Columns.EVIDENCE;
import static org.faultline.store.Columns.actor;
import static org.faultline.store.Columns.marks;

/**
 * Rebuilds the merged-event view from the report rows. Reports merge into one incident when, with EVERY report
 * already in it, they have compatible actors (same country on each side, or one side unknown), the same CAMEO root,
 * places within the tolerance (an unknown place is compatible; a region or a country is compatible with the places
 * inside it) and overlapping dates (same day, or a coarser date
 * that contains it; an unknown date is compatible). Requiring compatibility with every member keeps chains of
 * near neighbours from growing into one blob. The order is deterministic, so unchanged input gives unchanged ids.
 */
final class Merger {
    private static final int MAX_SPAN_DAYS = 367;

    /** One report row with the date range it covers (null bounds: date unknown). */
    record Row(String documentId, Event event, LocalDate first, LocalDate last) {}

    static final class Cluster {
        final List<Row> members = new ArrayList<>();
        LocalDate lo, hi;
        /** The span bucket it is filed under, and when it was filed (orders clusters with the same lo). */
        int bucket;
        long filed;

        boolean dated() {
            return lo != null;
        }
    }

    private final double toleranceKm;

    Merger(double toleranceKm) {
        if (!(toleranceKm >= 0)) throw new IllegalArgumentException("merge tolerance " + toleranceKm + " km is negative");
        this.toleranceKm = toleranceKm;
    }

    // ---- clustering (pure, tested without a database)

    /**
     * Dated clusters are filed by their first day in one tree per span bucket (a day, a month, a year), so a report
     * only meets the clusters whose span can reach it: lo within [first - bucket span, last].
     */
    private static final int[] SPAN_BUCKETS = {0, 31, MAX_SPAN_DAYS};

    List<Cluster> cluster(List<Row> rows) {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Row r) -> r.event().root())
                .thenComparing(r -> r.event().date() == null ? 9 : r.event().date().precision())
                .thenComparing(Row::first, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.event().id())
                .thenComparing(Row::documentId));
        List<Cluster> all = new ArrayList<>();
        Map<String, List<TreeMap<LocalDate, List<Cluster>>>> dated = new HashMap<>();
        Map<String, List<Cluster>> undated = new HashMap<>();
        Comparator<Cluster> filingOrder = Comparator.comparing((Cluster c) -> c.lo).thenComparingLong(c -> c.filed);
        long filed = 0;
        for (Row r : sorted) {
            String root = r.event().root();
            List<TreeMap<LocalDate, List<Cluster>>> trees = dated.computeIfAbsent(root,
                    k -> List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>()));
            List<Cluster> loose = undated.computeIfAbsent(root, k -> new ArrayList<>());
            List<Cluster> candidates = new ArrayList<>(loose);
            List<Cluster> near = new ArrayList<>();
            for (int b = 0; b < SPAN_BUCKETS.length; b++) {
                TreeMap<LocalDate, List<Cluster>> tree = trees.get(b);
                (r.first() == null ? tree : tree.subMap(r.first().minusDays(SPAN_BUCKETS[b]), true, r.last(), true))
                        .values().forEach(near::addAll);
            }
            near.sort(filingOrder);
            candidates.addAll(near);
            Cluster best = null;
            for (Cluster c : candidates) {
                if (!fits(r, c)) continue;
                if (best == null || c.members.size() > best.members.size()) best = c;
            }
            if (best == null) {
                best = new Cluster();
                all.add(best);
            } else if (best.dated()) {
                TreeMap<LocalDate, List<Cluster>> tree = trees.get(best.bucket);
                List<Cluster> same = tree.get(best.lo);
                same.remove(best);
                if (same.isEmpty()) tree.remove(best.lo);
            } else {
                loose.remove(best);
            }
            best.members.add(r);
            if (r.first() != null) {
                best.lo = best.lo == null || r.first().isAfter(best.lo) ? r.first() : best.lo;
                best.hi = best.hi == null || r.last().isBefore(best.hi) ? r.last() : best.hi;
            }
            if (best.dated()) {
                long span = java.time.temporal.ChronoUnit.DAYS.between(best.lo, best.hi);
                int b = 0;
                while (b < SPAN_BUCKETS.length - 1 && span > SPAN_BUCKETS[b]) b++;
                best.bucket = b;
                best.filed = filed++;
                trees.get(b).computeIfAbsent(best.lo, k -> new ArrayList<>()).add(best);
            } else loose.add(best);
        }
        return all;
    }

    boolean fits(Row r, Cluster c) {
        if (r.first() != null && c.dated() && (r.first().isAfter(c.hi) || r.last().isBefore(c.lo))) return false;
        for (Row m : c.members) {
            if (!sameSide(m.event().actor1(), r.event().actor1()) || !sameSide(m.event().actor2(), r.event().actor2()))
                return false;
            Place p = m.event().location(), q = r.event().location();
            if (p != null && q != null && !placesAgree(p, q)) return false;
        }
        return true;
    }

    /**
     * Two towns agree within the tolerance. A coarser place (a region or a country) agrees with a place inside it:
     * the same country, and for a region also the same first-level subdivision or a centre within the tolerance.
     */
    boolean placesAgree(Place p, Place q) {
        Place fine = p.precision() <= q.precision() ? p : q, coarse = fine == p ? q : p;
        boolean near = Geo.km(p.lat(), p.lon(), q.lat(), q.lon()) <= toleranceKm;
        if (coarse.precision() == 1 || near) return near;
        if (fine.country() == null || !fine.country().equals(coarse.country())) return false;
        if (coarse.precision() == 3) return true;
        String region = fine.precision() == 1 ? fine.admin1() : fine.canonical();
        return region != null && (region.equalsIgnoreCase(coarse.canonical()) || region.equalsIgnoreCase(coarse.admin1()));
    }

    private static boolean sameSide(Actor a, Actor b) {
        return a == null || b == null || a.country() == null || b.country() == null || a.country().equals(b.country());
    }

    // ---- the representative event of a cluster

    static Event representative(Cluster c, EventStatus status) {
        List<Event> es = c.members.stream().map(Row::event).toList();
        String id = es.stream().map(Event::id).min(Comparator.naturalOrder()).orElseThrow();
        Event first = es.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        PartialDate date = es.stream().map(Event::date).filter(Objects::nonNull)
                .min(Comparator.comparingInt(PartialDate::precision).thenComparing(Comparator.naturalOrder())).orElse(null);
        Actor a1 = mostCommon(es, Event::actor1), a2 = mostCommon(es, Event::actor2);
        String cameo = mostCommonValue(es.stream().map(Event::cameo).toList(),
                Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Event coded = es.stream().filter(e -> e.cameo().equals(cameo)).min(Comparator.comparing(Event::id)).orElseThrow();
        Place place = es.stream().map(Event::location).filter(Objects::nonNull)
                .min(Comparator.comparingInt(Place::precision).thenComparing(Place::canonical)).orElse(null);
        Integer fatalities = es.stream().map(Event::fatalities).filter(Objects::nonNull).min(Integer::compare).orElse(null);
        return new Event(id, date, a1, a2, cameo, coded.plover(), coded.acledType(), coded.acledSubType(), place,
                fatalities, null, null, status, first.evidence());
    }

    /** The actor named most often on one side, preferring actors whose country is known; ties by code. */
    private static Actor mostCommon(List<Event> es, Function<Event, Actor> side) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Actor> byCode = new HashMap<>();
        for (Event e : es) {
            Actor a = side.apply(e);
            if (a == null) continue;
            counts.merge(a.code(), a.country() == null ? 1 : 1000, Integer::sum);
            byCode.putIfAbsent(a.code(), a);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(en -> byCode.get(en.getKey())).orElse(null);
    }

    private static String mostCommonValue(List<String> values, Comparator<String> tieBreak) {
        Map<String, Integer> counts = new HashMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        int max = counts.values().stream().max(Integer::compare).orElse(0);
        return counts.keySet().stream().filter(k -> counts.get(k) == max).min(tieBreak).orElseThrow();
    }

    // ---- the database side

    record ClaimRow(String documentId, String id, String stance, String aboutEvent, String contradicts) {}

    /** The part of the merged view that holds the claims about no stored event (see {@link #rebuild(Connection, String)}). */
    static final String UNATTACHED = "-";

    /** Reads every report and claim and rewrites the merged_* tables; the caller owns the transaction. */
    int rebuild(Connection db) throws SQLException {
        return rebuild(db, null);
    }

    /**
     * Rewrites one part of the merged view: the incidents of one CAMEO root ("01".."20"), the claims about no stored
     * event ({@link #UNATTACHED}), or everything (null). Clustering never joins two roots and the claims of a part
     * depend only on that part's reports and on their own documents' claims, so rebuilding every part one at a time
     * gives exactly the view one whole rebuild gives. The caller owns the transaction.
     */
    int rebuild(Connection db, String part) throws SQLException {
        boolean all = part == null, unattached = UNATTACHED.equals(part);
        List<Row> rows = new ArrayList<>();
        if (!unattached)
            try (PreparedStatement ps = db.prepareStatement("SELECT document_id, id, " + EVENT + ", " + actor("rep") + ", " + CITATION
                    + ", status, " + EVIDENCE + " FROM report" + (all ? "" : " WHERE root = ?"))) {
                if (!all) ps.setString(1, part);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Event e = Columns.event(rs, rs.getString("id"), true);
                        rows.add(new Row(rs.getString("document_id"), e, Columns.localDate(rs, "date_first"),
                                Columns.localDate(rs, "date_last")));
                    }
                }
            }
        // a part's claims, with every other claim of their documents (a denial names the claim it contradicts)
        String claimsOfPart = all ? "" : unattached
                ? " WHERE document_id IN (SELECT c.document_id FROM claim c WHERE c.about_event IS NULL"
                  + " OR NOT EXISTS (SELECT 1 FROM report r WHERE r.id = c.about_event))"
                : " WHERE document_id IN (SELECT r.document_id FROM report r WHERE r.root = ?)";
        List<ClaimRow> claims = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT document_id, id, stance, about_event, contradicts FROM claim" + claimsOfPart
                + " ORDER BY document_id, id")) {
            if (!all && !unattached) ps.setString(1, part);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    claims.add(new ClaimRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        // which claims this part writes: all, those about its reports (below), or those about no stored report
        Set<String> reported = new HashSet<>();
        if (unattached)
            try (Statement st = db.createStatement();
                 ResultSet rs = st.executeQuery("SELECT r.id FROM report r JOIN claim c ON c.about_event = r.id")) {
                while (rs.next()) reported.add(rs.getString(1));
            }
        List<Cluster> clusters = cluster(rows);

        Map<String, String> mergedOfReport = new HashMap<>();
        Map<String, Cluster> byMergedId = new LinkedHashMap<>();
        for (Cluster c : clusters) {
            String id = c.members.stream().map(r -> r.event().id()).min(Comparator.naturalOrder()).orElseThrow();
            byMergedId.put(id, c);
            for (Row r : c.members) mergedOfReport.put(r.event().id(), id);
        }
        Map<String, List<ClaimRow>> claimsOf = new HashMap<>();
        for (ClaimRow c : claims) {
            String m = c.aboutEvent() == null ? null : mergedOfReport.get(c.aboutEvent());
            if (m != null) claimsOf.computeIfAbsent(m, k -> new ArrayList<>()).add(c);
        }

        if (all) try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM merged_claim");
            st.executeUpdate("DELETE FROM merged_report");
            st.executeUpdate("DELETE FROM merged_event");
        }
        else if (unattached) try (Statement st = db.createStatement()) {
            st.executeUpdate("DELETE FROM merged_claim WHERE merged_id IS NULL");
        }
        else for (String sql : new String[]{
                "DELETE FROM merged_claim WHERE merged_id IN (SELECT id FROM merged_event WHERE root = ?)",
                "DELETE FROM merged_report WHERE merged_id IN (SELECT id FROM merged_event WHERE root = ?)",
                "DELETE FROM merged_event WHERE root = ?"})
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, part);
                ps.executeUpdate();
            }
        try (PreparedStatement ev = db.prepareStatement("INSERT INTO merged_event (id, " + EVENT + ", status, " + EVIDENCE
                + ", n_reports, n_documents) VALUES (" + marks(36) + ")");
             PreparedStatement rp = db.prepareStatement("INSERT INTO merged_report (document_id, report_id, merged_id) VALUES (?, ?, ?)")) {
            int pending = 0;
            for (Map.Entry<String, Cluster> en : byMergedId.entrySet()) {
                Cluster c = en.getValue();
                EventStatus status = c.members.stream().map(r -> r.event().status()).reduce(EventStatus.ASSERTED, EventStatus::over);
                for (ClaimRow cl : claimsOf.getOrDefault(en.getKey(), List.of()))
                    if ("deny".equals(cl.stance())) status = EventStatus.DENIED;
                Event e = representative(c, status);
                Set<String> docs = new HashSet<>();
                c.members.forEach(r -> docs.add(r.documentId()));
                new Columns.Binder(ev).str(e.id()).partialDate(e.date()).actor(e.actor1()).actor(e.actor2()).str(e.cameo())
                        .str(e.root()).str(e.plover()).str(e.acledType()).str(e.acledSubType()).place(e.location())
                        .integer(e.fatalities()).str(e.status().label()).evidence(e.evidence())
                        .integer(c.members.size()).integer(docs.size());
                ev.addBatch();
                for (Row r : c.members) {
                    new Columns.Binder(rp).str(r.documentId()).str(r.event().id()).str(e.id());
                    rp.addBatch();
                }
                if (++pending % 500 == 0) {
                    ev.executeBatch();
                    rp.executeBatch();
                }
            }
            ev.executeBatch();
            rp.executeBatch();
        }
        java.util.function.Predicate<ClaimRow> written = all ? c -> true : unattached
                ? c -> c.aboutEvent() == null || !reported.contains(c.aboutEvent())
                : c -> c.aboutEvent() != null && mergedOfReport.containsKey(c.aboutEvent());
        writeClaims(db, claims, written, mergedOfReport, claimsOf, byMergedId);
        return byMergedId.size();
    }

    private static void writeClaims(Connection db, List<ClaimRow> claims, java.util.function.Predicate<ClaimRow> written,
                                    Map<String, String> mergedOfReport,
                                    Map<String, List<ClaimRow>> claimsOf, Map<String, Cluster> clusters) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO merged_claim (document_id, claim_id, merged_id, contested, contested_by) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (ClaimRow c : claims) {
                if (!written.test(c)) continue;
                String merged = c.aboutEvent() == null ? null : mergedOfReport.get(c.aboutEvent());
                String by = null;
                if ("assert".equals(c.stance())) {
                    List<ClaimRow> sameEvent = merged == null ? List.of() : claimsOf.getOrDefault(merged, List.of());
                    for (ClaimRow d : sameEvent)
                        if ("deny".equals(d.stance()) && (!d.documentId().equals(c.documentId()) || c.id().equals(d.contradicts()))) {
                            by = d.documentId() + "/" + d.id();
                            break;
                        }
                    if (by == null)   // a denial in the same document that names this claim, about no event
                        for (ClaimRow d : claims)
                            if ("deny".equals(d.stance()) && d.documentId().equals(c.documentId()) && c.id().equals(d.contradicts())) {
                                by = d.documentId() + "/" + d.id();
                                break;
                            }
                    if (by == null && merged != null)   // another document reports the event as denied
                        for (Row r : clusters.get(merged).members)
                            if (r.event().status() == EventStatus.DENIED && !r.documentId().equals(c.documentId())) {
                                by = r.documentId() + "/" + r.event().id();
                                break;
                            }
                }
                new Columns.Binder(ps).str(c.documentId()).str(c.id()).str(merged).bool(by != null).str(by);
                ps.addBatch();
                if (++n % 1000 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
    }
}
