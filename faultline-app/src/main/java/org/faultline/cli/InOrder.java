package org.faultline.cli;

import org.faultline.Faultline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Articles coded on several threads, results handed on in the order the articles were given: the files written, the
 * store's writes and the messages come out as with one thread. Each worker thread codes with a pipeline of its own
 * ({@link Faultline#sibling()}: the models and dictionaries are shared), and the caller's thread receives every result,
 * so it alone writes files and the store. At most twice as many articles as threads are in hand at once. What a task
 * writes to standard error meanwhile (nlp's warnings go through the logger there) is held with its result and written
 * when the result is handed on. With one thread, each task runs on the caller's thread when it is given.
 * <pre>{@code
 * try (InOrder<Document> coded = new InOrder<>(threads, () -> pipeline, this::emit)) {
 *     for (Article a : articles) coded.submit(f -> f.process(a));
 *     coded.finish();
 * }
 * }</pre>
 */
final class InOrder<R> implements AutoCloseable {
    private final int threads;
    private final Supplier<Faultline> firstPipeline;
    private final Consumer<R> sink;
    private final ArrayDeque<Future<Held<R>>> pending = new ArrayDeque<>();
    private final ExecutorService pool;
    private final ThreadLocal<Faultline> pipelines = new ThreadLocal<>();
    private final PrintStream stderr;
    private Faultline first;

    /**
     * @param threads       how many articles are coded at once, 1 or more
     * @param firstPipeline the pipeline, made on the caller's thread when the first task is given (so whatever it
     *                      reports comes at the same place in the output as with one thread); the workers use siblings
     * @param sink          receives each result on the caller's thread, in the order the tasks were given
     */
    InOrder(int threads, Supplier<Faultline> firstPipeline, Consumer<R> sink) {
        if (threads < 1) throw new IllegalArgumentException("threads " + threads + " is not 1 or more");
        this.threads = threads;
        this.firstPipeline = firstPipeline;
        this.sink = sink;
        if (threads == 1) {
            pool = null;
            stderr = null;
        } else {
            AtomicInteger n = new AtomicInteger();
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "faultline-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            stderr = System.err;
            System.setErr(new PrintStream(new HeldByTask(stderr), true));
        }
    }

    /** Codes with {@code task} on a worker thread; its result reaches the sink after those of the tasks given before. */
    void submit(Function<Faultline, R> task) {
        if (first == null) {
            deliverAll();   // messages about inputs before the first article come before anything the pipeline says
            first = firstPipeline.get();
        }
        if (pool == null) {
            sink.accept(task.apply(first));
            return;
        }
        while (pending.size() >= 2 * threads) deliver();
        pending.add(pool.submit(() -> run(task)));
    }

    /** A result already known (a file that could not be read): it keeps its place among the others. */
    void done(R result) {
        if (pool == null) {
            sink.accept(result);
            return;
        }
        pending.add(java.util.concurrent.CompletableFuture.completedFuture(new Held<>(result, null, new byte[0])));
    }

    /** Hands on every result given so far; afterwards the sink has seen all of them. */
    void finish() {
        deliverAll();
    }

    private void deliverAll() {
        while (!pending.isEmpty()) deliver();
    }

    private Held<R> run(Function<Faultline, R> task) {
        Faultline mine = pipelines.get();
        if (mine == null) {
            mine = first.sibling();
            pipelines.set(mine);
        }
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        HeldByTask.CAPTURE.set(said);
        try {
            return new Held<>(task.apply(mine), null, said.toByteArray());
        } catch (RuntimeException | Error e) {
            return new Held<>(null, e, said.toByteArray());
        } finally {
            HeldByTask.CAPTURE.remove();
        }
    }

    private void deliver() {
        Held<R> h;
        try {
            h = pending.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article to be coded", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("coding an article failed: " + e.getCause(), e.getCause());
        }
        if (h.said.length > 0) {
            stderr.write(h.said, 0, h.said.length);
            stderr.flush();
        }
        if (h.failure instanceof RuntimeException r) throw r;
        if (h.failure instanceof Error r) throw r;
        sink.accept(h.result);
    }

    @Override
    public void close() {
        if (pool == null) return;
        pool.shutdownNow();
        System.setErr(stderr);
    }

    private record Held<R>(R result, Throwable failure, byte[] said) {}

    /** Standard error while workers run: a worker's bytes are held for its task's result; other threads' go through. */
    private static final class HeldByTask extends OutputStream {
        static final ThreadLocal<ByteArrayOutputStream> CAPTURE = new ThreadLocal<>();
        private final PrintStream through;

        HeldByTask(PrintStream through) {
            this.through = through;
        }

        @Override
        public void write(int b) {
            ByteArrayOutputStream held = CAPTURE.get();
            if (held != null) held.write(b);
            else through.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ByteArrayOutputStream held = CAPTURE.get();
            if (held != null) held.write(b, off, len);
            else through.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (CAPTURE.get() == null) through.flush();
        }
    }
}
