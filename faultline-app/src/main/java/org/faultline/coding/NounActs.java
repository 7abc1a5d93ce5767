package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.lexicon.VerbEntry;
import org.faultline.lexicon.VerbLexicon;
import org.faultline.model.Actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules for event nouns: "clashes between A and B", "an Israeli strike on X", "claimed responsibility for the ambush".
 */
abstract class NounActs extends ActFilters {
    NounActs(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        super(verbs, cues, locator, petrarch);
    }

    boolean isEventNoun(ParseTree t, int i, VerbEntry entry) {
        return t.pos(i).startsWith("NN") && (!verbs.nouns(t.lemma(i)).isEmpty() || entry.objects().contains(t.lemma(i)));
    }

    /** The actor that modifies an event noun: "Israeli strike", "Russia's attack", "attack by X". */
    /** The noun itself when the lexicon knows it as an event, else such a modifier of it ("tank shelling"), else -1. */
    int eventNounAt(ParseTree t, int noun) {
        if (!eventNounEntries(t, noun).isEmpty()) return noun;
        for (int c : t.children(noun, "amod", "compound")) if (!eventNounEntries(t, c).isEmpty()) return c;
        return -1;
    }

    List<VerbEntry> eventNounEntries(ParseTree t, int i) {
        List<VerbEntry> byLemma = verbs.nouns(t.lemma(i));
        return byLemma.isEmpty() ? verbs.nouns(t.word(i).toLowerCase(java.util.Locale.ROOT)) : byLemma;
    }

    Actor modifierActor(ParseTree t, int noun) {
        for (int c : t.children(noun)) {
            if (t.relIs(c, "nmod:poss", "amod", "compound")) {
                Actor a = locator.actorOf(t, c);
                if (a != null) return a;
                // "Israeli tank shelling": the adjective may hang on the compound
                for (int g : t.children(c, "amod", "compound", "nmod:poss")) {
                    Actor b = locator.actorOf(t, g);
                    if (b != null) return b;
                }
            }
            if (t.relIs(c, "nmod") && t.preposition(c).equals("by")) {
                Actor a = locator.actorOf(t, c);
                if (a != null) return a;
            }
        }
        int owner = ownerOf(t, noun);
        return owner < 0 ? null : locator.actorOf(t, owner);
    }

    /**
     * "the insurgents claimed responsibility for the ambush", "an ambush claimed by the insurgents", "the insurgents
     * were behind the ambush": the side that owns a violent act (a RESPONSIBILITY cue) is its doer. Returns that
     * side's token, or -1; a denied or refused responsibility owns nothing.
     */
    int ownerOf(ParseTree t, int noun) {
        int h = t.head(noun);
        if (h >= 0 && t.preposition(noun).equals("for")) {
            int verb = -1;
            if (t.pos(h).startsWith("NN") && cues.contains(CueKind.RESPONSIBILITY, t.lemma(h))) verb = t.head(h);
            else if (t.isVerb(h)) {
                int o = t.child(h, "obj");
                if (o >= 0 && cues.contains(CueKind.RESPONSIBILITY, t.lemma(o))) verb = h;
            }
            if (verb >= 0 && t.isVerb(verb) && !negated(t, verb) && !cues.contains(CueKind.DENY, t.lemma(verb))) return subjectOf(t, verb);
        }
        for (int c : t.children(noun, "acl")) {
            if (cues.contains(CueKind.RESPONSIBILITY, t.lemma(c)) && !negated(t, c)) {
                int agent = agentOf(t, c);
                if (agent >= 0) return agent;
            }
        }
        if (t.child(noun, "cop") >= 0 && !negated(t, noun)) {
            for (int c : t.children(noun, "case")) if (cues.contains(CueKind.RESPONSIBILITY, t.lemma(c))) return t.child(noun, "nsubj");
        }
        return -1;
    }

