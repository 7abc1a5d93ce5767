package org.faultline.evaluate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text comparisons of the scorer: folding, content words, the split of a span into sentences and the word
 * overlap of two evidence spans. Whitespace means what Python's {@code str.isspace} and {@code re}'s {@code \s}
 * mean, so the figures agree with the reference scorer character for character.
 */
final class Text {
    private Text() {}

    /** Python's whitespace: {@code str.isspace()}, and {@code \s} of {@code re} on text. */
    private static final String SPACE_CLASS =
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]";

    /** Function words that say nothing about which fact a span tells. */
    private static final Set<String> STOP = Set.of(("the a an of in on at to for and or by with from that this its it as "
            + "is was were be been has have had their his her they them which who whom into over under about against "
            + "between than not no").split(" "));

    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    /**
     * A break between two sentences of one span: a line break (an elision "[...]" counts as one), or white space
     * after a full stop, question or exclamation mark (and an optional closing quote) before a capital or an
     * opening quote.
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "\\n|(?<=[.!?])[\"\u201d\u2019']?" + SPACE_CLASS + "+(?=[A-Z\"\u201c\u2018])");

    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F,
                    0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /**
     * Compatibility decomposition, diacritics and other combining marks dropped, lower case, typographic
     * apostrophes and double quotes made plain. Null folds to "".
     */
    static String fold(String s) {
        if (s == null || s.isEmpty()) return "";
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); ) {
            int cp = d.codePointAt(i);
            if (!combining(cp)) b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    /**
     * Whether a code point has a non-zero canonical combining class. The JDK does not expose the class, but canonical
     * ordering shows it: a mark of class 1 to 239 placed after U+0345 (class 240, the highest) is moved before it by
     * NFD, a character of class 0 never is. Nothing below U+0300 combines.
     */
    static boolean combining(int cp) {
        if (cp < 0x300) return false;
        if (cp == 0x345) return true;
        String probe = "\u0345" + new String(Character.toChars(cp));
        return !Normalizer.normalize(probe, Normalizer.Form.NFD).startsWith("\u0345");
    }

    /** The ASCII letter-and-digit runs of the folded text, in order. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The tokens that are not function words. */
    static Set<String> content(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : tokens(s)) if (!STOP.contains(t)) out.add(t);
        return out;
    }

    /** The sentences of a span that holds several; an empty list for a span of one sentence. */
    static List<String> sentences(String text) {
        String t = (text == null ? "" : text).replace("[...]", "\n");
        List<String> parts = new ArrayList<>();
        for (String p : SENTENCE_BREAK.split(t, -1)) if (!strip(p).isEmpty()) parts.add(p);
        return parts.size() > 1 ? parts : List.of();
    }

    /**
     * How well a predicted span fits a gold span: the Jaccard index of their content words when the shared words
     * cover at least {@code needGold} of the gold's and {@code needPred} of the prediction's, else 0. A span of several
     * sentences on either side may also fit through any one of its sentences; the best fit counts.
     */
    static double overlap(String gold, String pred, double needGold, double needPred) {
        double best = spanOverlap(gold, pred, needGold, needPred);
        for (String part : sentences(gold)) best = Math.max(best, spanOverlap(part, pred, needGold, needPred));
        for (String part : sentences(pred)) best = Math.max(best, spanOverlap(gold, part, needGold, needPred));
        return best;
    }

    /** {@link #overlap} with the thresholds used for evidence: 0.6 of the gold words and 0.4 of the predicted ones. */
    static double overlap(String gold, String pred) {
        return overlap(gold, pred, 0.6, 0.4);
    }

    private static double spanOverlap(String gold, String pred, double needGold, double needPred) {
        Set<String> g = content(gold), p = content(pred);
        if (g.isEmpty() || p.isEmpty()) return 0.0;
        int inter = 0;
        for (String w : g) if (p.contains(w)) inter++;
        if ((double) inter / g.size() >= needGold && (double) inter / p.size() >= needPred)
            return (double) inter / (g.size() + p.size() - inter);
        return 0.0;
    }

    /** Python's {@code s.strip()}: white space removed from both ends. */
    static String strip(String s) {
        int start = 0, end = s.length();
        while (start < end && isSpace(s.charAt(start))) start++;
        while (end > start && isSpace(s.charAt(end - 1))) end--;
        return s.substring(start, end);
    }

    /** Python's {@code s.strip(chars)}: every character of {@code chars} removed from both ends. */
    static String strip(String s, String chars) {
        int start = 0, end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) end--;
        return s.substring(start, end);
    }

    /** Python's {@code " ".join(s.split())}: runs of white space made one space, none at the ends. */
    static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                gap = b.length() > 0;
            } else {
                if (gap) b.append(' ');
                gap = false;
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The first {@code n} code points of {@code s} (all of it when shorter). */
    static String headCodePoints(String s, int n) {
        if (s.codePointCount(0, s.length()) <= n) return s;
        return s.substring(0, s.offsetByCodePoints(0, n));
    }
}
