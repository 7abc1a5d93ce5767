package org.faultline.store;

import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.Relation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.faultline.store.Columns.CITATION;
import static org.faultline.store.Columns.EVENT;
import static org.faultline.store.Columns.EVIDENCE;
import static org.faultline.store.Columns.PLACE;
import static org.faultline.store.Columns.actor;
import static org.faultline.store.Columns.marks;

/** Writes the rows of one document; the caller owns the transaction. */
final class DocumentWriter {
    static final String REPORT_INSERT = "INSERT INTO report (document_id, id, " + EVENT + ", " + actor("rep") + ", "
            + CITATION + ", status, " + EVIDENCE + ", incident) VALUES ("
            + marks(2 + 3 + 10 + 5 + 9 + 1 + 5 + 4 + 1 + 4 + 1) + ")";

    private DocumentWriter() {}

    static final String DOCUMENT_INSERT = "INSERT INTO document (id, source_name, outlet, title, url, "
            + "published, published_how, body, n_events, n_claims, n_quotes, n_places, n_citations, n_relations, "
            + "stored_at) VALUES (" + marks(15) + ")";
    static final String CLAIM_INSERT = "INSERT INTO claim (document_id, id, " + actor("c")
            + ", stance, claim_text, about_event, contradicts, " + CITATION + ", status, " + EVIDENCE
            + ") VALUES (" + marks(2 + 5 + 4 + 4 + 1 + 4) + ")";
    static final String QUOTE_INSERT = "INSERT INTO quote (document_id, seq, id, " + actor("s")
            + ", quote_text, q_start, q_end, " + EVIDENCE + ") VALUES (" + marks(3 + 5 + 3 + 4) + ")";
    static final String PLACE_INSERT = "INSERT INTO place (document_id, seq, " + PLACE + ") VALUES (" + marks(2 + 9) + ")";
    static final String CITATION_INSERT = "INSERT INTO citation (document_id, seq, " + CITATION
            + ", " + EVIDENCE + ") VALUES (" + marks(2 + 4 + 4) + ")";
    static final String RELATION_INSERT = "INSERT INTO relation (document_id, seq, " + actor("a")
            + ", " + actor("b") + ", kind, " + EVIDENCE + ") VALUES (" + marks(2 + 5 + 5 + 1 + 4) + ")";

    /**
     * Inserts the document's rows.
     *
     * @throws ColumnLimits.TooLong when a text is longer than its column allows (nothing is then to be committed)
     */
    static void insert(Connection db, Document d, ColumnLimits limits) throws SQLException {
        Article a = d.article();
        try (PreparedStatement ps = db.prepareStatement(DOCUMENT_INSERT)) {
            new Columns.Binder(ps, DOCUMENT_INSERT, limits).str(a.id()).str(a.source()).str(a.outlet()).str(a.title()).str(a.url())
                    .date(a.published()).str(a.publishedSource()).str(a.text())
                    .integer(distinctEvents(d)).integer(distinctClaims(d)).integer(d.quotes().size())
                    .integer(d.places().size()).integer(d.citations().size()).integer(d.relations().size());
            ps.setTimestamp(15, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        if (!d.events().isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement(REPORT_INSERT)) {
                Set<String> seen = new HashSet<>();
                for (Event e : d.events()) {
                    if (!seen.add(e.id())) continue;
                    new Columns.Binder(ps, REPORT_INSERT, limits).str(a.id()).str(e.id()).partialDate(e.date()).actor(e.actor1()).actor(e.actor2())
                            .str(e.cameo()).str(e.root()).str(e.plover()).str(e.acledType()).str(e.acledSubType())
                            .place(e.location()).integer(e.fatalities()).actor(e.reportedBy()).citation(e.citation())
                            .str(e.status().label()).evidence(e.evidence()).str(e.incident());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        MentionRows.insert(db, d, limits);
        if (!d.claims().isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement(CLAIM_INSERT)) {
                Set<String> seen = new HashSet<>();
                for (Claim c : d.claims()) {
                    if (!seen.add(c.id())) continue;
                    new Columns.Binder(ps, CLAIM_INSERT, limits).str(a.id()).str(c.id()).actor(c.claimant()).str(c.stance()).str(c.text())
                            .str(c.aboutEvent()).str(c.contradicts()).citation(c.citation())
                            .str(c.status() == null ? null : c.status().label()).evidence(c.evidence());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!d.quotes().isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement(QUOTE_INSERT)) {
                int seq = 0;
                for (Quote q : d.quotes()) {
                    new Columns.Binder(ps, QUOTE_INSERT, limits).str(a.id()).integer(seq++).str(q.id()).actor(q.speaker()).str(q.text())
                            .integer(q.start()).integer(q.end()).evidence(q.evidence());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!d.places().isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement(PLACE_INSERT)) {
                int seq = 0;
                for (Place p : d.places()) {
                    new Columns.Binder(ps, PLACE_INSERT, limits).str(a.id()).integer(seq++).place(p);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!d.citations().isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement(CITATION_INSERT)) {
                int seq = 0;
                for (Citation c : d.citations()) {
                    new Columns.Binder(ps, CITATION_INSERT, limits).str(a.id()).integer(seq++).citation(c).evidence(c.evidence());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!d.relations().isEmpty()) {
            try (PreparedStatement ps = db.prepareStatement(RELATION_INSERT)) {
                int seq = 0;
                for (Relation r : d.relations()) {
                    new Columns.Binder(ps, RELATION_INSERT, limits).str(a.id()).integer(seq++).actor(r.a()).actor(r.b()).str(r.kind())
                            .evidence(r.evidence());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    static int distinctEvents(Document d) {
        return (int) d.events().stream().map(Event::id).distinct().count();
    }

    static int distinctClaims(Document d) {
        return (int) d.claims().stream().map(Claim::id).distinct().count();
    }
}
