package org.faultline;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says in the build log why tests were skipped. JUnit keeps an assumption's message in the XML report only, and the
 * build sends test output to files, so this writes one line per test class and reason to the test JVM's own standard
 * error, which Surefire copies into the Maven log:
 * {@code [skipped] PostgresStoreTest, 19 tests: FAULTLINE_PG_URL is not set: ...}. Registered for every test class by
 * {@code junit-platform.properties} (extension auto-detection).
 */
public final class SkipReasons implements TestWatcher, AfterAllCallback {
    private static final PrintStream LOG = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    private static final Map<Class<?>, Map<String, Integer>> SKIPPED = new ConcurrentHashMap<>();

    private static void count(ExtensionContext context, String reason) {
        SKIPPED.computeIfAbsent(context.getRequiredTestClass(), c -> new TreeMap<>())
                .merge(reason == null || reason.isBlank() ? "(no reason given)" : reason, 1, Integer::sum);
    }

    private static String reason(Throwable t) {
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.startsWith("Assumption failed: ") ? m.substring("Assumption failed: ".length()) : m;
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        count(context, reason(cause));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        count(context, reason.orElse(null));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName();
        Optional<Throwable> classFailure = context.getExecutionException();
        if (classFailure.isPresent() && classFailure.get() instanceof TestAbortedException)
            LOG.println("[skipped] " + name + ", every test: " + reason(classFailure.get()));
        Map<String, Integer> reasons = SKIPPED.remove(context.getRequiredTestClass());
        if (reasons == null) return;
        synchronized (LOG) {
            reasons.forEach((reason, n) -> LOG.println("[skipped] " + name + ", " + n + (n == 1 ? " test: " : " tests: ") + reason));
        }
    }
}
