package org.faultline.extract;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Citation;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Sentence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds inline source citations: a parenthetical that closes a sentence and names a source, usually with a
 * date: "(Mod.gov.ua, May 3)", "(Nation.co.ke, May 7; Standard Digital, May 8)" (two citations),
 * "(see Analysis Weekly, September 22, 2021)", "(Reuters, 12 May)", "(TASS)".
 *
 * <p>An entry is a citation when its source looks like an outlet: a domain name ("x.ke"), a name in
 * {@code citation-outlets.txt}, or a capitalised name of a few words followed by a date. Asides such as
 * "(which links A with B)", "(NATO)", "(Russia, Armenia, Azerbaijan)" or "(about $5 million)" are not.
 * Dates resolve against the publication date, never after it: an entry dated after it ("(Policy Digest, October 5,
 * 2031)" in a 2021 article, "(Reuters, tomorrow)") cites nothing yet and is not a citation. The evidence is the
 * sentence the citation closes; a parenthetical standing after the sentence's full stop belongs to the sentence before.
 */
final class CitationParser {
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()\\n]{1,300})\\)");
    /** "see", "via", "according to" ... as whole words: "(SeeNews, May 3)" and "(Viasat World, May 3)" name outlets. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:(?:see\\s+also|see|via|according\\s+to|quoted\\s+(?:in|by)|cited\\s+(?:in|by)|as\\s+reported\\s+by|reported\\s+by)\\b"
                    + "|cf\\b\\.?|source:|sources:)\\s*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)^(?:https?://)?(?:www\\.)?[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,6}(?:/\\S*)?$");
    /** A capitalised name: up to six words, each capitalised, a number, or a short linking word. */
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}\\d.&'’/-]*|\\d[\\p{L}\\d]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'’/-]*|\\d+|of|the|and|de|du|la|le|al|el|for|on|in)){0,5}$");
    private static final Pattern NOT_OUTLET = Pattern.compile(
            "(?i)^(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Photo|Image|Video|File|Map|Source|Sources|"
                    + "Update|Updated|Note|Editor|Ed|AP Photo|Reuters Photo|AFP Photo|Getty|Getty Images)\\b.*");

    private final CitationOutlets outlets;

    CitationParser() {
        this(CitationOutlets.bundled());
    }

    CitationParser(CitationOutlets outlets) {
        if (outlets == null) throw new IllegalArgumentException("outlets must not be null");
        this.outlets = outlets;
    }

    /** Every citation in the article, in text order. */
    List<Citation> find(AnnotatedArticle a, DateResolver dates) {
        if (a == null) throw new IllegalArgumentException("annotated article must not be null");
        if (dates == null) throw new IllegalArgumentException("date resolver must not be null");
        String text = a.article().text();
        LocalDate published = a.article().published();
        List<Citation> out = new ArrayList<>();
        Matcher m = PARENTHETICAL.matcher(text);
        while (m.find()) {
            if (!closesSentence(text, m.start(), m.end())) continue;
            List<Entry> entries = entries(text, m.start(1), m.end(1), dates, published);
            if (entries.isEmpty()) continue;
            Evidence evidence = evidence(a, text, m.start());
            for (Entry e : entries) out.add(new Citation(e.outlet(), e.date(), e.start(), e.end(), evidence));
        }
        return out;
    }

    /**
     * The citations with distinct (outlet, date), first occurrence kept: the list a document reports, where
     * one source cited twice for the same day counts once ({@link #find} keeps both, one per sentence).
     */
    static List<Citation> distinct(List<Citation> citations) {
        List<Citation> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Citation c : citations) {
            if (seen.add(c.outlet().toLowerCase(java.util.Locale.ROOT) + "\t" + c.date())) out.add(c);
        }
        return out;
    }

    /** One source named inside a parenthetical; {@code strong} when the outlet is a domain or a listed name. */
    private record Entry(String outlet, PartialDate date, int start, int end, boolean strong) {
    }

    /**
     * The citations inside one parenthetical (from {@code from} to {@code to}); empty when any part of it is
     * not a citation: a citation list is all citations.
     */
    private List<Entry> entries(String text, int from, int to, DateResolver dates, LocalDate published) {
        List<Entry> out = new ArrayList<>();
        String previousOutlet = null;
        boolean previousStrong = false;
        int pos = from;
        for (String part : text.substring(from, to).split(";", -1)) {
            int partStart = pos;
            pos += part.length() + 1;
            int s = partStart, e = partStart + part.length();
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == '.' && !endsWithAbbreviation(text, s, e)))
                e--;
            Matcher lead = LEAD_IN.matcher(text.substring(s, e));
            if (lead.find()) s += lead.end();
            if (s >= e) return List.of();
            String entry = text.substring(s, e);
            Entry parsed = entry(entry, s, dates, published);
            if (parsed == null && previousOutlet != null) {
                // "(Standard Digital, May 8; May 10)": a date alone repeats the outlet before it
                PartialDate d = citedDate(entry, dates, published);
                if (d != null) parsed = new Entry(previousOutlet, d, s, e, previousStrong);
            }
            if (parsed == null) return List.of();
            out.add(parsed);
            previousOutlet = parsed.outlet();
            previousStrong = parsed.strong();
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String text, int s, int e) {
        // "(Reuters, Sept.)" keeps its dot only when it ends an abbreviated month; harmless either way
        String t = text.substring(s, e);
        return t.matches(".*\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.$");
    }

    /** One entry: "Outlet", "Outlet, DATE" or "DATE, Outlet"; null when it is not a citation. */
    private Entry entry(String entry, int start, DateResolver dates, LocalDate published) {
        int comma = entry.indexOf(',');
        if (comma < 0) {
            String outlet = entry.strip();
            return isStrongOutlet(outlet) ? new Entry(outlet, null, start, start + entry.length(), true) : null;
        }
        String head = entry.substring(0, comma).strip();
        String rest = entry.substring(comma + 1).strip();
        PartialDate d = dateOf(rest, dates, published);
        if (d != null && looksLikeOutlet(head, dates, published)) {
            return new Entry(head, d, start, start + entry.length(), isStrongOutlet(head));
        }
        // "(March 7, 2022, Reuters)" or "(March 7, Reuters)"
        int last = entry.lastIndexOf(',');
        String tail = entry.substring(last + 1).strip();
        d = citedDate(entry.substring(0, last), dates, published);
        if (d != null && looksLikeOutlet(tail, dates, published)) {
            return new Entry(tail, d, start, start + entry.length(), isStrongOutlet(tail));
        }
        return null;
    }

    /** The date of "March 7", "September 22, 2021", or the first date of "March 7, 8". */
    private static PartialDate dateOf(String s, DateResolver dates, LocalDate published) {
        PartialDate d = citedDate(s, dates, published);
        if (d != null) return d;
        String[] pieces = s.split(",");
        for (int n = pieces.length - 1; n >= 1; n--) {
            String prefix = String.join(",", java.util.Arrays.copyOf(pieces, n));
            d = citedDate(prefix, dates, published);
            if (d != null) {
                // the pieces after it must be more days: "March 7, 8"
                for (int k = n; k < pieces.length; k++) if (!pieces[k].strip().matches("\\d{1,2}")) return null;
                return d;
            }
        }
        return null;
    }

    /** The fragment as one date, or null when it is none or lies after the publication date (at its own precision). */
    private static PartialDate citedDate(String fragment, DateResolver dates, LocalDate published) {
        PartialDate d = dates.resolveFragment(fragment, published);
        if (d == null || published == null) return d;
        boolean after = d.year() != published.getYear() ? d.year() > published.getYear()
                : d.month() == 0 || d.month() != published.getMonthValue() ? d.month() > published.getMonthValue()
                : d.day() > published.getDayOfMonth();
        return after ? null : d;
    }

    private boolean isStrongOutlet(String name) {
        return DOMAIN.matcher(name).matches() && !name.matches("(?i).*\\.(?:e\\.g|i\\.e|etc)") || outlets.contains(name);
    }

    /** A listed outlet or a domain, else a capitalised name that is not itself a date ("(Sunday, 2021)" cites nothing). */
    private boolean looksLikeOutlet(String name, DateResolver dates, LocalDate published) {
        if (name.isEmpty() || name.length() > 60) return false;
        if (isStrongOutlet(name)) return true;
        return NAME.matcher(name).matches() && !NOT_OUTLET.matcher(name).matches() && dates.resolveFragment(name, published) == null;
    }

    /**
     * Whether the parenthetical ends its sentence: only closing quotes and spaces stand between it and a full
     * stop, a line end or the end of the text; or it stands right after a full stop.
     */
    private static boolean closesSentence(String text, int open, int close) {
        int i = close;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || "\"”’'".indexOf(text.charAt(i)) >= 0)) i++;
        if (i >= text.length() || ".!?\n\r\u2024".indexOf(text.charAt(i)) >= 0) return true;
        return afterSentenceEnd(text, open);
    }

    private static boolean afterSentenceEnd(String text, int open) {
        int j = open - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j--;
        if (j < 0 || text.charAt(j) == '\n') return false;
        while (j >= 0 && "\"”’'".indexOf(text.charAt(j)) >= 0) j--;
        return j >= 0 && ".!?\u2024".indexOf(text.charAt(j)) >= 0;
    }

    /** The sentence the citation at {@code open} closes. */
    private static Evidence evidence(AnnotatedArticle a, String text, int open) {
        Sentence holder = null;
        for (Sentence s : a.sentences()) {
            if (s.begin() <= open) holder = s;
            else break;
        }
        if (holder == null) return null;
        boolean startsSentence = text.substring(holder.begin(), open).isBlank();
        if (startsSentence && holder.index() > 0) {
            Sentence before = null;
            for (Sentence s : a.sentences()) if (s.index() == holder.index() - 1) before = s;
            if (before != null) return before.evidence();
        }
        return holder.evidence();
    }
}
