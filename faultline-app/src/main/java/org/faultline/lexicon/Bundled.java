package org.faultline.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * A dictionary shipped in the jar, built on first use and kept for the life of the process.
 * <pre>{@code
 * private static final Bundled<CueLexicon> BUNDLED = Bundled.file("cues.txt", CueLexicon::load);
 * public static CueLexicon bundled() { return BUNDLED.get(); }
 * }</pre>
 */
final class Bundled<T> {
    private final Supplier<T> build;
    private volatile T value;

    Bundled(Supplier<T> build) {
        this.build = build;
    }

    /** The data file {@code file} beside the lexicon classes, read as UTF-8 by {@code load(reader, file)}. */
    static <T> Bundled<T> file(String file, BiFunction<Reader, String, T> load) {
        return new Bundled<>(() -> {
            InputStream in = Bundled.class.getResourceAsStream(file);
            if (in == null) throw new IllegalStateException("resource " + file + " is missing");
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return load.apply(r, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        });
    }

    /** The value, built by the first caller; the others wait for it. */
    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = build.get();
                v = value;
            }
        }
        return v;
    }
}
