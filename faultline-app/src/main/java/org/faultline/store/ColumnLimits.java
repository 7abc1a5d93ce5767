package org.faultline.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length limit of every bounded text column ({@code VARCHAR(n)} in the Flyway migrations), read from the database's
 * own catalogue when a store opens, so a value too long for its column is refused with the column and the limit
 * ("field outlet is 1200 characters, limit 1000") before the database sees it, and the limits never drift from
 * the migrations.
 */
final class ColumnLimits {
    /** Lengths from here up are the databases' way of saying "no limit" (H2 reports 1e9, PostgreSQL 2^31-1). */
    private static final int UNBOUNDED = 1_000_000;
    private static final Pattern INSERT = Pattern.compile("(?is)\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\).*");

    /** "table.column", lower case, to its limit in characters. */
    private final Map<String, Integer> limits;
    /** Per INSERT statement: the qualified column name of each parameter, in order. */
    private final Map<String, String[]> columnsOf = new ConcurrentHashMap<>();

    private ColumnLimits(Map<String, Integer> limits) {
        this.limits = Map.copyOf(limits);
    }

    /** The limits of the bounded text columns of the connection's current schema. */
    static ColumnLimits read(Connection db) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        DatabaseMetaData md = db.getMetaData();
        try (ResultSet rs = md.getColumns(db.getCatalog(), db.getSchema(), "%", "%")) {
            while (rs.next()) {
                int type = rs.getInt("DATA_TYPE");
                if (type != Types.VARCHAR && type != Types.CHAR && type != Types.NVARCHAR && type != Types.NCHAR) continue;
                int size = rs.getInt("COLUMN_SIZE");
                if (size <= 0 || size >= UNBOUNDED) continue;
                out.put(key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")), size);
            }
        }
        return new ColumnLimits(out);
    }

    /** Every bounded column as "table.column" with its limit. */
    Map<String, Integer> all() {
        return limits;
    }

    /** The limit of {@code table.column}, or null when it has none. */
    Integer of(String table, String column) {
        return limits.get(key(table, column));
    }

    /** The column of each parameter of {@code insertSql} ("INSERT INTO t (a, b) VALUES (?, ?)"), qualified. */
    String[] parameters(String insertSql) {
        return columnsOf.computeIfAbsent(insertSql, sql -> {
            Matcher m = INSERT.matcher(sql);
            if (!m.matches()) throw new IllegalArgumentException("not an INSERT with a column list: " + sql);
            String table = m.group(1);
            String[] columns = m.group(2).split(",");
            String[] out = new String[columns.length];
            for (int i = 0; i < columns.length; i++) out[i] = key(table, columns[i].strip());
            return out;
        });
    }

    /**
     * Checks {@code value} against the limit of {@code qualifiedColumn}. The length is counted in UTF-16 units, as H2
     * counts it (PostgreSQL counts characters, which are never more): a store holds the same values on both.
     *
     * @throws TooLong when it is longer
     */
    void check(String qualifiedColumn, String value) {
        if (value == null) return;
        Integer limit = limits.get(qualifiedColumn);
        if (limit != null && value.length() > limit)
            throw new TooLong(qualifiedColumn, value.length(), value.codePointCount(0, value.length()), limit);
    }

    /** What is wrong with {@code value} for {@code table.column}, or null when it fits. */
    String problem(String table, String column, String value) {
        try {
            check(key(table, column), value);
            return null;
        } catch (TooLong e) {
            return e.getMessage();
        }
    }

    private static String key(String table, String column) {
        return table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT);
    }

    /** A value longer than its column allows; the message names the field and the limit. */
    static final class TooLong extends RuntimeException {
        TooLong(String qualifiedColumn, int units, int chars, int limit) {
            super("field " + (qualifiedColumn.startsWith("document.") ? qualifiedColumn.substring("document.".length()) : qualifiedColumn)
                    + " is " + (units == chars ? chars + " characters" : units + " UTF-16 units (" + chars + " characters)")
                    + ", limit " + limit);
        }
    }
}
