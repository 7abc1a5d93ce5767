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
 * Filters: whether a lexicon entry fits the verb, and whether the act was negated, prevented, requested, a result
 * or a charge rather than an act told as done.
 */
abstract class ActFilters extends Subjects {
    ActFilters(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        super(verbs, cues, locator, petrarch);
    }

    private static final java.util.Set<String> DISJUNCTIONS = org.faultline.lexicon.WordLists.bundled().set("DISJUNCTION");

    boolean negated(ParseTree t, int verb) {
        for (int c : t.children(verb)) {
            if ((t.relIs(c, "advmod", "neg") || t.relIs(c, "det")) && NEGATORS.contains(t.word(c))) return true;
        }
        int h = t.head(verb);
        // "do not see any reason or need to fire": a negation holds across "or"
        if (h >= 0 && t.relIs(verb, "conj") && t.children(verb, "cc").stream().anyMatch(c -> DISJUNCTIONS.contains(t.word(c).toLowerCase(java.util.Locale.ROOT)))
                && negated(t, h)) return true;
        // "failed to fire", "refrained from firing"
        if (h >= 0 && t.relIs(verb, "xcomp", "advcl") && cues.contains(CueKind.NEGATION, t.lemma(h))) return true;
        // "kept the protesters from marching": what someone was kept from doing did not happen
        if (h >= 0 && t.pos(verb).equals("VBG") && PREVENTING.contains(t.lemma(h))) {
            for (int c : t.children(verb, "mark", "case")) if (t.word(c).equals("from")) return true;
        }
        return false;
    }

    /**
     * "accused Rwanda of supporting the M23": a non-violent act charged is the accusation's content, not an event
     * told as done (a violent one charged, "accused the army of shelling", is the event the charge reports).
     */
    boolean isCharge(ParseTree t, int v) {
        if (!t.relIs(v, "advcl", "acl", "xcomp", "ccomp")) return false;
        int h = t.head(v);
        if (h < 0) return false;
        if (t.head(h) >= 0 && t.pos(h).startsWith("NN")) h = t.head(h);   // "accused Rwanda of supporting": the noun's head
        for (VerbEntry e : verbs.verbs(t.lemma(h))) if (e.code().startsWith("11")) return true;
        return false;
    }

    /** "we do not see any need to strike", "did not try to attack": an act under a negated verb is not told as done. */
    boolean underNegation(ParseTree t, int v) {
        int i = v;
        for (int depth = 0; depth < 4 && t.relIs(i, "xcomp", "acl", "ccomp", "advcl"); depth++) {
            i = t.head(i);
            if (i < 0) return false;
            // "no reason to strike", "any reason or need to strike": from the noun (and its conjuncts) to its verb
            for (int hop = 0; hop < 3 && t.pos(i).startsWith("NN") && t.head(i) >= 0; hop++) i = t.head(i);
            if (negated(t, i) && !cues.contains(CueKind.REPORT, t.lemma(i)) && !cues.contains(CueKind.DENY, t.lemma(i))) return true;
        }
        return false;
    }

    /** "shelled the town, killing three people": the deaths are the shelling's toll, not another event. */
    boolean isResult(ParseTree t, int v, VerbEntry entry) {
        if (!t.pos(v).equals("VBG") || !t.relIs(v, "advcl", "xcomp", "conj")) return false;
        int h = t.head(v);
        if (h < 0 || entry.code().compareTo("18") < 0) return false;
        for (VerbEntry e : verbs.verbs(t.lemma(h))) if (e.code().compareTo("18") >= 0) return true;
        return false;
    }

    /**
     * "urged Iran to halt", "wants X to attack", "demanded that Chad withdraw": what one side asks of another
     * has not happened.
     */
    boolean isRequested(ParseTree t, int v) {
        int h = t.head(v);
        if (h < 0) return false;
        if (t.relIs(v, "xcomp")) return REQUEST_VERBS.contains(t.lemma(h)) && t.child(h, "obj") >= 0;
        // "told Reuters that jets had struck the house" reports; "demanded that Chad withdraw" asks
        if (t.relIs(v, "ccomp") && told(t, v)) return false;
        return t.relIs(v, "ccomp") && (REQUEST_VERBS.contains(t.lemma(h)) || DEMAND_VERBS.contains(t.lemma(h))
                || t.lemma(h).equals("insist") || t.lemma(h).equals("propose") || t.lemma(h).equals("suggest"));
    }

    /** A clause in the past or present tense, with no modal: something told as having happened. */
    static boolean told(ParseTree t, int v) {
        for (int c : t.children(v, "aux")) if (t.pos(c).equals("MD")) return false;
        String pos = t.pos(v);
        if (pos.equals("VBD") || pos.equals("VBZ")) return true;
        for (int c : t.children(v, "aux", "aux:pass")) if (t.lemma(c).equals("have") || t.word(c).equals("was") || t.word(c).equals("were")) return true;
        return false;
    }

