package org.faultline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.ingest.Inputs;
import org.faultline.store.Store;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13, no silent loss, through {@code faultline ingest} on a real store (H2, and PostgreSQL when FAULTLINE_PG_URL
 * is set): a JSONL id reused for another text, and fields too long for their columns.
 */
class NoSilentLossTest {
    static final String SHELLING = "Artillery units shelled the outskirts of Greyhaven on Monday, a district official said.";
    static final String CEASEFIRE = "Negotiators for both sides agreed on a three-day truce in the hill country on Tuesday.";
    static final String CONVOY = "A supply convoy was ambushed on the road north of Larkspur on Wednesday, the army said.";

    @TempDir
    Path dir;

    /** The --data or --db arguments of one store. */
    private List<String> storeArgs(String db) {
        if (db.equals("h2")) return List.of("--data", dir.resolve("data").toString());
        return List.of("--db", System.getenv("FAULTLINE_PG_URL"), "--db-user", System.getenv("FAULTLINE_PG_USER"),
                "--db-password-file", passwordFile().toString());
    }

    /** Skips without PostgreSQL; empties its database. */
    private void emptied(String db) {
        if (db.equals("h2")) return;
        String url = System.getenv("FAULTLINE_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "FAULTLINE_PG_URL is not set: skipping PostgreSQL");
        try (Store s = open(db)) {
            s.clear();
        }
    }

    private Path passwordFile() {
        try {
            Path p = dir.resolve("pg-password");
            if (!Files.exists(p)) Files.writeString(p, System.getenv("FAULTLINE_PG_PASSWORD") + "\n");
            return p;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Store open(String db) {
        if (db.equals("h2")) return Store.open(null, dir.resolve("data"));
        return Store.connect(System.getenv("FAULTLINE_PG_URL"), System.getenv("FAULTLINE_PG_USER"), System.getenv("FAULTLINE_PG_PASSWORD"));
    }

    private static String record(Map<String, String> fields) throws IOException {
        return new ObjectMapper().writeValueAsString(fields);
    }

    private static String record(String id, String text) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("text", text);
        return record(m);
    }

    private StoreCommandsTest.Run ingest(String db, Path file) {
        List<String> args = new ArrayList<>(List.of("ingest", "--no-progress"));
        args.addAll(storeArgs(db));
        args.add(file.toString());
        return run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aReusedIdWithAnotherTextIsStoredUnderItsHashWithAWarning(String db) throws IOException {
        emptied(db);
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n", record("r1", SHELLING), record("r1", SHELLING),
                record("r1", CEASEFIRE), record("r2", CONVOY)) + "\n");
        StoreCommandsTest.Run first = ingest(db, in);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("faultline: warning: " + in + ":3: id 'r1' is already stored with another text;"
                + " this text is stored under its content hash " + Inputs.contentId(CEASEFIRE)), first.err());
        assertFalse(first.err().contains(in + ":2"), "the same id with the same text is a quiet duplicate: " + first.err());
        assertTrue(first.out().contains("stored 3 new documents, 1 already stored, 0 skipped"), first.out());
        assertTrue(first.out().contains("1 records reused a stored id with another text"), first.out());
        try (Store s = open(db)) {
            assertEquals(3, s.counts().documents());
            assertEquals(Optional.of(SHELLING), s.text("r1"));
            assertEquals(Optional.of(CEASEFIRE), s.text(Inputs.contentId(CEASEFIRE)));
            assertEquals(Optional.of(CONVOY), s.text("r2"));
        }

        // the same file again: everything is already stored, and nothing is said about it
        StoreCommandsTest.Run again = ingest(db, in);
        assertEquals(0, again.code(), again.err());
        assertEquals("", again.err());
        assertTrue(again.out().contains("stored 0 new documents, 4 already stored, 0 skipped"), again.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void overLongFieldsAreNamedWithLineAndLimitAndTheBatchGoesOn(String db) throws IOException {
        emptied(db);
        Path in = dir.resolve("long.jsonl");
        Map<String, String> longOutlet = new LinkedHashMap<>();
        longOutlet.put("id", "r3");
        longOutlet.put("text", CONVOY);
        longOutlet.put("outlet", "Valley Courier ".repeat(80).strip());
        Map<String, String> longTitle = new LinkedHashMap<>();
        longTitle.put("text", CEASEFIRE);
        longTitle.put("title", "t".repeat(4001));
        Files.writeString(in, String.join("\n", record("r1", SHELLING), record("x".repeat(140), CEASEFIRE),
                record(longOutlet), record(longTitle)) + "\n");
        StoreCommandsTest.Run r = ingest(db, in);
        assertEquals(1, r.code(), "over-long fields make the run fail, after the rest is done");
        assertTrue(r.err().contains("faultline: skipped " + in + ":2: field id is 140 characters, limit 128"), r.err());
        assertTrue(r.err().contains("faultline: skipped " + in + ":3: field outlet is 1199 characters, limit 1000"), r.err());
        assertTrue(r.err().contains("faultline: skipped " + in + ":4: field title is 4001 characters, limit 4000"), r.err());
        assertFalse(r.err().contains("INSERT"), r.err());
        assertTrue(r.out().contains("stored 1 new documents, 0 already stored, 3 skipped"), r.out());
        try (Store s = open(db)) {
            assertEquals(Optional.of(SHELLING), s.text("r1"));
            assertEquals(1, s.counts().documents());
        }
    }
}
