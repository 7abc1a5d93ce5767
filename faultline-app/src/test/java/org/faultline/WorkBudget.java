package org.faultline;

import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz targets' check that work is bounded: one call must fit a time budget. A call over budget is timed once more
 * before it fails, because the first call to reach new code also loads and instruments classes (seconds under Jazzer).
 */
public final class WorkBudget {
    private WorkBudget() {}

    /** Two seconds, and a millisecond more per unit of input (character or byte). */
    public static long nanosFor(int inputLength) {
        return 2_000_000_000L + 1_000_000L * inputLength;
    }

    public static <T> T within(int inputLength, String what, Supplier<T> call) {
        long budget = nanosFor(inputLength);
        long t0 = System.nanoTime();
        T result = call.get();
        if (System.nanoTime() - t0 <= budget) return result;
        long t1 = System.nanoTime();
        result = call.get();
        long took = System.nanoTime() - t1;
        assertTrue(took <= budget, what + " took " + took / 1_000_000 + " ms (twice over budget) for an input of " + inputLength);
        return result;
    }
}
