package org.faultline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the spans of direct quotations: curly “…” or straight "..." double quotes, and single ‘…’ or '...'
 * quotes when they stand outside double quotes and open and close like quotation marks (not apostrophes).
 * A double quote left open at the end of a paragraph runs to its end (the convention for a quote that goes on
 * into the next paragraph). Quotes inside a quote are part of it, not quotes of their own.
 */
final class QuoteSpans {
    private QuoteSpans() {
    }

    /** A quotation: {@code start}/{@code end} hold the quoted words, {@code open}/{@code close} the marks. */
    record Span(int open, int start, int end, int close) {
    }

    static List<Span> find(String text) {
        List<Span> doubles = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            doubles.addAll(doubleQuotes(text, paragraphStart, paragraphEnd));
            paragraphStart = paragraphEnd + 1;
        }
        List<Span> all = new ArrayList<>(doubles);
        all.addAll(singleQuotes(text, doubles));
        all.sort(Comparator.comparingInt(Span::open));
        return all;
    }

    private static List<Span> doubleQuotes(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '„') {
                open = i; // a second opener before a closer: the first was a stray mark
            } else if (c == '”' || c == '"') {
                if (open >= 0) {
                    out.add(new Span(open, open + 1, i, i + 1));
                    open = -1;
                } else if (c == '"' || opensHere(text, i)) {
                    open = i;
                }
            }
        }
        if (open >= 0 && open + 1 < to) out.add(new Span(open, open + 1, to, to));
        return out;
    }

    /** A ” used as an opening mark: at a word start, followed by a letter. */
    private static boolean opensHere(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–:".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static List<Span> singleQuotes(String text, List<Span> doubles) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '‘' || c == '\'') && !inside(doubles, i) && opensSingle(text, i)) {
                int close = findSingleClose(text, i + 1);
                if (close > 0 && !inside(doubles, close)) {
                    out.add(new Span(i, i + 1, close, close + 1));
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean opensSingle(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–:".indexOf(text.charAt(i - 1)) >= 0;
        return before && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** The closing single mark: ’ or ' after a non-space and before a space, punctuation or the end, same paragraph. */
    private static int findSingleClose(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') return -1;
            if ((c == '’' || c == '\'') && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
                boolean after = j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
                // "soldiers’ positions" is a possessive, not a close: a close is followed by punctuation or a
                // space and then no lower-case continuation of the phrase inside
                if (after && (j + 1 >= text.length() || ".,;:!?)—–\" \n".indexOf(text.charAt(j + 1)) >= 0)) {
                    if (text.charAt(j - 1) == 's' && j + 2 < text.length() && text.charAt(j + 1) == ' '
                            && Character.isLowerCase(text.charAt(j + 2)) && !startsAttribution(text, j + 2)) continue;
                    return j;
                }
            }
        }
        return -1;
    }

    private static boolean startsAttribution(String text, int at) {
        String rest = text.substring(at, Math.min(text.length(), at + 12));
        return rest.matches("(?s)(?:he|she|they|it|we|said|says|told|added|according).*");
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) if (offset >= s.open() && offset < s.close()) return true;
        return false;
    }
}