    void nounEvents(ParseTree t, int n, List<RawEvent> out) {
        // "the war between A and B", "tensions": a standing state, told as a relation, not an event
        if (cues.contains(CueKind.STATE, t.lemma(n))) return;
        if (cues.contains(CueKind.TENSION, t.lemma(n))) return;
        // "clashes ... may be a precursor": a nominal under a modal is talk about events, not a report of one
        int h = t.head(n);
        boolean modal = false;
        if (h >= 0) for (int c : t.children(h, "aux")) if (cues.contains(CueKind.FORECAST, t.lemma(c))) modal = true;
        // "Turkish military operations were lawful": acts named only to be characterised are no incident
        if (t.relIs(n, "nsubj") && h >= 0 && t.child(h, "cop") >= 0 && !Incidents.refersBack(t, n, cues)) return;
        VerbEntry entry = null;
        for (VerbEntry e : verbs.nouns(t.lemma(n))) {
            if (phraseAt(t, n, e)) {
                entry = e;
                break;
            }
        }
        if (entry == null) return;
        Actor source = null;
        List<Actor> targets = new ArrayList<>();
        // "clashes between A and B"; "clashes erupted between A and B", with the pair hung on the clause's verb
        List<Integer> pairs = new ArrayList<>(t.children(n, "nmod"));
        if (t.relIs(n, "nsubj") && h >= 0) pairs.addAll(t.children(h, "obl"));
        for (int c : pairs) {
            String p = t.preposition(c);
            if (p.equals("between") || p.equals("among")) {
                List<Actor> pair = locator.actorsOf(t, c);
                if (pair.size() >= 2 && !modal) {
                    out.add(new RawEvent(n, entry.code(), pair.get(0), pair.get(1), true));
                    return;
                }
            }
        }
        for (int c : t.children(n)) {
            if (t.relIs(c, "nmod:poss", "amod", "compound") && source == null) source = locator.actorOf(t, c);
            else if (t.relIs(c, "nmod")) {
                String p = t.preposition(c);
                if (p.equals("by") && source == null) source = locator.actorOf(t, c);
                else if (targetPrep(entry, p)) {
                    targets.addAll(locator.actorsOf(t, c));
                }
            }
        }
        // "would keep up their attacks": a side's own act under a modal is a forecast (or, told by that side, a threat);
        // anyone else's under a modal is talk about events
        if (modal && (source == null || !t.relIs(n, "obj"))) return;
        // "claimed responsibility for the ambush": the owner of the act did it, unless a verb of the sentence already tells it so
        if (source == null && entry.code().compareTo("18") >= 0) {
            int owner = ownerOf(t, n);
            Actor a = owner < 0 ? null : locator.actorOf(t, owner);
            if (a != null && out.stream().anyMatch(e -> e.code().compareTo("18") >= 0 && e.actor1() != null
                    && java.util.Objects.equals(e.actor1().country(), a.country()))) return;
            source = a;
        }
        if (source == null && targets.isEmpty()) {
            // "The shelling lasted two hours": a definite event noun that is the subject of its clause restates an
            // act already told; it is kept as a mention for the coder to join to that act, never as an event alone
            boolean definite = Incidents.refersBack(t, n, cues);
            if (definite && t.relIs(n, "nsubj", "nsubj:pass")) out.add(new RawEvent(n, entry.code(), null, null, true));
            // "one strike hit a school", "two shells landed near the market": a counted act of violence that is the
            // subject of its clause is told anew; the coder keeps it only when the incident's own sentences name its doer
            else if (entry.code().compareTo("18") >= 0 && t.relIs(n, "nsubj") && counted(t, n))
                out.add(new RawEvent(n, entry.code(), null, null, true));
            return;
        }
        // "until the siege on Gaza is lifted": an act with no named doer counts only where the sentence reports it
        if (source == null) {
            int h2 = t.head(n);
            if (h2 >= 0 && t.head(h2) >= 0 && !cues.contains(CueKind.REPORT, t.lemma(h2))) return;
        }
        // a nominal act on no one is only worth coding when it is violence, protest or a show of force
        if ((source == null || targets.isEmpty()) && needsTarget(entry.code().substring(0, 2))) return;
        if (targets.isEmpty()) targets.add(null);
        for (Actor b : limit(targets)) {
            if (source != null && b != null && source.code().equals(b.code())) continue;
            out.add(new RawEvent(n, entry.code(), source, b, true));
        }
    }

    /** "one strike", "two shells": a noun counted as acts, not pointing back at one already told. */
    static boolean counted(ParseTree t, int n) {
        for (int c : t.children(n, "nummod")) if (t.pos(c).equals("CD")) return true;
        return false;
    }

    /**
     * "Kurti said the attack was backed by Belgrade": a passive verb of sponsorship ({@code cues.txt} SPONSOR) whose
     * subject is an act of violence makes its agent a doer of that act, on the act's own target.
     */
    void sponsoredActs(ParseTree t, List<RawEvent> out) {
        for (int v = 0; v < t.size(); v++) {
            if (!t.isVerb(v) || !cues.contains(CueKind.SPONSOR, t.lemma(v)) || !isPassive(t, v) || negated(t, v)) continue;
            int act = t.child(v, "nsubj:pass"), agent = agentOf(t, v);
            List<VerbEntry> entries = new ArrayList<>();
            if (act >= 0) for (VerbEntry e : eventNounEntries(t, act)) if (phraseAt(t, act, e)) entries.add(e);
            if (agent < 0 || entries.isEmpty() || entries.get(0).code().compareTo("18") < 0) continue;
            List<Actor> sponsors = locator.actorsOf(t, agent);
            Actor target = null;
            for (int c : t.children(act, "nmod")) {
                String p = t.preposition(c);
                if (targetPrep(entries.get(0), p)) target = locator.actorOf(t, c);
            }
            for (Actor a : limit(sponsors)) out.add(new RawEvent(v, entries.get(0).code(), a, target, false));
        }
    }

    /** "an attack on X", "strikes against X": a preposition that names an event noun's target. */
    private static boolean targetPrep(VerbEntry entry, String preposition) {
        return entry.targetPreps().contains(preposition) || DEFAULT_TARGET_PREPS.contains(preposition);
    }
}
