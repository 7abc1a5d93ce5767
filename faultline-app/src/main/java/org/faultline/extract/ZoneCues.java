package org.faultline.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words {@link ZoneFinder} reads a page's layout by ({@code zone-cues.txt}): caption openers and picture
 * credits, byline openers, and the words of a time-stamp line.
 *
 * <p>File format, one cue a line, {@code #} starts a comment: {@code KIND<TAB>cue<TAB>example}, where KIND is a
 * {@link Kind} name, the cue is one or more lower-case words and the example is a made-up line that holds the cue.
 */
final class ZoneCues {
    static final String FILE = "/org/faultline/lexicon/" + org.faultline.lexicon.Lexicon.LANGUAGE + "/zone-cues.txt";
    private static volatile ZoneCues bundled;

    enum Kind { CAPTION_OPENER, CAPTION_CREDIT, BYLINE, TIMESTAMP }

    private final Map<Kind, List<List<String>>> cues;

    private ZoneCues(Map<Kind, List<List<String>>> cues) {
        this.cues = cues;
    }

    /** The list shipped with faultline, loaded once. */
    static ZoneCues bundled() {
        ZoneCues c = bundled;
        if (c == null) {
            synchronized (ZoneCues.class) {
                if (bundled == null) {
                    try (InputStream in = ZoneCues.class.getResourceAsStream(FILE)) {
                        if (in == null) throw new IllegalStateException(FILE + " is missing from the class path");
                        bundled = read(new InputStreamReader(in, StandardCharsets.UTF_8), FILE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
                    }
                }
                c = bundled;
            }
        }
        return c;
    }

    /** Reads cue rows; a bad row throws an exception whose message starts with {@code name:line: }. */
    static ZoneCues read(Reader reader, String name) {
        Map<Kind, List<List<String>>> cues = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) cues.put(k, new ArrayList<>());
        BufferedReader in = new BufferedReader(reader);
        int n = 0;
        try {
            for (String raw; (raw = in.readLine()) != null; ) {
                n++;
                int hash = raw.indexOf('#');
                String line = hash >= 0 ? raw.substring(0, hash) : raw;
                if (line.isBlank()) continue;
                String where = name + ":" + n + ": ";
                String[] f = line.strip().split("\t", -1);
                if (f.length != 3)
                    throw new IllegalArgumentException(where + "expected KIND<TAB>cue<TAB>example, found " + f.length + " field(s)");
                Kind kind;
                try {
                    kind = Kind.valueOf(f[0].strip());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + "unknown zone cue kind '" + f[0].strip() + "' (expected one of "
                            + Arrays.toString(Kind.values()) + ")");
                }
                String cue = f[1].strip().replaceAll("\\s+", " ");
                if (!cue.matches("[a-z0-9][a-z0-9'.-]*( [a-z0-9'.-]+)*"))
                    throw new IllegalArgumentException(where + "cue '" + cue + "' is not lower-case words");
                List<String> words = List.of(cue.split(" "));
                if (indexOf(words(f[2]), words, 0) < 0)
                    throw new IllegalArgumentException(where + "example '" + f[2].strip() + "' does not hold the cue '" + cue + "'");
                if (cues.get(kind).contains(words))
                    throw new IllegalArgumentException(where + kind + " cue '" + cue + "' appears twice");
                cues.get(kind).add(words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        cues.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new ZoneCues(cues);
    }

    /** The cues of a kind, each as its list of words. */
    List<List<String>> cues(Kind kind) {
        return cues.get(kind);
    }

    /** The number of words of the longest cue of {@code kind} that {@code words} holds at {@code at}, or 0. */
    int matchAt(Kind kind, List<String> words, int at) {
        int best = 0;
        for (List<String> cue : cues.get(kind)) {
            if (cue.size() > best && at + cue.size() <= words.size() && words.subList(at, at + cue.size()).equals(cue))
                best = cue.size();
        }
        return best;
    }

    /** Whether {@code words} holds a cue of {@code kind} anywhere. */
    boolean holds(Kind kind, List<String> words) {
        for (int i = 0; i < words.size(); i++) if (matchAt(kind, words, i) > 0) return true;
        return false;
    }

    /**
     * The lower-case words of a text: runs of letters, digits, apostrophes, dots and hyphens, a closing dot dropped
     * unless the word holds another ("photo." is "photo", "a.m." stays).
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) w = w.substring(0, w.length() - 1);
            w = EDGE_MARKS.matcher(w).replaceAll("");
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'.\\-]+");
    private static final java.util.regex.Pattern EDGE_MARKS = java.util.regex.Pattern.compile("^[-'.]+|[-']+$");

    private static int indexOf(List<String> words, List<String> cue, int from) {
        for (int i = from; i + cue.size() <= words.size(); i++) if (words.subList(i, i + cue.size()).equals(cue)) return i;
        return -1;
    }
}
