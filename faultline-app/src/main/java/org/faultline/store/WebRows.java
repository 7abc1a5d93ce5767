package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.DateMention;
import org.faultline.model.Document;
import org.faultline.model.Evidence;
import org.faultline.model.Event;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.Relation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.faultline.store.Columns.CITATION;
import static org.faultline.store.Columns.EVENT;
import static org.faultline.store.Columns.EVIDENCE;
import static org.faultline.store.Columns.PLACE;
import static org.faultline.store.Columns.actor;
import static org.faultline.store.Columns.marks;

/**
 * The rows the web app needs beyond the pipeline's: actor, date and place mention spans, whole documents read back
 * (event mentions, why lines and sentence zones from {@link MentionRows}), API tokens.
 */
final class WebRows {
    private WebRows() {}

    private static final String ACTOR_INSERT = "INSERT INTO actor_mention (document_id, seq, " + actor("a")
            + ", mention_text, m_start, m_end, m_sentence) VALUES (" + marks(2 + 5 + 4) + ")";
    private static final String DATE_INSERT = "INSERT INTO date_mention (document_id, seq, mention_text, m_start,"
            + " m_end, m_sentence, date_value) VALUES (" + marks(7) + ")";
    private static final String PLACE_SPAN_INSERT = "INSERT INTO place_mention (document_id, seq, place_seq, mention_text,"
            + " m_start, m_end) VALUES (" + marks(6) + ")";

