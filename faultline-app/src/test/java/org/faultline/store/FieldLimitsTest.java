package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.Article;
import org.faultline.model.Document;
import org.faultline.model.EventStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.faultline.store.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13: a value longer than its column is refused with the field and the limit, never with the database's message
 * and the INSERT statement; the rest of the batch is stored. On H2, and on PostgreSQL when FAULTLINE_PG_URL is set.
 */
class FieldLimitsTest {
    @TempDir
    Path dir;

    private Store open(String db) {
        if (db.equals("h2")) return Store.open(null, dir.resolve("data"));
        String url = System.getenv("FAULTLINE_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "FAULTLINE_PG_URL is not set: skipping PostgreSQL");
        Store s = Store.connect(url, System.getenv("FAULTLINE_PG_USER"), System.getenv("FAULTLINE_PG_PASSWORD"));
        s.clear();
        return s;
    }

    /** Every VARCHAR(n) column the migrations declare, as "table.column" to n. */
    static Map<String, Integer> declaredInMigrations() throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        Pattern create = Pattern.compile("(?is)CREATE TABLE (\\w+)\\s*\\((.*?)\\n\\);");
        Pattern column = Pattern.compile("(?i)(\\w+)\\s+VARCHAR\\((\\d+)\\)");
        Pattern alter = Pattern.compile("(?i)ALTER TABLE (\\w+) ADD COLUMN (\\w+) VARCHAR\\((\\d+)\\)");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/db/migration"))) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no migrations found");
        for (Path f : files) {
            String sql = Files.readString(f).replaceAll("--[^\\n]*", "");
            Matcher t = create.matcher(sql);
            while (t.find()) {
                Matcher c = column.matcher(t.group(2));
                while (c.find()) out.put((t.group(1) + "." + c.group(1)).toLowerCase(Locale.ROOT), Integer.parseInt(c.group(2)));
            }
            Matcher a = alter.matcher(sql);
            while (a.find()) out.put((a.group(1) + "." + a.group(2)).toLowerCase(Locale.ROOT), Integer.parseInt(a.group(3)));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theLimitsAreTheMigrationsOwn(String db) throws IOException {
        Map<String, Integer> declared = declaredInMigrations();
        assertEquals(128, declared.get("document.id"));
        assertEquals(1000, declared.get("document.outlet"));
        try (Store s = open(db)) {
            Map<String, Integer> read = new TreeMap<>(s.columnLimits().all());
            read.keySet().removeIf(k -> k.startsWith("flyway_schema_history."));
            assertEquals(declared, read);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anOverLongFieldIsNamedWithItsLimitAndTheBatchGoesOn(String db) {
        try (Store s = open(db)) {
            Document good = doc("Delta Herald", "2024-04-01").withEvent();
            Document longOutlet = doc("O".repeat(1200), "2024-04-01").withEvent();
            assertEquals(Optional.of("field outlet is 1200 characters, limit 1000"), s.fieldTooLong(longOutlet.article()));
            StoreException e = assertThrows(StoreException.class, () -> s.put(longOutlet));
            assertEquals("field outlet is 1200 characters, limit 1000", e.getMessage());
            assertFalse(s.contains(longOutlet.article().id()));

            Article a = good.article();
            Article longId = new Article("i".repeat(140), "in.jsonl:3", a.text(), a.published(), a.publishedSource(),
                    a.outlet(), a.title(), a.url());
            assertEquals(Optional.of("field id is 140 characters, limit 128"), s.fieldTooLong(longId));
            Document longIdDoc = new Document(longId, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of());
            StoreException idError = assertThrows(StoreException.class, () -> s.put(longIdDoc));
            assertEquals("field id is 140 characters, limit 128", idError.getMessage());
            assertFalse(idError.getMessage().contains("INSERT"));

            // a value the coder made (an actor's name) is refused as well, and nothing of its document is kept
            Document longActor = doc("Epsilon Wire", "2024-04-02").withActorNamed("N".repeat(1001));
            assertEquals(Optional.empty(), s.fieldTooLong(longActor.article()));
            StoreException actorError = assertThrows(StoreException.class, () -> s.put(longActor));
            assertEquals("field report.a1_name is 1001 characters, limit 1000", actorError.getMessage());
            assertFalse(s.contains(longActor.article().id()), "the document row is rolled back with its events");

            assertTrue(s.put(good), "the next document goes in");
            assertEquals(1, s.counts().documents());

            // in a bulk load the others are stored and the refused one is named by its source
            Document other = doc("Zeta Journal", "2024-04-03").withEvent();
            StoreException bulk = assertThrows(StoreException.class, () -> s.putAll(List.of(other, longOutlet)));
            assertTrue(bulk.getMessage().contains("stored 1 of 2 documents"), bulk.getMessage());
            assertTrue(bulk.getMessage().contains(longOutlet.article().source() + ": field outlet is 1200 characters, limit 1000"),
                    bulk.getMessage());
            assertTrue(s.contains(other.article().id()));
            assertEquals(2, s.counts().documents());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLimitCountsUtf16UnitsOnBothDatabases(String db) {
        try (Store s = open(db)) {
            String face = "\uD83D\uDE00";   // one character, two UTF-16 units
            Document fits = doc(face.repeat(495), "2024-04-01").withEvent();   // the citation adds " wire"
            assertEquals(Optional.empty(), s.fieldTooLong(fits.article()));
            assertTrue(s.put(fits));
            assertEquals(face.repeat(495), s.document(fits.article().id()).orElseThrow().article().outlet());
            Document over = doc(face.repeat(501), "2024-04-01").withEvent();
            StoreException e = assertThrows(StoreException.class, () -> s.put(over));
            assertEquals("field outlet is 1002 UTF-16 units (501 characters), limit 1000", e.getMessage());
        }
    }

    /** A one-event document of an outlet (helper over {@link Fixtures#doc}). */
    private static DocOf doc(String outlet, String published) {
        return new DocOf(Fixtures.doc(outlet, published));
    }

    private record DocOf(DocBuilder b) {
        Document withEvent() {
            b.event("Nordland troops shelled Rivertown on Sunday.", "2024-03-31", NORTH_ARMY, SOUTH_ARMY, "195",
                    RIVERTOWN, null, EventStatus.ASSERTED);
            return b.build();
        }

        Document withActorNamed(String name) {
            b.event("Unknown men fired on a checkpoint near Rivertown.", "2024-03-31",
                    new Actor(name, "NOR", "MIL", null, "NORMIL"), SOUTH_ARMY, "190", RIVERTOWN, null, EventStatus.ASSERTED);
            return b.build();
        }
    }
}
