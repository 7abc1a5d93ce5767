package org.faultline.store;

import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * One embedded store, several processes at once (H2's automatic mixed mode): real child JVMs open a store that does
 * not exist yet at the same instant, so they race to create and migrate it, and then write into it side by side.
 */
class SharedStoreTest {
    private static final long SEED = 23;
    private static final int ARTICLES = 90;

    @Test
    void processesThatOpenANewStoreAtOnceMigrateItOnceAndAllWriteIntoIt(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        long start = System.currentTimeMillis() + 4000;   // time for the JVMs to start, so that they open together
        int[][] ranges = {{0, 40}, {25, 65}, {50, 90}};
        List<Process> children = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        try {
            for (int[] r : ranges) {
                Path log = dir.resolve("child-" + r[0] + ".log");
                logs.add(log);
                children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), SharedStoreChild.class.getName(), data.toString(),
                        Long.toString(SEED), Integer.toString(ARTICLES), Integer.toString(r[0]), Integer.toString(r[1]),
                        Long.toString(start))
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start());
            }
            int storedByChildren = 0;
            for (int i = 0; i < children.size(); i++) {
                Process c = children.get(i);
                assertTrue(c.waitFor(240, TimeUnit.SECONDS), "child " + i + " did not finish");
                String said = Files.readString(logs.get(i), StandardCharsets.UTF_8);
                assertEquals(0, c.exitValue(), "child " + i + " said:\n" + said);
                var m = java.util.regex.Pattern.compile("stored (\\d+);").matcher(said);
                assertTrue(m.find(), said);
                storedByChildren += Integer.parseInt(m.group(1));
            }
            assertEquals(ARTICLES, storedByChildren, "each document was stored by exactly one child");
        } finally {
            for (Process c : children) if (c.isAlive()) {
                c.destroyForcibly();
                c.waitFor(60, TimeUnit.SECONDS);
            }
        }
        List<GeneratedArticle> corpus = CorpusGenerator.generate(SEED, ARTICLES).articles();
        try (Store store = Store.open(null, data)) {
            StoreCounts n = store.counts();
            assertEquals(ARTICLES, n.documents());
            assertEquals(List.of(), store.incompleteDocuments());
            assertEquals(corpus.stream().mapToLong(g -> g.expected().events().size()).sum(), n.reports());
            for (GeneratedArticle g : corpus) assertTrue(store.contains(g.expected().article().id()), g.expected().article().id());
        }
        // the schema was migrated once: each Flyway version applied once, successfully
        try (Connection c = DriverManager.getConnection(url(data), login());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"version\"), SUM(CASE WHEN \"success\" THEN 1 ELSE 0 END) "
                     + "FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 1, "migrations applied");
            assertEquals(rs.getInt(1), rs.getInt(2), "no version applied twice");
            assertEquals(rs.getInt(1), rs.getInt(3), "every migration succeeded");
        }
    }

    @Test
    void aStoreOpenInOneProcessIsReadAndWrittenByAnother(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<GeneratedArticle> corpus = CorpusGenerator.generate(SEED, 30).articles();
        try (Store mine = Store.open(null, data)) {
            for (GeneratedArticle g : corpus.subList(0, 10)) mine.put(g.expected());
            // this JVM holds the database; the child reaches it through this process's loopback server
            Properties lock = new Properties();
            try (var in = Files.newInputStream(data.resolve("faultline.lock.db"))) {
                lock.load(in);
            }
            String server = lock.getProperty("server", "");
            assertTrue(server.startsWith("localhost:") || server.startsWith("127.0.0.1:"),
                    "the mixed-mode server listens on loopback only: " + lock);
            if (PrivateFiles.posix(data))
                assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(data.resolve("faultline.lock.db"))), "the lock file holds the server's key");
            Path log = dir.resolve("child.log");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SharedStoreChild.class.getName(), data.toString(),
                    Long.toString(SEED), "30", "5", "30", "0")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertTrue(child.waitFor(240, TimeUnit.SECONDS), "the child did not finish");
            } finally {
                if (child.isAlive()) child.destroyForcibly();
            }
            String said = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, child.exitValue(), said);
            assertTrue(said.contains("stored 20; the store holds 30"), said);
            assertEquals(30, mine.counts().documents(), "this process sees the child's documents");
            assertEquals(List.of(), mine.incompleteDocuments());
        }
    }

    /** The process serving the store exits normally, or is killed (kill -9: its lock file is left behind, stale). */
    @ParameterizedTest(name = "killed: {0}")
    @ValueSource(booleans = {false, true})
    void whenTheProcessServingTheStoreGoesAwayAnotherTakesItOverWithoutLosingAWrite(boolean killed, @TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        List<GeneratedArticle> corpus = CorpusGenerator.generate(SEED, 60).articles();
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SharedStoreChild.class.getName(), data.toString(),
                Long.toString(SEED), "60", "0", "5", "0", "hold")
                .redirectErrorStream(true).start();
        try {
            var said = new java.io.BufferedReader(new java.io.InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
            String line = said.readLine();
            assertNotNull(line, "the owner said nothing");
            assertTrue(line.startsWith("stored 5;"), line);
            try (Store mine = Store.open(null, data)) {   // a client of the owner's server
                int stored = 0;
                for (int i = 5; i < 60; i++) {
                    if (i == 20 && killed) owner.destroyForcibly();
                    else if (i == 20) owner.getOutputStream().close();   // the owner closes its store and exits meanwhile
                    if (mine.put(corpus.get(i).expected())) stored++;
                }
                assertTrue(owner.waitFor(60, TimeUnit.SECONDS), "the owner did not exit");
                assertEquals(killed ? 137 : 0, owner.exitValue());
                assertEquals(55, stored, "every write went in, before, during and after the handover");
                assertEquals(60, mine.counts().documents());
                assertEquals(List.of(), mine.incompleteDocuments());
            }
        } finally {
            if (owner.isAlive()) {
                owner.destroyForcibly();
                owner.waitFor(60, TimeUnit.SECONDS);
            }
        }
    }

    /** A handover H2 reports as a general error: the closed store's code is read from the message's "[version/code]". */
    @Test
    void theStoreErrorCodeIsReadFromAGeneralErrorsMessage() {
        assertEquals(4, Store.storeErrorCode("General error: \"org.h2.mvstore.MVStoreException: Transaction 7 is closed"
                + " [2.3.232/4]\"; SQL statement:\nINSERT INTO x VALUES (?) [50000-232]"));
        assertEquals(103, Store.storeErrorCode("General error: \"org.h2.mvstore.MVStoreException: Transaction 2 has status"
                + " ROLLED_BACK [2.3.232/103]\""));
        assertEquals(-1, Store.storeErrorCode("General error: \"java.lang.IllegalStateException: bad [1.0/4]\""));
        assertEquals(-1, Store.storeErrorCode("Unique index or primary key violation [23505-232]"));
        assertEquals(-1, Store.storeErrorCode(null));
    }

    private static String url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve(PrivateFiles.H2_NAME) + Store.SHARED;
    }

    private static Properties login() throws IOException {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return p;
    }
}
