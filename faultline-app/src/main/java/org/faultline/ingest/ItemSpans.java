package org.faultline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the entries of a feed's text are ({@code <item>...</item>}, {@code <entry>...</entry>}, any namespace
 * prefix), found by a scan that skips comments and CDATA sections, for a feed that does not parse as a whole.
 */
final class ItemSpans {
    private ItemSpans() {}

    /**
     * One entry's characters, from its start tag to the end of its end tag.
     *
     * @param closed false when no end tag follows; the span then runs to the next entry or the end of the text
     */
    record Span(int start, int end, boolean closed) {}

    private static final Pattern TAG = Pattern.compile("<(/?)(?:[\\w.-]+:)?(item|entry)(?=[\\s>/])[^<>]*?(/?)>");

    static List<Span> find(String xml) {
        List<Span> out = new ArrayList<>();
        Matcher m = TAG.matcher(xml);
        int open = -1;
        int i = 0, n = xml.length();
        while (i < n) {
            int lt = xml.indexOf('<', i);
            if (lt < 0) break;
            if (xml.startsWith("<![CDATA[", lt)) {
                int e = xml.indexOf("]]>", lt);
                i = e < 0 ? n : e + 3;
                continue;
            }
            if (xml.startsWith("<!--", lt)) {
                int e = xml.indexOf("-->", lt);
                i = e < 0 ? n : e + 3;
                continue;
            }
            m.region(lt, n);
            if (!m.lookingAt()) {
                i = lt + 1;
                continue;
            }
            boolean closing = !m.group(1).isEmpty(), empty = !m.group(3).isEmpty();
            if (!closing) {
                if (open >= 0) out.add(new Span(open, lt, false));
                if (empty) {
                    out.add(new Span(lt, m.end(), true));
                    open = -1;
                } else {
                    open = lt;
                }
            } else if (open >= 0) {
                out.add(new Span(open, m.end(), true));
                open = -1;
            }
            i = m.end();
        }
        if (open >= 0) out.add(new Span(open, closingOfFeed(xml, open), false));
        return out;
    }

    /** Where the feed's closing tags begin after {@code from} ({@code </channel>}, {@code </feed>}, {@code </rdf:RDF>}). */
    private static int closingOfFeed(String xml, int from) {
        Matcher m = Pattern.compile("</(?:[\\w.-]+:)?(?:channel|feed|RDF|rss)\\s*>").matcher(xml);
        return m.find(from) ? m.start() : xml.length();
    }

    /** Line numbers of character offsets, from one pass over the text (a feed of many entries stays linear). */
    static final class Lines {
        private final int[] breaks;

        Lines(String xml) {
            int[] b = new int[16];
            int n = 0;
            for (int i = xml.indexOf('\n'); i >= 0; i = xml.indexOf('\n', i + 1)) {
                if (n == b.length) b = java.util.Arrays.copyOf(b, n * 2);
                b[n++] = i;
            }
            breaks = java.util.Arrays.copyOf(b, n);
        }

        /** The 1-based line of character {@code offset}. */
        int at(int offset) {
            int i = java.util.Arrays.binarySearch(breaks, offset);
            return (i >= 0 ? i : -i - 1) + 1;
        }
    }
}
