package org.faultline.coding;

import org.faultline.lexicon.WordLists;
import java.util.Set;
import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.lexicon.VerbLexicon;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.Mentions;
import org.faultline.model.Quote;
import org.faultline.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claims of one sentence: what reporting frames assert or deny, claim nouns and their owners ("Azerbaijan's
 * allegations that ..."), accusations, and quotations as their speakers' claims.
 */
final class ClaimFinder {
    private final VerbLexicon verbs;
    private final CueLexicon cues;

    ClaimFinder(VerbLexicon verbs, CueLexicon cues) {
        this.verbs = verbs;
        this.cues = cues;
    }

    List<Claim> claimsOf(String docId, SentenceContext ctx, List<Frames.Frame> frames, List<Event> here,
                                 Map<String, Integer> eventToken, Mentions m, java.util.function.IntFunction<String> contextCountry,
                                 ActorLocator locator) {
        ParseTree t = ctx.tree();
        List<Claim> out = new ArrayList<>();
        Citation first = ctx.citations().isEmpty() ? null : ctx.citations().get(0);
        Citation last = ctx.citations().isEmpty() ? null : ctx.citations().get(ctx.citations().size() - 1);
        Evidence ev = ctx.sentence().evidence();
        for (Frames.Frame f : frames) {
            if (f.reporter() == null && !f.deny() && f.subject() < 0) continue;
            Event about = null;
            for (Event e : here) {
                Integer tok = eventToken.get(e.id());
                if (tok != null && f.covers(t, tok)) {
                    about = e;
                    break;
                }
            }
            String text = f.scope() >= 0 ? spanText(t, f.scope()) : ctx.sentence().text();
            Actor claimant = speaker(ctx, f, m, true);
            if (claimant == null) claimant = new Actor("unnamed source", null, null, null, "---");
            claimant = withContextCountry(claimant, contextCountry.apply(ctx.sentence().index()));
            String stance = f.deny() ? "deny" : "assert";
            Citation cite = f.deny() ? last : first;
            EventStatus status = f.hedged() ? EventStatus.UNVERIFIED : null;
            out.add(new Claim(Ids.claimId(docId, ev, stance, claimant, text), claimant, stance, text,
                    about == null ? null : about.id(), null, cite, status, ev));
        }
        // "Azerbaijan's allegations that ...", "the Azerbaijani Ministry of Defense statement": a claim noun and its owner
        for (int i = 0; i < t.size(); i++) {
            if (!t.pos(i).startsWith("NN") || !cues.contains(CueKind.CLAIM, t.lemma(i)) || ctx.inCitation(t.begin(i))) continue;
            Actor owner = null;
            for (int c : t.children(i)) {
                if (t.relIs(c, "nmod:poss", "amod", "compound") || (t.relIs(c, "nmod") && t.preposition(c).equals("by"))) {
                    owner = locator.actorOf(t, c);
                    if (owner != null && owner.country() != null) break;
                }
            }
            if (owner == null || owner.country() == null) continue;
            String country = owner.country();
            if (out.stream().anyMatch(c -> c.stance().equals("assert") && country.equals(c.claimant().country()))) continue;
            out.add(new Claim(Ids.claimId(docId, ev, "assert", owner, "claim:" + i), owner, "assert", spanText(t, i), null, null,
                    first, null, ev));
        }
        // accusations are claims by the accuser
        for (Event e : here) {
            if (!e.cameo().startsWith("112") || e.actor1() == null) continue;
            boolean known = out.stream().anyMatch(c -> e.id().equals(c.aboutEvent()));
            if (known) continue;
            out.add(new Claim(Ids.claimId(docId, ev, "assert", e.actor1(), e.id()), e.actor1(), "assert",
                    ctx.sentence().text(), e.id(), null, first, null, ev));
        }
        return out;
    }

    /**
     * "The statement also claimed ...": a document noun stands for its author, named where the same noun last
     * followed an actor ("the Azerbaijani Ministry of Defense statement", "Russia's statement").
     */
    /**
     * Who a frame says speaks: the actor its subject names, else the author of the document its subject is, else (when
     * {@code byName}) the subject's own words as an actor no dictionary places ("a presidential spokesman"); null when
     * the frame has no subject.
     */
    static Actor speaker(SentenceContext ctx, Frames.Frame f, Mentions m, boolean byName) {
        if (f.reporter() != null) return f.reporter();
        Actor author = author(ctx, f.subject(), m);
        if (author != null || !byName || f.subject() < 0) return author;
        return new Actor(spanText(ctx.tree(), f.subject()), null, null, null, "---");
    }

    static Actor author(SentenceContext ctx, int subject, Mentions m) {
        if (subject < 0) return null;
        String noun = ctx.tree().word(subject);
        if (!DOCUMENT_NOUNS.contains(noun)) return null;
        String text = m.article().text();
        int before = ctx.tree().begin(subject);
        for (int k = m.actors().size() - 1; k >= 0; k--) {
            ActorMention a = m.actors().get(k);
            if (a.end() >= before || a.actor().country() == null) continue;
            String after = text.substring(a.end(), Math.min(text.length(), a.end() + 40)).toLowerCase(Locale.ROOT)
                    .replaceFirst("^[\u2019']s", "").trim();
            if (after.startsWith(noun)) return a.actor();
        }
        return null;
    }

    private static final Set<String> DOCUMENT_NOUNS = WordLists.bundled().set("DOCUMENT_NOUN");

    /** An anonymous source ("a resident", "the man") speaks from where the sentence is set. */
    static Actor withContextCountry(Actor a, String country) {
        if (a.country() != null || a.code().startsWith("IGO")) return a;
        return country == null ? a : new Actor(a.name(), country, a.sector(), a.org(), country + (a.sector() == null ? "" : a.sector()));
    }

    /**
     * A quotation is its speaker's claim: a denial when it denies ("is false", "did not fire"), else an
     * assertion. A speaker already claiming in this sentence is not counted twice.
     */
    List<Claim> quoteClaims(String docId, SentenceContext ctx, List<Quote> quotes, List<Claim> already,
                                    java.util.function.IntFunction<String> contextCountry, List<Event> here) {
        List<Claim> out = new ArrayList<>();
        Sentence s = ctx.sentence();
        Citation first = ctx.citations().isEmpty() ? null : ctx.citations().get(0);
        boolean reported = false;
        ParseTree t = ctx.tree();
        for (int i = 0; i < t.size(); i++) if (cues.contains(CueKind.REPORT, t.lemma(i)) || cues.contains(CueKind.DENY, t.lemma(i))) reported = true;
        if (!reported) return out;
        for (Quote q : quotes) {
            if (q.speaker() == null || q.start() < s.begin() || q.start() >= s.end()) continue;
            if (q.text().trim().split("\\s+").length < 3) continue;
            String country = withContextCountry(q.speaker(), contextCountry.apply(s.index())).country();
            boolean dup = false;
            for (Claim c : already) if (java.util.Objects.equals(c.claimant().country(), country)) dup = true;
            // the sentence's report already says who told these words
            String quoted = q.text().trim();
            for (Claim c : already) if (quoted.length() > 20 && (c.text().contains(quoted) || quoted.contains(c.text().trim()))) dup = true;
            for (Claim c : out) if (java.util.Objects.equals(c.claimant().country(), country)) dup = true;
            if (dup) continue;
            String stance = denies(q.text()) ? "deny" : "assert";
            Actor speaker = withContextCountry(q.speaker(), contextCountry.apply(s.index()));
            // a quotation is about the event its sentence tells, if any
            String about = here.isEmpty() ? null : here.get(0).id();
            out.add(new Claim(Ids.claimId(docId, s.evidence(), stance, speaker, q.text()), speaker, stance, q.text(),
                    about, null, first, null, s.evidence()));
        }
        return out;
    }

    private static final java.util.Set<String> CLAUSE_NEGATORS = org.faultline.lexicon.WordLists.bundled().set("CLAUSE_NEGATOR");

    /** A quotation denies when it holds a denial word or a negated act: "is untrue", "has not fired". */
    private boolean denies(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (cues.contains(CueKind.DENY, w)) return true;
            if ((CLAUSE_NEGATORS.contains(w) || w.endsWith("n't")) && i + 1 < words.length
                    && (eventWord(words[i + 1]) || (i + 2 < words.length && eventWord(words[i + 2])))) return true;
        }
        return false;
    }

    /** An event verb in any inflection: "fired", "opens", "shelling". */
    private boolean eventWord(String w) {
        if (verbs.isEventWord(w)) return true;
        for (String suffix : new String[]{"ed", "d", "s", "es", "ing"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2 && verbs.isEventWord(w.substring(0, w.length() - suffix.length()))) return true;
        }
        return false;
    }

    static String spanText(ParseTree t, int head) {
        List<Integer> span = t.subtree(head);
        int b = t.begin(span.get(0)), e = t.end(span.get(span.size() - 1));
        Sentence s = t.sentence;
        return s.text().substring(Math.max(0, b - s.begin()), Math.min(s.text().length(), e - s.begin()));
    }

    /**
     * "'Our men entered the camp. We killed twelve soldiers,' the spokesman said": a claim told at the end of a
     * quotation that began sentences earlier holds the whole quotation as its evidence.
     */
    static Claim withWholeQuotation(Claim c, Sentence s, Mentions m) {
        for (Quote q : m.quotes()) {
            if (q.start() >= s.begin() || q.end() <= s.begin() || q.end() > s.end()) continue;
            if (c.evidence().start() < q.start() || c.evidence().start() > q.end()) continue;
            String text = m.article().text();
            // one paragraph's quotation only: a speech quoted over paragraphs is told claim by claim
            if (text.substring(q.start(), s.begin()).indexOf('\n') >= 0) continue;
            // the sentence ends with who said it: "... weapons," the spokesman said.
            if (!text.substring(q.end(), s.end()).chars().anyMatch(Character::isLetter)) continue;
            Evidence wide = new Evidence(c.evidence().sentenceIndex(), q.start(), s.end(), text.substring(q.start(), s.end()));
            return new Claim(c.id(), c.claimant(), c.stance(), c.text(), c.aboutEvent(), c.contradicts(), c.citation(), c.status(), wide);
        }
        return c;
    }
}
