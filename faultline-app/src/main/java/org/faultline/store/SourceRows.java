package org.faultline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.faultline.store.Columns.actor;
import static org.faultline.store.Columns.prefixed;

/**
 * The rows the analyses of sources read: who reports and who claims what (with the merged view's event and contest of
 * each), and every place of several names as the documents write it, with the text around it and whose voice it is.
 * Plain reads of the report-level tables and the merged view: nothing is stored for them.
 */
final class SourceRows {
    private SourceRows() {}

    /** Reports that name a reporter or a cited outlet, or give a toll (another report's figure is compared with it). */
    static List<ReportSource> reports(Connection db) throws SQLException {
        List<ReportSource> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT r.document_id, r.id, mr.merged_id, d.published, " + prefixed("r", actor("rep"))
                     + ", r.cit_outlet, r.cit_date, r.fatalities FROM report r JOIN document d ON d.id = r.document_id"
                     + " LEFT JOIN merged_report mr ON mr.document_id = r.document_id AND mr.report_id = r.id"
                     + " WHERE r.rep_name IS NOT NULL OR r.rep_code IS NOT NULL OR r.cit_outlet IS NOT NULL OR r.fatalities IS NOT NULL")) {
            while (rs.next())
                out.add(new ReportSource(rs.getString(1), rs.getString(2), rs.getString(3), Columns.localDate(rs, "published"),
                        Columns.actor(rs, "rep"), rs.getString("cit_outlet"), rs.getString("cit_date"),
                        Columns.nullableInt(rs, "fatalities")));
        }
        return out;
    }

    /** Every claim and denial, with its merged event and, for a contested assertion, what contests it. */
    static List<ClaimSource> claims(Connection db) throws SQLException {
        List<ClaimSource> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.document_id, c.id, mc.merged_id, d.published, " + prefixed("c", actor("c"))
                     + ", c.cit_outlet, c.cit_date, c.stance, c.about_event, c.contradicts, mc.contested_by"
                     + " FROM claim c JOIN document d ON d.id = c.document_id"
                     + " LEFT JOIN merged_claim mc ON mc.document_id = c.document_id AND mc.claim_id = c.id")) {
            while (rs.next())
                out.add(new ClaimSource(rs.getString(1), rs.getString(2), rs.getString(3), Columns.localDate(rs, "published"),
                        Columns.actor(rs, "c"), rs.getString("cit_outlet"), rs.getString("cit_date"), rs.getString("stance"),
                        rs.getString("about_event"), rs.getString("contradicts"), rs.getString("contested_by")));
        }
        return out;
    }

    /**
     * Every mention of a place that has other names, in document and text order. The speaker is found by offsets: a
     * quotation around the name, else an event whose sentence holds it and names its reporter, else a claim whose
     * sentence holds it.
     */
    static List<PlaceNameUse> nameUses(Connection db) throws SQLException {
        int w = PlaceNameUse.WINDOW;
        String inside = " WHERE x.document_id = pm.document_id AND x.%1$s_start <= pm.m_start AND x.%1$s_end >= pm.m_end)";
        List<PlaceNameUse> out = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT pm.document_id, d.outlet, d.published, pm.mention_text, pm.m_start, pm.m_end,"
                     + " p.pl_canonical, p.pl_country, p.pl_aliases,"
                     + " SUBSTRING(d.body, GREATEST(1, pm.m_start + 1 - " + w + "), pm.m_start - GREATEST(0, pm.m_start - " + w + ")) AS before_text,"
                     + " SUBSTRING(d.body, pm.m_end + 1, " + w + ") AS after_text,"
                     + " (SELECT MIN(x.s_country) FROM quote x" + String.format(inside, "q") + " AS q_country,"
                     + " (SELECT MIN(x.rep_country) FROM report x" + String.format(inside, "ev") + " AS r_country,"
                     + " (SELECT MIN(x.c_country) FROM claim x" + String.format(inside, "ev") + " AS c_country"
                     + " FROM place_mention pm JOIN place p ON p.document_id = pm.document_id AND p.seq = pm.place_seq"
                     + " JOIN document d ON d.id = pm.document_id"
                     + " WHERE pm.mention_text IS NOT NULL AND p.pl_aliases IS NOT NULL AND p.pl_aliases <> '' ORDER BY pm.document_id, pm.m_start")) {
            while (rs.next()) {
                String speaker = rs.getString("q_country");
                if (speaker == null) speaker = rs.getString("r_country");
                if (speaker == null) speaker = rs.getString("c_country");
                out.add(new PlaceNameUse(rs.getString(1), rs.getString(2), Columns.localDate(rs, "published"), rs.getString(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), rs.getString(8), List.of(rs.getString(9).split("\\|")),
                        rs.getString("before_text"), rs.getString("after_text"), speaker));
            }
        }
        return out;
    }
}