    static void insertMentions(Connection db, Document d, ColumnLimits limits) throws SQLException {
        insertDates(db, d, limits);
        insertPlaceSpans(db, d, limits);
        if (d.actors().isEmpty()) return;
        try (PreparedStatement ps = db.prepareStatement(ACTOR_INSERT)) {
            int seq = 0;
            for (ActorMention m : d.actors()) {
                new Columns.Binder(ps, ACTOR_INSERT, limits).str(d.article().id()).integer(seq++).actor(m.actor()).str(m.text())
                        .integer(m.start()).integer(m.end()).integer(m.sentenceIndex());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertDates(Connection db, Document d, ColumnLimits limits) throws SQLException {
        if (d.dates().isEmpty()) return;
        try (PreparedStatement ps = db.prepareStatement(DATE_INSERT)) {
            int seq = 0;
            for (DateMention m : d.dates()) {
                new Columns.Binder(ps, DATE_INSERT, limits).str(d.article().id()).integer(seq++).str(m.text()).integer(m.start()).integer(m.end())
                        .integer(m.sentenceIndex()).str(m.date().toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertPlaceSpans(Connection db, Document d, ColumnLimits limits) throws SQLException {
        List<PlaceSpan> spans = placeSpans(d.article().text(), d.places());
        if (spans.isEmpty()) return;
        try (PreparedStatement ps = db.prepareStatement(PLACE_SPAN_INSERT)) {
            int seq = 0;
            for (PlaceSpan s : spans) {
                new Columns.Binder(ps, PLACE_SPAN_INSERT, limits).str(d.article().id()).integer(seq++).integer(s.place()).str(s.text())
                        .integer(s.start()).integer(s.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Where the text names each place: every whole-word, same-case occurrence of its name as written, its canonical
     * name or an alias, longest names first, spans never overlapping. (A document keeps one entry per distinct
     * place, without the offsets of its mentions, so the spans are found again here, once, when it is stored.)
     */
    static List<PlaceSpan> placeSpans(String text, List<Place> places) {
        record Name(String s, int place) {}
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            java.util.Set<String> forms = new java.util.LinkedHashSet<>();
            forms.add(p.name());
            forms.add(p.canonical());
            forms.addAll(p.aliases());
            for (String f : forms) if (f != null && f.strip().length() >= 2) names.add(new Name(f.strip(), i));
        }
        names.sort(java.util.Comparator.comparingInt((Name n) -> -n.s().length()).thenComparingInt(Name::place));
        boolean[] taken = new boolean[text.length()];
        List<PlaceSpan> out = new ArrayList<>();
        for (Name n : names) {
            for (int at = text.indexOf(n.s()); at >= 0; at = text.indexOf(n.s(), at + 1)) {
                int end = at + n.s().length();
                if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) continue;
                boolean free = true;
                for (int k = at; k < end && free; k++) free = !taken[k];
                if (!free) continue;
                java.util.Arrays.fill(taken, at, end, true);
                out.add(new PlaceSpan(n.place(), n.s(), at, end));
            }
        }
        out.sort(java.util.Comparator.comparingInt(PlaceSpan::start));
        return out;
    }

    static List<PlaceSpan> placeSpans(Connection db, String id) throws SQLException {
        List<PlaceSpan> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT place_seq, mention_text, m_start, m_end FROM place_mention"
                + " WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new PlaceSpan(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
            }
        }
        return out;
    }

    /** The stored document with its extraction, as the pipeline made it. */
    static Optional<Document> document(Connection db, String id) throws SQLException {
        Article article;
        try (PreparedStatement ps = db.prepareStatement("SELECT id, source_name, body, published, published_how, outlet, "
                + "title, url FROM document WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                article = new Article(rs.getString("id"), rs.getString("source_name"), rs.getString("body"),
                        Columns.localDate(rs, "published"), rs.getString("published_how"), rs.getString("outlet"),
                        rs.getString("title"), rs.getString("url"));
            }
        }
        List<Event> events = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, " + EVENT + ", " + actor("rep") + ", " + CITATION
                + ", status, " + EVIDENCE + ", incident FROM report WHERE document_id = ? ORDER BY ev_start, id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) events.add(Columns.report(rs, rs.getString("id")));
            }
        }
        MentionRows more = MentionRows.read(db, List.of(id));
        events.replaceAll(e -> more.onto(id, e));
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, " + actor("c") + ", stance, claim_text, about_event, "
                + "contradicts, " + CITATION + ", status, " + EVIDENCE + " FROM claim WHERE document_id = ? ORDER BY ev_start, id")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Evidence ev = Columns.evidence(rs);
                    claims.add(new Claim(rs.getString("id"), Columns.actor(rs, "c"), rs.getString("stance"),
                            rs.getString("claim_text"), rs.getString("about_event"), rs.getString("contradicts"),
                            Columns.citation(rs, ev), Columns.status(rs.getString("status")), ev));
                }
            }
        }
        List<Quote> quotes = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, " + actor("s") + ", quote_text, q_start, q_end, "
                + EVIDENCE + " FROM quote WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    quotes.add(new Quote(rs.getString("id"), Columns.actor(rs, "s"), rs.getString("quote_text"),
                            rs.getInt("q_start"), rs.getInt("q_end"), Columns.evidence(rs)));
            }
        }
        List<Place> places = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + PLACE + " FROM place WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) places.add(Columns.place(rs));
            }
        }
        List<Citation> citations = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + CITATION + ", " + EVIDENCE
                + " FROM citation WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) citations.add(Columns.citation(rs, Columns.evidence(rs)));
            }
        }
        List<Relation> relations = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + actor("a") + ", " + actor("b") + ", kind, " + EVIDENCE
                + " FROM relation WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    relations.add(new Relation(Columns.actor(rs, "a"), Columns.actor(rs, "b"), rs.getString("kind"),
                            Columns.evidence(rs)));
            }
        }
        List<ActorMention> actors = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT " + actor("a") + ", mention_text, m_start, m_end, m_sentence"
                + " FROM actor_mention WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Actor a = Columns.actor(rs, "a");
                    if (a == null) continue;
                    actors.add(new ActorMention(a, rs.getString("mention_text"), rs.getInt("m_start"), rs.getInt("m_end"),
                            rs.getInt("m_sentence")));
                }
            }
        }
        List<DateMention> dates = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT mention_text, m_start, m_end, m_sentence, date_value"
                + " FROM date_mention WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    dates.add(new DateMention(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            PartialDate.parse(rs.getString(5))));
            }
        }
        return Optional.of(new Document(article, events, claims, quotes, relations, places, citations, actors, dates,
                MentionRows.zones(db, id)));
    }

    static List<DocumentSummary> documents(Connection db, int limit) throws SQLException {
        List<DocumentSummary> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT id, title, outlet, url, published, n_events, n_claims"
                + " FROM document ORDER BY stored_at DESC, id")) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next())
                    out.add(new DocumentSummary(rs.getString("id"), rs.getString("title"), rs.getString("outlet"),
                            rs.getString("url"), Columns.localDate(rs, "published"), rs.getInt("n_events"), rs.getInt("n_claims")));
            }
        }
        return out;
    }

    static List<Relation> relations(Connection db) throws SQLException {
        List<Relation> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + actor("a") + ", " + actor("b") + ", kind, " + EVIDENCE
                     + " FROM relation ORDER BY document_id, seq")) {
            while (rs.next()) {
                Actor a = Columns.actor(rs, "a"), b = Columns.actor(rs, "b");
                if (a != null && b != null) out.add(new Relation(a, b, rs.getString("kind"), Columns.evidence(rs)));
            }
        }
        return out;
    }

    static List<StoredQuote> quotes(Connection db) throws SQLException {
        List<StoredQuote> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT document_id, id, " + actor("s") + ", quote_text, q_start, q_end, "
                     + EVIDENCE + " FROM quote ORDER BY document_id, seq")) {
            while (rs.next())
                out.add(new StoredQuote(rs.getString("document_id"), new Quote(rs.getString("id"), Columns.actor(rs, "s"),
                        rs.getString("quote_text"), rs.getInt("q_start"), rs.getInt("q_end"), Columns.evidence(rs))));
        }
        return out;
    }

    static void addToken(Connection db, TokenHash t) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO api_token (label, salt, token_hash, created_at)"
                + " VALUES (?, ?, ?, ?)")) {
            ps.setString(1, t.label());
            ps.setString(2, t.salt());
            ps.setString(3, t.hash());
            ps.setTimestamp(4, Timestamp.from(t.created()));
            ps.executeUpdate();
        }
    }

    static List<TokenHash> tokens(Connection db) throws SQLException {
        List<TokenHash> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT label, salt, token_hash, created_at FROM api_token ORDER BY id")) {
            while (rs.next())
                out.add(new TokenHash(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
        }
        return out;
    }

    static List<Review> allReviews(Connection db) throws SQLException {
        List<Review> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, event_id, field, review_value, reviewer, reviewed_at FROM review ORDER BY id")) {
            while (rs.next())
                out.add(new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
        }
        return out;
    }
}
