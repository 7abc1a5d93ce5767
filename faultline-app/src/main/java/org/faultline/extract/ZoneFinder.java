package org.faultline.extract;

import org.faultline.model.Article;
import org.faultline.model.Sentence;
import org.faultline.model.Zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Marks every sentence with its {@link Zone}: the role it plays on the page. It reads the layout of the article
 * text, its lines (paragraph breaks are newlines; where the text has blank lines, a block of lines between them is
 * one paragraph) and the sentence spans, and takes its words from {@code zone-cues.txt} and, for the agency of a
 * dateline, {@code citation-outlets.txt}. The rules, first that applies wins:
 * <ol>
 * <li>CAPTION: a paragraph opened by a caption word and a colon or dash ("Photo: ..."), or a short paragraph
 * closed by a bracketed picture credit ("... [Name via Agency Photo]"), or a line that is only such a credit and
 * the short line just above it (the picture it credits);</li>
 * <li>BYLINE: a short line opened by a byline word and going on with capitalised names ("By Jane Doe");</li>
 * <li>DATELINE, in the first lines only: a line that is only a date and time, or the sentence that opens with a
 * place in capitals or an agency in parentheses before a dash or colon ("CITY, Country (Agency) —"); the sentence
 * keeps its full span, the lead that follows the dateline included; or a first sentence of capitals, numbers and
 * commas that the lead goes on after ("CITY, MONTH 3, AGENCY.");</li>
 * <li>HEADLINE: the line equal to the article's title when it has one; else, in text without a title, the first
 * of the first two lines that is short, one line and one sentence, with no closing full stop, and followed by more text;</li>
 * <li>SUBHEADING, or QUESTION when it ends with a question mark: a short one-line paragraph in the body with no
 * closing full stop;</li>
 * <li>QUOTE: a sentence whose every letter lies inside quotation marks;</li>
 * <li>QUESTION: a sentence ending in a question mark outside quotation marks;</li>
 * <li>BODY: the rest.</li>
 * </ol>
 */
final class ZoneFinder {
    /** Datelines and headlines are looked for in this many first lines. */
    private static final int LEAD_LINES = 5;
    /** ... and among them, no further than the third that is not a caption, a byline or a time stamp. */
    private static final int LEAD_UNZONED = 3;
    private static final int HEADLINE_MAX_WORDS = 25;
    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int SUBHEADING_MAX_WORDS = 12;
    private static final int SUBHEADING_MAX_CHARS = 100;
    private static final int BYLINE_MAX_WORDS = 14;
    /** A dateline's separator lies within this many characters of the line start. */
    private static final int DATELINE_MAX_CHARS = 100;
    /** A caption paragraph is at most this long. */
    private static final int CAPTION_MAX_CHARS = 600;
    /** The line above a stand-alone credit is its caption when it is at most this long. */
    private static final int CREDITED_LINE_MAX_CHARS = 300;
    /** A caption opener lies within this many characters of the line start. */
    private static final int OPENER_MAX_CHARS = 30;

