package org.faultline.cli;

import org.faultline.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.faultline.cli.StoreCommandsTest.run;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13: the PostgreSQL login outside the URL, as the PostgreSQL tools take it: --db-user / PGUSER, and the
 * password from --db-password-file, PGPASSWORD or a password file (PGPASSFILE, ~/.pgpass). Against the running
 * PostgreSQL (FAULTLINE_PG_URL, _USER, _PASSWORD); skipped without it. The pgpass file is a temporary one named by the
 * driver's system property, never the real ~/.pgpass.
 */
class StoreLoginTest {
    private static final String URL = System.getenv("FAULTLINE_PG_URL");
    private static final String USER = System.getenv("FAULTLINE_PG_USER");
    private static final String PASSWORD = System.getenv("FAULTLINE_PG_PASSWORD");
    /** The PostgreSQL JDBC driver reads the password file this property names before PGPASSFILE and ~/.pgpass. */
    private static final String PGPASSFILE_PROPERTY = "org.postgresql.pgpassfile";

    @TempDir
    Path dir;
    private String savedPgpass;

    private static void needPostgres() {
        assumeTrue(URL != null && !URL.isBlank() && USER != null && PASSWORD != null,
                "FAULTLINE_PG_URL/_USER/_PASSWORD are not set: skipping the PostgreSQL login tests");
    }

    @BeforeEach
    void noRealPgpass() throws IOException {
        savedPgpass = System.getProperty(PGPASSFILE_PROPERTY);
        // an empty password file unless a test writes one, so the real ~/.pgpass is never read
        System.setProperty(PGPASSFILE_PROPERTY, Files.writeString(dir.resolve("empty.pgpass"), "").toString());
    }

    @AfterEach
    void restore() {
        if (savedPgpass == null) System.clearProperty(PGPASSFILE_PROPERTY);
        else System.setProperty(PGPASSFILE_PROPERTY, savedPgpass);
    }

    @Test
    void pgUserAndPgPasswordAreNotReadForAnotherDatabase() {
        IngestCommand.StoreOptions h2 = new IngestCommand.StoreOptions();
        h2.db = "jdbc:h2:" + dir.resolve("other").toAbsolutePath();
        h2.env = Map.of("PGUSER", "someone", "PGPASSWORD", "secret");
        assertNull(h2.user());
        assertNull(h2.password());
        assertEquals(0, documents(h2));
    }

    private static IngestCommand.StoreOptions options(Map<String, String> env) {
        IngestCommand.StoreOptions o = new IngestCommand.StoreOptions();
        o.db = URL;
        o.env = env;
        return o;
    }

    private static String hostPortDb() {
        URI u = URI.create(URL.substring("jdbc:".length()));
        return u.getHost() + ":" + (u.getPort() < 0 ? 5432 : u.getPort()) + ":" + u.getPath().substring(1);
    }

    private static long documents(IngestCommand.StoreOptions o) {
        try (Store s = o.open()) {
            return s.counts().documents();
        }
    }

    @Test
    void thePasswordComesFromAPasswordFileOnTheCommandLine() throws IOException {
        needPostgres();
        Path file = Files.writeString(dir.resolve("password"), PASSWORD + "\n");
        StoreCommandsTest.Run ok = run("events", "--db", URL, "--db-user", USER, "--db-password-file", file.toString());
        assertEquals(0, ok.code(), ok.err());

        Path wrong = Files.writeString(dir.resolve("wrong"), "not-" + PASSWORD + "\n");
        StoreCommandsTest.Run refused = run("events", "--db", URL, "--db-user", USER, "--db-password-file", wrong.toString());
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("password authentication failed"), refused.err());
        assertFalse(refused.err().contains(PASSWORD), "the password is never printed");

        StoreCommandsTest.Run missing = run("events", "--db", URL, "--db-user", USER, "--db-password-file",
                dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("password file '" + dir.resolve("nowhere") + "' does not exist"), missing.err());

        StoreCommandsTest.Run withoutDb = run("events", "--data", dir.resolve("h2").toString(), "--db-password-file", file.toString());
        assertEquals(1, withoutDb.code());
        assertTrue(withoutDb.err().contains("need --db"), withoutDb.err());
    }

    @Test
    void userAndPasswordComeFromPgUserAndPgPassword() {
        needPostgres();
        assertTrue(documents(options(Map.of("PGUSER", USER, "PGPASSWORD", PASSWORD))) >= 0);
        IngestCommand.StoreOptions wrong = options(Map.of("PGUSER", USER, "PGPASSWORD", "not-" + PASSWORD));
        RuntimeException e = assertThrows(RuntimeException.class, () -> documents(wrong));
        assertTrue(e.getMessage().contains("password authentication failed for user \"" + USER + "\""), e.getMessage());
        IngestCommand.StoreOptions option = options(Map.of("PGUSER", "nobody-" + USER, "PGPASSWORD", PASSWORD));
        option.dbUser = USER;
        assertTrue(documents(option) >= 0, "--db-user wins over PGUSER");
    }

    @Test
    void thePasswordComesFromAPgpassFileWithWildcards() throws IOException {
        needPostgres();
        IngestCommand.StoreOptions o = options(Map.of("PGUSER", USER));
        RuntimeException none = assertThrows(RuntimeException.class, () -> documents(o), "no password anywhere");
        assertFalse(none.getMessage().contains(PASSWORD));

        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "# host:port:database:user:password\n"
                + "otherhost:5432:*:" + USER + ":not-this-one\n"
                + hostPortDb().replaceFirst(":[^:]*$", ":*") + ":" + USER + ":" + PASSWORD.replace(":", "\\:") + "\n");
        System.setProperty(PGPASSFILE_PROPERTY, pgpass.toString());
        assertTrue(documents(o) >= 0, "the password file's line for this host and port, any database");

        Files.writeString(pgpass, "*:*:*:" + USER + ":not-" + PASSWORD + "\n");
        RuntimeException wrong = assertThrows(RuntimeException.class, () -> documents(o));
        assertTrue(wrong.getMessage().contains("password authentication failed"), wrong.getMessage());

        IngestCommand.StoreOptions env = options(Map.of("PGUSER", USER, "PGPASSWORD", PASSWORD));
        assertTrue(documents(env) >= 0, "PGPASSWORD comes before the password file, as for psql");
    }
}
