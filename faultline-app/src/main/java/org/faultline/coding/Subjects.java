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
 * Role finders for doers: the subject, a passive's agent, a subject stranded or inherited from the verb above.
 */
abstract class Subjects extends Targets {
    Subjects(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        super(verbs, cues, locator, petrarch);
    }

    /** "there are groups calling on X": the participle carries the sentence's act. */
    static boolean existentialSubject(ParseTree t, int noun) {
        if (noun < 0 || t.head(noun) < 0) return false;
        return t.child(t.head(noun), "expl") >= 0;
    }

    static <T> List<T> limit(List<T> l) {
        return l.size() > 4 ? l.subList(0, 4) : l;
    }

    List<Actor> firstActorInPhrase(ParseTree t, int head) {
        for (int i : t.subtree(head, "punct", "parataxis", "ccomp", "advcl")) {
            if (i == head) continue;
            Actor a = locator.actorOf(t, i);
            if (a != null) return List.of(a);
        }
        Actor place = locator.placeActor(t, head);
        return place == null ? List.of() : List.of(place);
    }

    /** The subject of a verb, looking up through coordination, infinitives and relative clauses. */
    int subjectOf(ParseTree t, int v) {
        int s = t.child(v, "nsubj");
        // "Mali's army says foreign fighters backed ...", parsed with two subjects: the one after the speech verb acts
        for (int c : t.children(v, "nsubj")) {
            if (s < 0 || c <= s || c >= v) continue;
            for (int k = s + 1; k < c; k++) if (t.isVerb(k) && cues.contains(CueKind.REPORT, t.lemma(k))) s = c;
        }
        if (s >= 0) return s;
        int s2 = t.child(v, "csubj");
        if (s2 >= 0) return -1;
        int inherited = inheritedSubject(t, v);
        if (inherited >= 0) return inherited;
        return t.relIs(v, "dep", "parataxis") || t.head(v) < 0 ? strandedSubject(t, v) : -1;
    }

    /**
     * A finite verb the parser left without a subject (long sentences with an inserted clause: "X, where
     * peacekeepers are deployed, fired at Y"): the nearest noun before it that heads no prepositional phrase
     * and sits in no modifier clause of its own.
     */
    static int strandedSubject(ParseTree t, int v) {
        String pos = t.pos(v);
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBN"))) return -1;
        // "the fighters captured near the border": a participle right after its noun, with no auxiliary, is passive and has no
        // doer before it ("..., fired at the positions", a past tense the tagger took for a participle, still has one)
        if (pos.equals("VBN") && t.child(v, "aux") < 0 && v > 0 && t.pos(v - 1).startsWith("NN")) return -1;
        for (int i = v - 1; i >= 0; i--) {
            if (!t.pos(i).startsWith("NN")) continue;
            if (t.relIs(i, "nmod", "obl", "compound", "nmod:poss", "amod", "obj", "conj")) continue;
            if (t.relIs(i, "nsubj") && t.head(i) != v) continue;
            if (!t.preposition(i).isEmpty()) continue;
            boolean inModifier = false;
            for (int a : t.ancestors(i)) {
                if (a == v || t.dominates(a, v)) break;
                if (t.relIs(a, "acl", "advcl", "ccomp")) inModifier = true;
            }
            if (!inModifier) return i;
        }
        return -1;
    }

    int inheritedSubject(ParseTree t, int v) {
        int h = t.head(v);
        if (h < 0) return -1;
        if (t.relIs(v, "conj")) {
            int s = t.child(h, "nsubj");
            if (s < 0) s = t.child(h, "nsubj:pass");
            return s >= 0 ? s : inheritedSubject(t, h);
        }
        if (t.relIs(v, "xcomp")) {
            // "urged X to stop": the object controls; "agreed to stop": the subject does
            int o = t.child(h, "obj");
            if (o >= 0) return o;
            int s = t.child(h, "nsubj");
            if (s < 0) s = t.child(h, "nsubj:pass");   // "is scheduled to attend"
            return s >= 0 ? s : inheritedSubject(t, h);
        }
        if (t.relIs(v, "acl:relcl")) return h;
        // "groups calling on Russia": the noun a present participle modifies does the act
        if (t.relIs(v, "acl") && t.pos(v).equals("VBG")) return h;
        // "were forced to open fire after being shelled": a subjectless clause shares its head's subject
        if (t.relIs(v, "advcl") && !t.pos(v).equals("VBG") && t.child(v, "nsubj") < 0) {
            int s = t.child(h, "nsubj");
            if (s < 0) s = t.child(h, "nsubj:pass");
            if (s >= 0) return s;
        }
        // "claimed the ambush, saying it had killed 20 soldiers", the participle left loose
        if (t.relIs(v, "dep") && t.pos(v).equals("VBG") && h < v && t.child(v, "nsubj") < 0) {
            int s = t.child(h, "nsubj");
            if (s >= 0) return s;
        }
        if (t.relIs(v, "advcl", "acl") && (t.pos(v).equals("VBG"))) {
            // "accused Armenian troops of opening fire", "blamed the rebels for shelling": the one charged acts
            boolean charged = false;
            // "stopped a group of servicemen from advancing": so is the one kept from acting
            for (int c : t.children(v, "mark", "case")) if (t.lemma(c).equals("of") || t.lemma(c).equals("for") || t.lemma(c).equals("from")) charged = true;
            int o = t.child(h, "obj");
            if (charged && o >= 0) return o;
            int s = t.child(h, "nsubj");
            return s >= 0 ? s : meansSubject(t, h);
        }
        return -1;
    }

    /**
     * "tried to distract the army by attacking its base": a subjectless participle of means or manner under an
     * infinitive or a coordinated verb is done by whoever does that verb, found through the verb's own subject chain.
     */
    int meansSubject(ParseTree t, int h) {
        if (!t.relIs(h, "xcomp", "conj")) return -1;
        return inheritedSubject(t, h);
    }

    static int agentOf(ParseTree t, int v) {
        int a = t.child(v, "obl:agent");
        if (a >= 0) return a;
        for (int c : t.children(v, "obl", "nmod")) if (t.preposition(c).equals("by")) return c;
        return -1;
    }
}
