package org.faultline.lexicon;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cue words the coder needs ({@code cues.txt}): reporting verbs, denials, hedges, forecasts, negations and
 * words for relations between actors.
 *
 * <p>File format, one cue a line, TAB-separated, {@code #} starts a comment: {@code KIND  phrase}, where KIND
 * is a {@link CueKind} name and the phrase is one lower-case lemma or a fixed phrase of several words.
 */
public final class CueLexicon {
    static final String FILE = Lexicon.LANGUAGE + "/cues.txt";
    private static final Bundled<CueLexicon> BUNDLED = Bundled.file(FILE, CueLexicon::load);

    private final Map<CueKind, Set<String>> words = new EnumMap<>(CueKind.class);
    private final Map<CueKind, List<List<String>>> phrases = new EnumMap<>(CueKind.class);

    private CueLexicon() {
        for (CueKind k : CueKind.values()) {
            words.put(k, new LinkedHashSet<>());
            phrases.put(k, new ArrayList<>());
        }
    }

    /** The cue lists shipped in the jar, loaded once per process. */
    public static CueLexicon bundled() {
        return BUNDLED.get();
    }

    /** Single-word cues (lemmas) of a kind. */
    public Set<String> words(CueKind kind) {
        if (kind == null) throw new IllegalArgumentException("cue kind must not be null");
        return words.get(kind);
    }

    /** Multi-word cues of a kind, each as its list of lower-case words. */
    public List<List<String>> phrases(CueKind kind) {
        if (kind == null) throw new IllegalArgumentException("cue kind must not be null");
        return phrases.get(kind);
    }

    /** Whether a single word (lemma, any case) is a cue of this kind. */
    public boolean contains(CueKind kind, String lemma) {
        return lemma != null && words(kind).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Reads cue lists; a bad line throws an exception whose message starts with {@code name:line: }. */
    static CueLexicon load(Reader reader, String name) {
        CueLexicon cues = new CueLexicon();
        DataLines.read(reader, name, (raw, lineNo, where) -> {
            String line = raw.strip();
            String[] f = line.split("\t", -1);
            if (f.length != 2) {
                throw new IllegalArgumentException(where + "expected KIND<TAB>phrase, found " + f.length
                        + " field(s)");
            }
            CueKind kind;
            try {
                kind = CueKind.valueOf(f[0].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown cue kind '" + f[0].strip() + "' (expected one of "
                        + Arrays.toString(CueKind.values()) + ")");
            }
            String phrase = f[1].strip().replaceAll("\\s+", " ");
            if (!phrase.matches("[a-z0-9][a-z0-9'.-]*( [a-z0-9'.-]+)*")) {
                throw new IllegalArgumentException(where + "cue '" + phrase + "' is not lower-case words");
            }
            boolean fresh;
            if (phrase.contains(" ")) {
                List<String> words = List.of(phrase.split(" "));
                fresh = !cues.phrases.get(kind).contains(words);
                if (fresh) cues.phrases.get(kind).add(words);
            } else {
                fresh = cues.words.get(kind).add(phrase);
            }
            if (!fresh) throw new IllegalArgumentException(where + kind + " cue '" + phrase + "' appears twice");
        });
        cues.words.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        cues.phrases.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return cues;
    }
}
