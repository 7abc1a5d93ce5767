package org.faultline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** faultline serve: loopback by default, and its options checked before anything starts. */
class ServeCommandTest {
    @Test
    void listensOnLoopbackByDefaultAndListsItsOptions() {
        MainTest.Result help = MainTest.run("serve", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().contains("default: 127.0.0.1"), help.out());
        for (String option : new String[]{"--allow-host", "--read-token", "--ingest-workers", "--ingest-queue"})
            assertTrue(help.out().contains(option), option + " in " + help.out());
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheValue(@TempDir Path dir) {
        Path data = dir.resolve("data");
        String[][] cases = {
                {"--allow-host", "evil example", "'evil example'"},
                {"--allow-host", "<script>", "'<script>'"},
                {"--ingest-workers", "0", "'0' is not 1 or more"},
                {"--ingest-queue", "-1", "'-1' is negative"},
                {"--port", "70000", "port 70000"}};
        for (String[] c : cases) {
            MainTest.Result r = MainTest.run("serve", "--data", data.toString(), c[0], c[1]);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[2]), String.join(" ", c) + ": " + r.err());
        }
        assertFalse(Files.exists(data), "nothing was opened or created");
    }
}
