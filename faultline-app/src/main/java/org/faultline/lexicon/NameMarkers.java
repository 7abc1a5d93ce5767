package org.faultline.lexicon;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The marks of a stance on a place's name ({@code name-markers.txt}): words written before a name that mark it
 * ("so-called", "self-proclaimed", "occupied"), the quotation marks of scare quotes, and the words after a name that
 * set it inside a state ("region of").
 *
 * <p>File format, one entry a line, TAB-separated, {@code #} starts a comment: {@code BEFORE  words},
 * {@code QUOTES  OPEN CLOSE} (two marks separated by a space) or {@code FRAME  words}; words are lower case.
 */
public final class NameMarkers {
    static final String FILE = Lexicon.LANGUAGE + "/name-markers.txt";
    private static final Bundled<NameMarkers> BUNDLED = Bundled.file(FILE, NameMarkers::load);

    /** A pair of quotation marks. */
    public record Quotes(String open, String close) {}

    private final List<String> before = new ArrayList<>();
    private final List<Quotes> quotes = new ArrayList<>();
    private final List<String> frames = new ArrayList<>();

    private NameMarkers() {}

    /** The marks shipped in the jar, loaded once per process. */
    public static NameMarkers bundled() {
        return BUNDLED.get();
    }

    /** Words that mark the name written right after them, lower case, longest first. */
    public List<String> before() {
        return before;
    }

    /** Pairs of quotation marks, in file order. */
    public List<Quotes> quotes() {
        return quotes;
    }

    /** Words after a name that set it inside a state, lower case, longest first. */
    public List<String> frames() {
        return frames;
    }

    /** Reads a marker file; a bad line throws an exception whose message starts with {@code name:line: }. */
    public static NameMarkers load(Reader reader, String name) {
        NameMarkers m = new NameMarkers();
        DataLines.read(reader, name, (line, lineNo, where) -> {
            String[] f = line.strip().split("\t", -1);
            if (f.length != 2)
                throw new IllegalArgumentException(where + "expected KIND<TAB>text, found " + f.length + " field(s)");
            String kind = f[0].strip(), text = f[1].strip().replaceAll("\\s+", " ");
            switch (kind) {
                case "BEFORE", "FRAME" -> {
                    if (!text.matches("[a-z][a-z'-]*( [a-z][a-z'-]*)*"))
                        throw new IllegalArgumentException(where + kind + " '" + text + "' is not lower-case words");
                    List<String> list = kind.equals("BEFORE") ? m.before : m.frames;
                    if (list.contains(text)) throw new IllegalArgumentException(where + kind + " '" + text + "' is listed twice");
                    list.add(text);
                }
                case "QUOTES" -> {
                    String[] q = text.split(" ");
                    if (q.length != 2 || q[0].codePointCount(0, q[0].length()) != 1 || q[1].codePointCount(0, q[1].length()) != 1
                            || Character.isLetterOrDigit(q[0].codePointAt(0)) || Character.isLetterOrDigit(q[1].codePointAt(0)))
                        throw new IllegalArgumentException(where + "QUOTES '" + text + "' is not two marks, open and close, separated by a space");
                    m.quotes.add(new Quotes(q[0], q[1]));
                }
                default -> throw new IllegalArgumentException(where + "unknown kind '" + kind + "' (expected BEFORE, QUOTES or FRAME)");
            }
        });
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        m.before.sort(longestFirst);
        m.frames.sort(longestFirst);
        return m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NameMarkers[%d before, %d quotes, %d frames]", before.size(), quotes.size(), frames.size());
    }
}
