package org.faultline.export;

import org.faultline.model.Actor;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.Evidence;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.Relation;
import org.faultline.model.Truncation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/** A digest of a {@link Document} for people: who did what to whom, who says so, and on what evidence. */
public final class TextDigest {
    /** Evidence longer than this is shortened in the middle. */
    static final int EVIDENCE_CHARS = 160;

    private TextDigest() {}

    public static void write(Document d, PrintStream out) {
        write(d, out, false);
    }

    /** @param why also list, under each event, the rules and lexicon lines that made it */
    public static void write(Document d, PrintStream out, boolean why) {
        if (d == null) throw new IllegalArgumentException("document must not be null");
        if (out == null) throw new IllegalArgumentException("output stream must not be null");
        out.print(toText(d, why));
        out.flush();
    }

    /** The digest as a string, lines ending in "\n". */
    public static String toText(Document d) {
        return toText(d, false);
    }

    /**
     * The digest as a string. Events are grouped by incident (one event per source or competing account), each
     * followed by the claims and denials about it.
     */
    public static String toText(Document d, boolean why) {
        if (d == null) throw new IllegalArgumentException("document must not be null");
        StringBuilder b = new StringBuilder();
        header(d.article(), b);
        for (Truncation t : d.coverage().truncations()) b.append("Truncated: ").append(t.message()).append('\n');
        section(b, "Events", d.events().size());
        int n = 1;
        Map<String, List<Event>> incidents = new LinkedHashMap<>();
        for (Event e : d.events()) incidents.computeIfAbsent(e.incident(), k -> new ArrayList<>()).add(e);
        int k = 1;
        for (List<Event> told : incidents.values()) {
            b.append(String.format(Locale.ROOT, "  Incident %d", k++))
                    .append(told.size() == 1 ? "" : " (" + told.size() + " accounts)").append('\n');
            for (Event e : told) {
                event(n++, e, b);
                for (Evidence m : e.mentions()) {
                    b.append("       also \u00bb ").append(shorten(m.text(), EVIDENCE_CHARS))
                            .append(String.format(Locale.ROOT, "  [%d-%d]", m.start(), m.end())).append('\n');
                }
                for (Claim c : d.claims()) {
                    if (!e.id().equals(c.aboutEvent())) continue;
                    b.append("       ").append(c.stance().equals("deny") ? "denied by " : "claimed by ")
                            .append(c.claimant() == null ? "?" : actor(c.claimant())).append(": ")
                            .append(shorten(c.text(), EVIDENCE_CHARS - 40)).append('\n');
                }
                if (why) for (String w : e.why()) b.append("       why: ").append(w).append('\n');
            }
        }
        section(b, "Claims", d.claims().size());
        for (Claim c : d.claims()) claim(c, d.claims(), b);
        section(b, "Quotes", d.quotes().size());
        for (Quote q : d.quotes()) {
            b.append("  ").append(q.speaker() == null ? "(speaker unknown)" : actor(q.speaker()))
                    .append(": \u201c").append(shorten(q.text(), 300)).append("\u201d\n");
        }
        section(b, "Relations", d.relations().size());
        for (Relation r : d.relations()) {
            b.append("  ").append(actor(r.a())).append(" \u2014 ").append(r.kind()).append(" \u2014 ")
                    .append(actor(r.b())).append('\n');
            evidenceLine(r.evidence(), b);
        }
        section(b, "Places", d.places().size());
        for (Place p : d.places()) b.append("  ").append(place(p)).append('\n');
        section(b, "Citations", d.citations().size());
        for (Citation c : d.citations()) {
            b.append("  ").append(citation(c)).append('\n');
            if (c.evidence() != null) evidenceLine(c.evidence(), b);
        }
        return b.toString();
    }

    private static void header(Article a, StringBuilder b) {
        b.append("Document ").append(a.id());
        if (!a.source().equals(a.id())) b.append("  (").append(a.source()).append(')');
        b.append('\n');
        if (a.title() != null) b.append("Title:     ").append(a.title()).append('\n');
        b.append("Published: ").append(a.published() == null ? "unknown" : a.published().toString());
        if (a.published() != null && a.publishedSource() != null) b.append(" (from ").append(how(a.publishedSource())).append(')');
        b.append('\n');
        b.append("Outlet:    ").append(a.outlet() == null ? "unknown" : a.outlet()).append('\n');
        if (a.url() != null) b.append("URL:       ").append(a.url()).append('\n');
    }

