package org.faultline.api;

import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;

/**
 * Bounds the articles the server holds at once. At most {@code workers} run through the pipeline; at most
 * {@code queue} more wait, their bodies read; any request beyond that is refused (503 with Retry-After) before
 * its body is read. So a client, however fast it sends, never makes the server hold more than
 * {@code workers + queue} bodies.
 */
final class IngestGate {
    private final int workers, queue;
    private final Semaphore admitted;
    private final Semaphore running;
    /** A running mean of seconds per article, for Retry-After; a cold pipeline takes a while to load. */
    private volatile double secondsPerArticle = 5;

    IngestGate(int workers, int queue) {
        if (workers < 1) throw new IllegalArgumentException("ingest workers " + workers + " is not 1 or more");
        if (queue < 0) throw new IllegalArgumentException("ingest queue " + queue + " is negative");
        this.workers = workers;
        this.queue = queue;
        this.admitted = new Semaphore(workers + queue);
        this.running = new Semaphore(workers, true);
    }

    /** A place, to be closed when the request ends, or null when every place is taken. */
    Ticket enter() {
        return admitted.tryAcquire() ? new Ticket() : null;
    }

    /** Seconds a refused client should wait: about the time the work held now takes. */
    long retryAfterSeconds() {
        double s = secondsPerArticle * (workers + queue) / workers;
        return Math.max(1, Math.min(300, Math.round(Math.ceil(s))));
    }

    int capacity() {
        return workers + queue;
    }

    /** Requests holding a place now. */
    int held() {
        return capacity() - admitted.availablePermits();
    }

    /** One admitted request. */
    final class Ticket implements AutoCloseable {
        private boolean closed;

        /** Runs {@code work} once a worker is free (waiting in order of arrival). */
        <T> T run(Callable<T> work) throws Exception {
            running.acquire();
            long started = System.nanoTime();
            try {
                return work.call();
            } finally {
                running.release();
                double s = (System.nanoTime() - started) / 1e9;
                secondsPerArticle = 0.8 * secondsPerArticle + 0.2 * s;
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            admitted.release();
        }
    }
}