    /**
     * "accused Armenian troops of opening fire at its checkpoint", "blamed the army for the shelling of X": the
     * violent act charged is an event too, done by the accused (its status comes from the claims about it).
     */
    void chargedAct(ParseTree t, int v, List<Actor> accused, List<RawEvent> out) {
        if (accused.isEmpty()) return;
        for (int c : t.children(v, "obl", "advcl")) {
            String p = t.preposition(c);
            if (!p.equals("of") && !p.equals("for")) continue;
            List<VerbEntry> nouns = verbs.nouns(t.lemma(c));
            if (nouns.isEmpty() || nouns.get(0).code().compareTo("18") < 0) continue;
            int tgt = obliqueWith(t, c, DEFAULT_TARGET_PREPS);
            if (tgt < 0) tgt = obliqueWith(t, v, Set.of("at", "on", "against"));
            List<Actor> targets = tgt < 0 ? List.of() : locator.actorsOf(t, tgt);
            if (targets.isEmpty() && tgt >= 0) targets = firstActorInPhrase(t, tgt);
            Actor b = targets.isEmpty() ? null : targets.get(0);
            for (Actor a : limit(accused)) out.add(new RawEvent(c, nouns.get(0).code(), a, b, true));
        }
    }

    /** "Azerbaijan's allegations that Armenia has opened fire": what a claim noun says happened is a reported event. */
    boolean claimContent(ParseTree t, int v) {
        int h = t.head(v);
        return h >= 0 && cues.contains(CueKind.CLAIM, t.lemma(h)) && t.child(v, "mark") >= 0;
    }

    /**
     * Checks an entry's conditions against the verb's dependents. Returns the target's head token (-1 when the
     * verb has none) or MIN_VALUE when the entry does not fit.
     */
    int fits(ParseTree t, int v, VerbEntry e) {
        // "they call the militants terrorists", "calling the move a breach": a verb with an object and a predicate
        // of that object names or judges it; its bare sense ("called Erdogan", a phone call) does not fit
        if (e.particles().isEmpty() && e.objects().isEmpty() && e.xcomps().isEmpty() && e.targetPreps().isEmpty() && !e.noObject()
                && namesItsObject(t, v)) return Integer.MIN_VALUE;
        if (!e.particles().isEmpty()) {
            boolean ok = false;
            for (int c : t.children(v, "compound:prt", "advmod", "case")) {
                // "called Erdogan on Tuesday": a preposition before a time is no particle
                if (c + 1 < t.size() && t.relIs(c, "compound:prt") && TIME_WORDS.contains(t.word(c + 1))) continue;
                if (e.particles().contains(t.lemma(c))) ok = true;
            }
            // "call upon X": the parser often hangs the particle on the noun
            for (int c : t.children(v, "obl", "nmod")) {
                if (temporal(t, c)) continue;
                for (int g : t.children(c, "case")) if (e.particles().contains(t.lemma(g))) ok = true;
            }
            if (!ok) return Integer.MIN_VALUE;
        }
        int obj = t.child(v, "obj");
        if (e.noObject() && obj >= 0) return Integer.MIN_VALUE;
        if (anyObject(e)) {
            if (obj < 0) return Integer.MIN_VALUE;
        } else if (!e.objects().isEmpty()) {
            int o = obj;
            if (o < 0) o = t.child(v, "nsubj:pass");
            if (o < 0 || !(e.objects().contains(t.lemma(o)) || modifiedBy(t, o, e.objects()))) {
                // "came under fire": the listed noun is the object of the listed preposition
                int under = e.targetPreps().isEmpty() ? -1 : obliqueWith(t, v, e.targetPreps());
                if (under >= 0 && e.objects().contains(t.lemma(under))) return under;
                // the parser lost the object ("launched an unprecedented drone and missile attack on Israel",
                // with "drone" read as a verb): the listed noun in the words that follow, and its target
                int k = listedNounAfter(t, v, e.objects());
                if (k < 0 || obj >= 0 && t.pos(obj).startsWith("NN")) return Integer.MIN_VALUE;
                int after = targetAfter(t, k, e.targetPreps());
                // "released the mayor of the town", with the object lost: a listed person noun is the one acted on
                return after >= 0 || !e.targetPreps().isEmpty() || !verbs.nouns(t.lemma(k)).isEmpty() ? after : k;
            }
        }
        if (!e.xcomps().isEmpty()) {
            boolean ok = false;
            for (int c : t.children(v, "xcomp")) if (e.xcomps().contains(t.lemma(c))) ok = true;
            if (!ok) return Integer.MIN_VALUE;
        }
        if (!e.targetPreps().isEmpty()) {
            int tgt = obliqueWith(t, v, e.targetPreps());
            if (tgt < 0 && obj >= 0) tgt = obliqueWith(t, obj, e.targetPreps());
            if (tgt < 0) return e.objects().isEmpty() && e.particles().isEmpty() ? Integer.MIN_VALUE : -1;
            return tgt;
        }
        if (!e.objects().isEmpty() && !anyObject(e)) {
            // "sign an agreement with X", "open fire on X"
            int tgt = obliqueWith(t, v, defaultPreps(e));
            if (tgt < 0 && obj >= 0) tgt = obliqueWith(t, obj, defaultPreps(e));
            // "shelled Azerbaijani positions": the object is the thing hit, and its owner the target
            if (tgt < 0 && obj >= 0 && verbs.nouns(t.lemma(obj)).isEmpty()) tgt = obj;
            // "rejected Colombia's proposal": an act's owner is the one answered
            if (tgt < 0 && obj >= 0) for (int c : t.children(obj, "nmod:poss", "amod", "compound")) if (tgt < 0 && locator.actorOf(t, c) != null) tgt = c;
            return tgt >= 0 ? tgt : complementTarget(t, v);
        }
        if (obj >= 0) return obj;
        int iobj = t.child(v, "iobj");
        if (iobj >= 0) return iobj;
        int tgt = obliqueWith(t, v, defaultPreps(e));
        return tgt >= 0 ? tgt : complementTarget(t, v);
    }

