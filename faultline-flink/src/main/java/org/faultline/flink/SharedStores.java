package org.faultline.flink;

import org.faultline.store.Store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One store connection per JVM and database, shared by the task slots of a task manager and closed with the last.
 * Store writes are synchronised and idempotent (a document already stored is skipped), so slots share it safely,
 * and an embedded H2 file is never opened twice.
 */
final class SharedStores {
    private static final Map<String, Store> OPEN = new HashMap<>();
    private static final Map<String, Integer> USERS = new HashMap<>();

    private SharedStores() {}

    /** How many stores are open now (for tests: none once a job has ended). */
    static synchronized int open() {
        return OPEN.size();
    }

    /** One database: its URL, or the embedded folder's absolute path. */
    private static String key(String jdbcUrl, String dataDir) {
        return jdbcUrl != null ? jdbcUrl : "h2:" + Path.of(dataDir).toAbsolutePath();
    }

    static synchronized Store acquire(String jdbcUrl, String dataDir) {
        String key = key(jdbcUrl, dataDir);
        Store s = OPEN.get(key);
        if (s == null) {
            s = jdbcUrl != null ? Store.open(jdbcUrl, null) : Store.open(null, Path.of(dataDir), true);
            OPEN.put(key, s);
        }
        USERS.merge(key, 1, Integer::sum);
        return s;
    }

    static synchronized void release(String jdbcUrl, String dataDir) {
        String key = key(jdbcUrl, dataDir);
        int left = USERS.merge(key, -1, Integer::sum);
        if (left <= 0) {
            USERS.remove(key);
            Store s = OPEN.remove(key);
            if (s != null) s.close();
        }
    }
}