    private static String how(String publishedSource) {
        return switch (publishedSource) {
            case "argument" -> "the command line";
            case "input" -> "the input's metadata";
            case "html-meta" -> "the page's meta tags";
            case "text" -> "the text";
            default -> publishedSource;
        };
    }

    private static void section(StringBuilder b, String title, int count) {
        b.append('\n').append(title).append(" (").append(count).append(')').append(count == 0 ? ": none\n" : "\n");
    }

    private static void event(int n, Event e, StringBuilder b) {
        b.append(String.format(Locale.ROOT, "%3d. ", n))
                .append(e.date() == null ? "date unknown" : e.date().toString()).append("  ")
                .append(e.actor1() == null ? "?" : actor(e.actor1()))
                .append(" -> ").append(e.cameo()).append(e.plover() == null ? "" : " " + e.plover())
                .append(" -> ").append(e.actor2() == null ? "?" : actor(e.actor2()))
                .append("  [").append(e.status().label()).append(']').append('\n');
        List<String> details = new ArrayList<>();
        if (e.location() != null) details.add("at " + place(e.location()));
        if (e.fatalities() != null) details.add(e.fatalities() == 0 ? "no fatalities" : e.fatalities() + " killed");
        if (e.acledType() != null)
            details.add("ACLED " + e.acledType() + (e.acledSubType() == null ? "" : " / " + e.acledSubType()));
        if (e.reportedBy() != null) details.add("reported by " + actor(e.reportedBy()));
        if (e.citation() != null) details.add("cited: " + citation(e.citation()));
        for (String detail : details) b.append("       ").append(detail).append('\n');
        b.append("       id ").append(e.id()).append('\n');
        evidenceLine(e.evidence(), b);
    }

    private static void claim(Claim c, List<Claim> all, StringBuilder b) {
        b.append("  ").append(c.id()).append(' ').append(c.stance().equals("deny") ? "DENIES " : "asserts")
                .append("  ").append(c.claimant() == null ? "?" : actor(c.claimant())).append(": ")
                .append(shorten(c.text(), EVIDENCE_CHARS)).append('\n');
        if (c.contradicts() != null) b.append("       contradicts ").append(c.contradicts()).append('\n');
        for (Claim other : all) {
            if (c.id().equals(other.contradicts()))
                b.append("       denied by ").append(other.id()).append(" (")
                        .append(other.claimant() == null ? "?" : actor(other.claimant())).append(")\n");
        }
        if (c.aboutEvent() != null) b.append("       about event ").append(c.aboutEvent()).append('\n');
        if (c.citation() != null) b.append("       cited: ").append(citation(c.citation())).append('\n');
    }

    private static void evidenceLine(Evidence e, StringBuilder b) {
        if (e == null) return;
        b.append("       \u00bb ").append(shorten(e.text(), EVIDENCE_CHARS))
                .append(String.format(Locale.ROOT, "  [%d-%d]", e.start(), e.end())).append('\n');
    }

    static String actor(Actor a) {
        String code = a.code() == null || a.code().equals("---") ? "" : " (" + a.code() + ")";
        return a.name() + code;
    }

    static String place(Place p) {
        StringBuilder s = new StringBuilder(p.name());
        List<String> where = new ArrayList<>();
        if (!p.canonical().equals(p.name())) where.add(p.canonical());
        if (p.admin1() != null) where.add(p.admin1());
        if (p.country() != null) where.add(p.country());
        if (!where.isEmpty()) s.append(" (").append(String.join(", ", where)).append(')');
        s.append(String.format(Locale.ROOT, " %.4f, %.4f", p.lat(), p.lon()));
        if (p.feature() != null) s.append(' ').append(p.feature());
        if (!p.aliases().isEmpty()) s.append("; also ").append(String.join(", ", p.aliases()));
        return s.toString();
    }

    static String citation(Citation c) {
        return c.outlet() + (c.date() == null ? "" : ", " + c.date());
    }

    /** The text on one line, cut in the middle when longer than {@code max}. */
    static String shorten(String text, int max) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= max) return s;
        int head = max * 2 / 3, tail = max - head - 3;
        return s.substring(0, head).stripTrailing() + " \u2026 " + s.substring(s.length() - tail).stripLeading();
    }
}