    private static final Pattern MONTH = Pattern.compile(DateWords.MONTH, Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(DateWords.WEEKDAY + "|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d:./-]*(?:st|nd|rd|th|h)?");
    private static final String CLOSERS = "\"'\u201d\u2019)]\u00bb";
    private static final String OPENERS = "\"'\u201c\u2018(\u00ab[";

    private final ZoneCues cues;
    private final CitationOutlets outlets;

    ZoneFinder() {
        this(ZoneCues.bundled(), CitationOutlets.bundled());
    }

    ZoneFinder(ZoneCues cues, CitationOutlets outlets) {
        this.cues = cues;
        this.outlets = outlets;
    }

    /** One line with text: {@code start}/{@code end} bound its text without surrounding white space. */
    private record Line(int number, int block, int start, int end) {
    }

    List<Zone> find(Article article, List<Sentence> sentences) {
        return find(article.text(), article.title(), sentences);
    }

    /** One zone per sentence, in sentence order. */
    List<Zone> find(String text, String title, List<Sentence> sentences) {
        List<Line> lines = lines(text);
        int n = lines.size();
        Zone[] zone = new Zone[n];
        boolean[] datelinePrefix = new boolean[n];
        boolean[] lead = new boolean[n];
        captions(text, lines, zone);
        for (int i = 0; i < n; i++) if (zone[i] == null && byline(text, lines.get(i))) zone[i] = Zone.BYLINE;
        int unzoned = 0;
        for (int i = 0; i < Math.min(n, LEAD_LINES) && unzoned < LEAD_UNZONED; i++) {
            if (zone[i] != null) continue;
            unzoned++;
            lead[i] = true;
            String line = slice(text, lines.get(i));
            if (timestamp(line)) zone[i] = Zone.DATELINE;
            else if (datelineEnd(line) > 0) datelinePrefix[i] = true;
        }
        headline(text, title, lines, sentences, zone, datelinePrefix);
        // without a title the first line is the headline's; with one, the text starts with the body
        for (int i = hasTitle(title) ? 0 : 1; i < n; i++) {
            if (zone[i] != null || datelinePrefix[i] || !alone(lines, i)) continue;
            String line = slice(text, lines.get(i));
            if (words(line) > SUBHEADING_MAX_WORDS || line.length() > SUBHEADING_MAX_CHARS || !startsCapitalised(line)) continue;
            char last = lastChar(line);
            if (last == '?') zone[i] = Zone.QUESTION;
            else if (".!,;:\u2026".indexOf(last) < 0) zone[i] = Zone.SUBHEADING;
        }

        List<QuoteSpans.Span> quotes = QuoteSpans.find(text);
        List<Zone> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            int begin = Math.min(Math.max(s.begin(), 0), text.length());
            int end = Math.min(Math.max(s.end(), begin), text.length());
            while (begin < end && Character.isWhitespace(text.charAt(begin))) begin++;
            int li = lineAt(lines, begin);
            Zone z = null;
            if (li >= 0) {
                Line line = lines.get(li);
                if (zone[li] != null) z = zone[li];
                else if (datelinePrefix[li] && begin <= line.start()) z = Zone.DATELINE;
                else if (lead[li] && begin <= line.start() && end < line.end() && capitalsDateline(text.substring(begin, end)))
                    z = Zone.DATELINE;
            }
            if (z == null) z = sentenceZone(text, begin, end, quotes);
            out.add(z);
        }
        return out;
    }

    // ---- lines and paragraphs

    /** The lines that hold text; where the text has blank lines, lines between two of them share a block number. */
    static List<Line> lines(String text) {
        List<int[]> spans = new ArrayList<>();
        List<Boolean> blankBefore = new ArrayList<>();
        boolean blank = false, anyBlank = false;
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            int s = from, e = to;
            while (s < e && space(text.charAt(s))) s++;
            while (e > s && space(text.charAt(e - 1))) e--;
            if (s < e) {
                if (!spans.isEmpty() && blank) anyBlank = true;
                spans.add(new int[] {s, e});
                blankBefore.add(blank);
                blank = false;
            } else {
                blank = true;
            }
            if (nl < 0) break;
            from = nl + 1;
        }
        List<Line> out = new ArrayList<>(spans.size());
        int block = -1;
        for (int i = 0; i < spans.size(); i++) {
            if (!anyBlank || i == 0 || blankBefore.get(i)) block++;
            out.add(new Line(i, block, spans.get(i)[0], spans.get(i)[1]));
        }
        return out;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether line {@code i} is a paragraph of its own. */
    private static boolean alone(List<Line> lines, int i) {
        int b = lines.get(i).block();
        return (i == 0 || lines.get(i - 1).block() != b) && (i + 1 >= lines.size() || lines.get(i + 1).block() != b);
    }