    /** An object and a predicate noun or adjective of it: "call X Y", "calling X a Y", "call X illegal". */
    static boolean namesItsObject(ParseTree t, int v) {
        List<Integer> objs = t.children(v, "obj");
        if (objs.size() >= 2 && predicate(t, objs.get(0), objs.get(1))) return true;
        // "call the rebels the northern group", with the object read as an indirect one
        int obj = objs.isEmpty() ? t.child(v, "iobj") : objs.get(0);
        if (obj < 0) return false;
        for (int c : t.children(obj, "dep")) if (predicate(t, obj, c)) return true;
        for (int c : t.children(v, "xcomp")) if (predicate(t, obj, c)) return true;
        return false;
    }

    /** A noun or adjective after the object with no comma between: "calling the move a breach", not "killed 30 people, mostly fighters". */
    static boolean predicate(ParseTree t, int obj, int c) {
        if (!(t.pos(c).startsWith("NN") || t.pos(c).startsWith("JJ")) || c < obj) return false;
        for (int k = obj + 1; k < c; k++) if (t.word(k).equals(",") || t.word(k).equals(";")) return false;
        // the predicate follows the object phrase at once: "accused the side of ignoring ... the moves" (a second
        // object the parser hung on the verb after a clause of its own) names nothing
        for (int k = obj + 1; k < c; k++) {
            boolean quoteMark = t.pos(k).equals("``") || t.pos(k).equals("''");
            if (!quoteMark && !t.dominates(obj, k) && !t.dominates(c, k)) return false;
        }
        return true;
    }

    /** Whether an object reads as a RECIPROCAL cue ("each other"). */
    boolean reciprocal(ParseTree t, int obj) {
        if (obj < 0) return false;
        // the words of the object's phrase up to its head ("each other", not "one another of provoking the unrest")
        int from = obj;
        for (int i : t.subtree(obj)) from = Math.min(from, i);
        StringBuilder words = new StringBuilder();
        for (int i = from; i <= obj; i++) words.append(words.length() == 0 ? "" : " ").append(t.word(i));
        for (List<String> phrase : cues.phrases(CueKind.RECIPROCAL)) if (String.join(" ", phrase).contentEquals(words)) return true;
        return false;
    }

    boolean obliged(ParseTree t, int v) {
        for (int c : t.children(v, "aux")) if (cues.contains(CueKind.OBLIGATION, t.lemma(c))) return true;
        return false;
    }

    /** Who says the clause of {@code v}: the quotation's speaker, else the subject of the reporting verb it hangs under. */
    Actor speakerOf(ParseTree t, int v) {
        Actor quoted = locator.speaker(t.begin(v));
        if (quoted != null) return quoted;
        int h = t.head(v);
        if (h >= 0 && t.relIs(v, "ccomp") && cues.contains(CueKind.REPORT, t.lemma(h))) return locator.actorOf(t, subjectOf(t, h));
        return null;
    }

    /** Whether a place of the sentence lies under the verb ("will meet in Geneva"). */
    static boolean placedUnder(SentenceContext ctx, int v) {
        ParseTree t = ctx.tree();
        for (var p : ctx.places()) {
            int k = ctx.tokenAt(p.start());
            if (k < 0) continue;
            for (int c : t.children(v, "obl", "nmod", "advmod")) if (t.dominates(c, k)) return true;
        }
        return false;
    }
}
