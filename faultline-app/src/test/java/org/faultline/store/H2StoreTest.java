package org.faultline.store;

import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The store suite on the embedded H2 file database, and what only SQL beside the store can see. */
class H2StoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store openEmpty() {
        return Store.open(null, dir.resolve("data"));
    }

    @Override
    protected Store reopen() {
        return Store.open(null, dir.resolve("data"));
    }

    private Connection sql() throws SQLException {
        return DriverManager.getConnection(store.url(), "sa", "");
    }

    @Test
    void eachEventMentionKeepsTheZoneOfItsSentence() throws SQLException {
        Document d = Fixtures.toldThreeTimes();
        store.put(d);
        List<String> rows = new ArrayList<>();
        try (Connection c = sql(); PreparedStatement ps = c.prepareStatement("SELECT report_id, seq, m_sentence, m_zone"
                + " FROM event_mention WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, d.article().id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getString(4));
            }
        }
        String told = d.events().get(0).id();
        assertEquals(List.of(told + " 0 0 headline", told + " 1 4 body"), rows);
    }

    @Test
    void aReportStoredBeforeIncidentsWereKeptIsItsOwnIncident() throws SQLException {
        Document d = Fixtures.toldThreeTimes();
        store.put(d);
        try (Connection c = sql(); PreparedStatement ps = c.prepareStatement("UPDATE report SET incident = NULL")) {
            assertEquals(2, ps.executeUpdate());
        }
        Event told = store.document(d.article().id()).orElseThrow().events().get(0);
        assertEquals(told.id(), told.incident());
        assertEquals(Fixtures.WHY, told.why());
    }
}