    private static int lineAt(List<Line> lines, int offset) {
        for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i).start() <= offset) return i;
        return lines.isEmpty() ? -1 : 0;
    }

    private static String slice(String text, Line line) {
        return text.substring(line.start(), line.end());
    }

    // ---- captions

    private void captions(String text, List<Line> lines, Zone[] zone) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1).block() == lines.get(i).block()) j++;
            Line first = lines.get(i), last = lines.get(j);
            boolean shortBlock = last.end() - first.start() <= CAPTION_MAX_CHARS;
            String lastText = slice(text, last);
            int credit = creditStart(lastText);
            if (shortBlock && (opener(slice(text, first)) || credit >= 0)) {
                for (int k = i; k <= j; k++) zone[k] = Zone.CAPTION;
            } else if (credit == 0) {
                zone[j] = Zone.CAPTION;
            }
            // a line that is only a credit credits the picture described just above it
            if (i == j && (credit == 0 || opener(lastText) && words(lastText) <= 6) && i > 1 && zone[i - 1] == null
                    && slice(text, lines.get(i - 1)).length() <= CREDITED_LINE_MAX_CHARS) {
                zone[i - 1] = Zone.CAPTION;
            }
            i = j + 1;
        }
    }

    /** Whether the line opens with a caption word followed by a colon, a dash or a bar. */
    private boolean opener(String line) {
        int limit = Math.min(line.length(), OPENER_MAX_CHARS);
        for (int k = 1; k < limit; k++) {
            char c = line.charAt(k);
            boolean sep = c == ':' || c == '|' || c == '\u2014' || c == '\u2013'
                    || c == '-' && Character.isWhitespace(line.charAt(k - 1));
            if (!sep) continue;
            List<String> w = ZoneCues.words(line.substring(0, k));
            return !w.isEmpty() && cues.matchAt(ZoneCues.Kind.CAPTION_OPENER, w, 0) == w.size();
        }
        return false;
    }

    /** Where the bracketed picture credit that closes the line opens, or -1 when it closes with none. */
    private int creditStart(String line) {
        if (line.isEmpty()) return -1;
        char close = line.charAt(line.length() - 1);
        if (close != ')' && close != ']') return -1;
        char open = close == ')' ? '(' : '[';
        int depth = 0;
        for (int k = line.length() - 1; k >= 0; k--) {
            char c = line.charAt(k);
            if (c == close) depth++;
            else if (c == open && --depth == 0) {
                List<String> w = ZoneCues.words(line.substring(k + 1, line.length() - 1));
                return cues.holds(ZoneCues.Kind.CAPTION_CREDIT, w) ? k : -1;
            }
        }
        return -1;
    }

    // ---- bylines

    private boolean byline(String text, Line line) {
        String s = slice(text, line);
        if (!Character.isUpperCase(s.charAt(0)) || ".!?:;".indexOf(s.charAt(s.length() - 1)) >= 0) return false;
        List<String> w = ZoneCues.words(s);
        int k = cues.matchAt(ZoneCues.Kind.BYLINE, w, 0);
        if (k == 0 || w.size() <= k || w.size() > BYLINE_MAX_WORDS) return false;
        String[] raw = s.trim().split("\\s+");
        int names = 0;
        for (int i = k; i < raw.length; i++) {
            String t = raw[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (t.isEmpty()) continue;
            if (Character.isUpperCase(t.charAt(0))) names++;
            else if (t.length() > 3 && cues.matchAt(ZoneCues.Kind.BYLINE, ZoneCues.words(raw[i]), 0) == 0) return false;
        }
        return names > 0;
    }

    // ---- datelines

    /** Whether the line holds only a date and a time: numbers, month and weekday names and time-stamp words. */
    private boolean timestamp(String line) {
        if (line.chars().noneMatch(Character::isDigit)) return false;
        List<String> w = ZoneCues.words(line);
        int i = 0;
        while (i < w.size()) {
            int k = cues.matchAt(ZoneCues.Kind.TIMESTAMP, w, i);
            if (k > 0) {
                i += k;
                continue;
            }
            String x = w.get(i);
            if (!(NUMBER.matcher(x).matches() || MONTH.matcher(x).matches() || WEEKDAY.matcher(x).matches())) return false;
            i++;
        }
        return true;
    }

    /**
     * The offset in the line just past the separator that ends its opening dateline, or -1. A dateline is a few
     * capitalised words, numbers and parenthesised groups before a dash (or a colon) outside the parentheses;
     * it names an agency in parentheses ("(Agency)"), or opens with a place in capitals ("CITY, Country —").
     */
    int datelineEnd(String line) {
        int depth = 0, sep = -1, sepEnd = -1;
        for (int k = 0; k < Math.min(line.length(), DATELINE_MAX_CHARS); k++) {
            char c = line.charAt(k);
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            if (depth > 0 || k == 0) continue;
            boolean spaceBefore = Character.isWhitespace(line.charAt(k - 1));
            boolean spaceAfter = k + 1 >= line.length() || Character.isWhitespace(line.charAt(k + 1));
            if (c == '\u2014' || c == '\u2013') {
                sep = k;
                sepEnd = k + 1;
            } else if (c == '-' && k + 1 < line.length() && line.charAt(k + 1) == '-') {
                sep = k;
                sepEnd = k + 2;
            } else if (c == '-' && spaceBefore && spaceAfter || c == ':' && spaceAfter) {
                sep = k;
                sepEnd = k + 1;
            } else if (".!?".indexOf(c) >= 0 && spaceAfter) {
                return -1; // a sentence ended first
            }
            if (sep >= 0) break;
        }
        if (sep <= 0) return -1;
        String prefix = line.substring(0, sep);
        boolean agency = false;
        StringBuilder top = new StringBuilder();
        depth = 0;
        List<Integer> opens = new ArrayList<>();
        for (int k = 0; k < prefix.length(); k++) {
            char c = prefix.charAt(k);
            if (c == '(' || c == '[') {
                opens.add(k);
                depth++;
                top.append(' ');
            } else if ((c == ')' || c == ']') && depth > 0) {
                int o = opens.remove(opens.size() - 1);
                depth--;
                String inside = prefix.substring(o + 1, k).replaceAll("[(\\[][^)\\]]*[)\\]]", " ").replaceAll("[-\u2013\u2014]+\\s*$", "").strip();
                if (outlets.contains(inside)) agency = true;
                for (String part : inside.split("\\s*[-\u2013\u2014]\\s+|\\s+[-\u2013\u2014]\\s*")) if (outlets.contains(part)) agency = true;
                top.append(' ');
            } else if (depth == 0) {
                top.append(c);
            }
        }
        if (depth != 0) return -1;
        String[] tokens = top.toString().trim().split("[\\s,]+");
        if (tokens.length == 0 || tokens[0].isEmpty()) return agency ? sepEnd : -1;
        boolean comma = top.indexOf(",") >= 0;
        for (String t : tokens) {
            String w = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty()) continue;
            if (!(Character.isUpperCase(w.charAt(0)) || NUMBER.matcher(w).matches())) return -1;
        }
        String first = tokens[0].replaceAll("[^\\p{L}]", "");
        boolean capitals = first.length() >= 2 && first.equals(first.toUpperCase(Locale.ROOT));
        boolean dash = line.charAt(sep) != ':';
        if (agency || comma && capitals) return sepEnd;
        // "CITY — ...", unless the dash opens an aside that a second dash closes ("NATO — which ... — said")
        if (capitals && dash && line.indexOf(line.charAt(sep), sepEnd) < 0) return sepEnd;
        return -1;
    }

    /**
     * Whether a sentence that opens a lead line and is not the whole line is a dateline of its own: a few words in
     * capitals, numbers and month names, with a comma ("CITY, MONTH 3, AGENCY.").
     */
    private static boolean capitalsDateline(String sentence) {
        String[] tokens = sentence.trim().split("[\\s,]+");
        if (tokens.length < 2 || tokens.length > 8 || sentence.indexOf(',') < 0) return false;
        boolean capitals = false;
        for (String t : tokens) {
            String w = t.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.isEmpty() || NUMBER.matcher(w).matches() || MONTH.matcher(w).matches()) continue;
            if (!w.equals(w.toUpperCase(Locale.ROOT))) return false;
            if (w.replaceAll("[^\\p{L}]", "").length() >= 3) capitals = true;
        }
        return capitals;
    }

    // ---- headlines

    private static boolean hasTitle(String title) {
        return title != null && !title.isBlank();
    }

    private void headline(String text, String title, List<Line> lines, List<Sentence> sentences, Zone[] zone,
                          boolean[] datelinePrefix) {
        int n = Math.min(lines.size(), LEAD_LINES);
        if (hasTitle(title)) {
            String t = normal(title);
            for (int i = 0; i < n; i++) {
                String l = normal(slice(text, lines.get(i)));
                if (zone[i] == null && !l.isEmpty() && (t.equals(l) || t.startsWith(l + " | ") || t.startsWith(l + " - ")
                        || t.startsWith(l + " \u2013 ") || t.startsWith(l + " \u2014 "))) {
                    zone[i] = Zone.HEADLINE;
                    return;
                }
            }
            return;
        }
        int seen = 0;
        for (int i = 0; i < n && seen < 2; i++) {
            if (zone[i] != null) continue;
            if (datelinePrefix[i] || i + 1 >= lines.size()) return;
            seen++;
            String line = slice(text, lines.get(i));
            int words = words(line);
            char last = lastChar(line);
            if (words >= 2 && words <= HEADLINE_MAX_WORDS && sentencesIn(lines.get(i), sentences) <= 1 && line.length() <= HEADLINE_MAX_CHARS && startsCapitalised(line)
                    && ".,;:\u2026".indexOf(last) < 0 && !line.endsWith("...")) {
                zone[i] = Zone.HEADLINE;
                return;
            }
        }
    }

    /** How many sentences start within the line. */
    private static int sentencesIn(Line line, List<Sentence> sentences) {
        int k = 0;
        for (Sentence s : sentences) if (s.begin() >= line.start() && s.begin() < line.end()) k++;
        return k;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00a0]+", " ").strip();
    }

    // ---- sentences

    private static Zone sentenceZone(String text, int begin, int end, List<QuoteSpans.Span> quotes) {
        int letters = 0, quoted = 0;
        for (int k = begin; k < end; k++) {
            if (!Character.isLetterOrDigit(text.charAt(k))) continue;
            letters++;
            if (insideWords(quotes, k)) quoted++;
        }
        if (letters > 0 && quoted == letters) return Zone.QUOTE;
        int last = end - 1;
        while (last >= begin && Character.isWhitespace(text.charAt(last))) last--;
        if (last >= begin && text.charAt(last) == '?' && !insideMarks(quotes, last)) return Zone.QUESTION;
        return Zone.BODY;
    }

    private static boolean insideWords(List<QuoteSpans.Span> quotes, int k) {
        for (QuoteSpans.Span q : quotes) if (k >= q.start() && k < q.end()) return true;
        return false;
    }

    private static boolean insideMarks(List<QuoteSpans.Span> quotes, int k) {
        for (QuoteSpans.Span q : quotes) if (k >= q.open() && k < Math.max(q.close(), q.end())) return true;
        return false;
    }

    // ---- shapes

    private static int words(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** The line's last character, closing quotes and brackets skipped. */
    private static char lastChar(String s) {
        int k = s.length() - 1;
        while (k > 0 && (CLOSERS.indexOf(s.charAt(k)) >= 0 || Character.isWhitespace(s.charAt(k)))) k--;
        return k < 0 ? ' ' : s.charAt(k);
    }

    /** Whether the line's first letter or digit, after opening quotes, is a capital or a digit. */
    private static boolean startsCapitalised(String s) {
        int k = 0;
        while (k < s.length() && OPENERS.indexOf(s.charAt(k)) >= 0) k++;
        return k < s.length() && (Character.isUpperCase(s.charAt(k)) || Character.isDigit(s.charAt(k)));
    }
}
