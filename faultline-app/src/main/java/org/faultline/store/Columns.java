package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.Citation;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Typed parameter binding (PostgreSQL wants typed nulls) and the readers that turn rows back into records. */
final class Columns {
    private Columns() {}

    /** A cursor over the parameters of one prepared statement. */
    static final class Binder {
        private final PreparedStatement ps;
        private final ColumnLimits limits;
        private final String[] columns;
        private int i = 1;

        Binder(PreparedStatement ps) {
            this.ps = ps;
            this.limits = null;
            this.columns = null;
        }

        /**
         * A binder that checks each text against the limit of its column in {@code insertSql}.
         *
         * @throws ColumnLimits.TooLong from {@link #str} for a text longer than its column allows
         */
        Binder(PreparedStatement ps, String insertSql, ColumnLimits limits) {
            this.ps = ps;
            this.limits = limits;
            this.columns = limits.parameters(insertSql);
        }

        Binder str(String s) throws SQLException {
            if (limits != null && i <= columns.length) limits.check(columns[i - 1], s);
            if (s == null) ps.setNull(i++, Types.VARCHAR);
            else ps.setString(i++, s);
            return this;
        }

        Binder integer(Integer n) throws SQLException {
            if (n == null) ps.setNull(i++, Types.INTEGER);
            else ps.setInt(i++, n);
            return this;
        }

        Binder dbl(Double d) throws SQLException {
            if (d == null) ps.setNull(i++, Types.DOUBLE);
            else ps.setDouble(i++, d);
            return this;
        }

        Binder date(LocalDate d) throws SQLException {
            if (d == null) ps.setNull(i++, Types.DATE);
            else ps.setDate(i++, Date.valueOf(d));
            return this;
        }

        Binder bool(boolean b) throws SQLException {
            ps.setBoolean(i++, b);
            return this;
        }

        Binder actor(Actor a) throws SQLException {
            return a == null ? str(null).str(null).str(null).str(null).str(null)
                    : str(a.name()).str(a.country()).str(a.sector()).str(a.org()).str(a.code());
        }

        Binder place(Place p) throws SQLException {
            if (p == null)
                return str(null).str(null).str(null).str(null).dbl(null).dbl(null).str(null).integer(null).str(null);
            return str(p.name()).str(p.canonical()).str(p.country()).str(p.admin1()).dbl(p.lat()).dbl(p.lon())
                    .str(p.feature()).integer(p.precision()).str(p.aliases().isEmpty() ? null : String.join("|", p.aliases()));
        }

        Binder citation(Citation c) throws SQLException {
            return c == null ? str(null).str(null).integer(null).integer(null)
                    : str(c.outlet()).str(c.date() == null ? null : c.date().toString()).integer(c.start()).integer(c.end());
        }

        Binder evidence(Evidence e) throws SQLException {
            return e == null ? integer(null).integer(null).integer(null).str(null)
                    : integer(e.sentenceIndex()).integer(e.start()).integer(e.end()).str(e.text());
        }

        Binder partialDate(PartialDate d) throws SQLException {
            return str(d == null ? null : d.toString()).date(first(d)).date(last(d));
        }
    }

    static final String ACTOR = "%1$s_name, %1$s_country, %1$s_sector, %1$s_org, %1$s_code";
    static final String PLACE = "pl_name, pl_canonical, pl_country, pl_admin1, pl_lat, pl_lon, pl_feature, pl_precision, pl_aliases";
    static final String CITATION = "cit_outlet, cit_date, cit_start, cit_end";
    static final String EVIDENCE = "ev_sentence, ev_start, ev_end, ev_text";
    /** The event columns shared by report and merged_event, in Binder order after id. */
    static final String EVENT = "event_date, date_first, date_last, " + actor("a1") + ", " + actor("a2")
            + ", cameo, root, plover, acled_type, acled_sub_type, " + PLACE + ", fatalities";

    static String actor(String prefix) {
        return String.format(Locale.ROOT, ACTOR, prefix);
    }

    static String prefixed(String alias, String columns) {
        return Arrays.stream(columns.split(",\\s*")).map(c -> alias + "." + c).reduce((a, b) -> a + ", " + b).orElse("");
    }

    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    static LocalDate first(PartialDate d) {
        return d == null ? null : d.firstDay();
    }

    static LocalDate last(PartialDate d) {
        if (d == null) return null;
        LocalDate f = d.firstDay();
        return switch (d.precision()) {
            case 1 -> f;
            case 2 -> f.withDayOfMonth(f.lengthOfMonth());
            default -> f.withDayOfYear(f.lengthOfYear());
        };
    }

    // ---- readers

    static Actor actor(ResultSet rs, String prefix) throws SQLException {
        String name = rs.getString(prefix + "_name");
        String code = rs.getString(prefix + "_code");
        if (name == null && code == null) return null;
        return new Actor(name == null ? code : name, rs.getString(prefix + "_country"), rs.getString(prefix + "_sector"),
                rs.getString(prefix + "_org"), code);
    }

    static Place place(ResultSet rs) throws SQLException {
        String name = rs.getString("pl_name");
        if (name == null) return null;
        String aliases = rs.getString("pl_aliases");
        return new Place(name, rs.getString("pl_canonical"), rs.getString("pl_country"), rs.getString("pl_admin1"),
                rs.getDouble("pl_lat"), rs.getDouble("pl_lon"), rs.getString("pl_feature"), rs.getInt("pl_precision"),
                aliases == null ? List.of() : List.of(aliases.split("\\|")));
    }

    static Evidence evidence(ResultSet rs) throws SQLException {
        String text = rs.getString("ev_text");
        if (text == null) return null;
        return new Evidence(rs.getInt("ev_sentence"), rs.getInt("ev_start"), rs.getInt("ev_end"), text);
    }

    static Citation citation(ResultSet rs, Evidence evidence) throws SQLException {
        String outlet = rs.getString("cit_outlet");
        if (outlet == null) return null;
        String d = rs.getString("cit_date");
        return new Citation(outlet, d == null ? null : PartialDate.parse(d), rs.getInt("cit_start"), rs.getInt("cit_end"), evidence);
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static EventStatus status(String label) {
        return label == null ? null : EventStatus.valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** A report or merged_event row as an Event; reporter and citation only where the row has them. */
    static Event event(ResultSet rs, String id, boolean withReporter) throws SQLException {
        Evidence ev = evidence(rs);
        String d = rs.getString("event_date");
        return new Event(id, d == null ? null : PartialDate.parse(d), actor(rs, "a1"), actor(rs, "a2"),
                rs.getString("cameo"), rs.getString("plover"), rs.getString("acled_type"), rs.getString("acled_sub_type"),
                place(rs), nullableInt(rs, "fatalities"), withReporter ? actor(rs, "rep") : null,
                withReporter ? citation(rs, ev) : null, status(rs.getString("status")), ev);
    }

    /** A report row, read with its incident column, as the event coded from its document (mentions and why apart). */
    static Event report(ResultSet rs, String id) throws SQLException {
        Event e = event(rs, id, true);
        String incident = rs.getString("incident");
        return incident == null ? e : e.withIncident(incident);   // stored before V4: the event is its own incident
    }
}
