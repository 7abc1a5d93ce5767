package org.faultline.store;

import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.Evidence;
import org.faultline.model.SentenceZone;
import org.faultline.model.Zone;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.faultline.store.Columns.marks;

/** An event's other mentions and why lines, and a document's sentence zones: written with it, read back onto it. */
final class MentionRows {
    private static final int IN_CHUNK = 500;

    private record Key(String documentId, String reportId) {}

    private final Map<Key, List<Evidence>> mentions = new HashMap<>();
    private final Map<Key, List<String>> why = new HashMap<>();

    private MentionRows() {}

    /** Writes the mentions and why lines of each report row (the first event of each id) and the sentence zones. */
    private static final String MENTION_INSERT = "INSERT INTO event_mention (document_id, report_id, seq, mention_text,"
            + " m_start, m_end, m_sentence, m_zone) VALUES (" + marks(8) + ")";
    private static final String WHY_INSERT = "INSERT INTO event_why (document_id, report_id, seq, why_line) VALUES (" + marks(4) + ")";
    private static final String ZONE_INSERT = "INSERT INTO sentence_zone (document_id, seq, sentence_index,"
            + " s_start, s_end, s_zone) VALUES (" + marks(6) + ")";

    static void insert(Connection db, Document d, ColumnLimits limits) throws SQLException {
        String doc = d.article().id();
        Map<Integer, Zone> zoneOf = new HashMap<>();
        for (SentenceZone z : d.sentences()) zoneOf.putIfAbsent(z.index(), z.zone());
        try (PreparedStatement m = db.prepareStatement(MENTION_INSERT);
             PreparedStatement w = db.prepareStatement(WHY_INSERT)) {
            int nm = 0, nw = 0;
            Set<String> seen = new HashSet<>();
            for (Event e : d.events()) {
                if (!seen.add(e.id())) continue;
                int seq = 0;
                for (Evidence x : e.mentions()) {
                    Zone z = zoneOf.get(x.sentenceIndex());
                    new Columns.Binder(m, MENTION_INSERT, limits).str(doc).str(e.id()).integer(seq++).str(x.text()).integer(x.start())
                            .integer(x.end()).integer(x.sentenceIndex()).str(z == null ? null : z.label());
                    m.addBatch();
                    nm++;
                }
                seq = 0;
                for (String line : e.why()) {
                    new Columns.Binder(w, WHY_INSERT, limits).str(doc).str(e.id()).integer(seq++).str(line);
                    w.addBatch();
                    nw++;
                }
            }
            if (nm > 0) m.executeBatch();
            if (nw > 0) w.executeBatch();
        }
        if (d.sentences().isEmpty()) return;
        try (PreparedStatement ps = db.prepareStatement(ZONE_INSERT)) {
            int seq = 0;
            for (SentenceZone z : d.sentences()) {
                new Columns.Binder(ps, ZONE_INSERT, limits).str(doc).integer(seq++).integer(z.index()).integer(z.start()).integer(z.end())
                        .str(z.zone().label());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The mentions and why lines of every report of these documents. */
    static MentionRows read(Connection db, Collection<String> documentIds) throws SQLException {
        MentionRows out = new MentionRows();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(documentIds));
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String in = " WHERE document_id IN (" + marks(chunk.size()) + ") ORDER BY document_id, report_id, seq";
            try (PreparedStatement ps = db.prepareStatement("SELECT document_id, report_id, mention_text, m_start, m_end,"
                    + " m_sentence FROM event_mention" + in)) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.mentions.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                                .add(new Evidence(rs.getInt(6), rs.getInt(4), rs.getInt(5), rs.getString(3)));
                }
            }
            try (PreparedStatement ps = db.prepareStatement("SELECT document_id, report_id, why_line FROM event_why" + in)) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next())
                        out.why.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
                                .add(rs.getString(3));
                }
            }
        }
        return out;
    }

    /** The report row's event of this document with its mentions and why lines, as it was coded. */
    Event onto(String documentId, Event e) {
        Key k = new Key(documentId, e.id());
        List<Evidence> m = mentions.get(k);
        List<String> w = why.get(k);
        if (m != null) e = e.withMentions(m);
        return w == null ? e : e.withWhy(w);
    }

    /** Puts the mentions and why lines back on the event of every report in these lists (changed in place). */
    static void onto(Connection db, Collection<List<Report>> reportLists) throws SQLException {
        Set<String> documents = new LinkedHashSet<>();
        for (List<Report> l : reportLists) for (Report r : l) documents.add(r.documentId());
        if (documents.isEmpty()) return;
        MentionRows rows = read(db, documents);
        for (List<Report> l : reportLists)
            l.replaceAll(r -> new Report(r.documentId(), r.outlet(), r.title(), r.url(), r.published(),
                    rows.onto(r.documentId(), r.event())));
    }

    /** The document's sentence zones in their stored order; empty when it was stored without them. */
    static List<SentenceZone> zones(Connection db, String documentId) throws SQLException {
        List<SentenceZone> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT sentence_index, s_start, s_end, s_zone FROM sentence_zone"
                + " WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new SentenceZone(rs.getInt(1), rs.getInt(2), rs.getInt(3), zone(rs.getString(4))));
            }
        }
        return out;
    }

    private static Zone zone(String label) {
        for (Zone z : Zone.values()) if (z.label().equals(label)) return z;
        throw new IllegalStateException("stored sentence zone '" + label + "' is none of "
                + List.of(Zone.values()).toString().toLowerCase(Locale.ROOT));
    }

    private static void bind(PreparedStatement ps, List<String> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
    }
}
