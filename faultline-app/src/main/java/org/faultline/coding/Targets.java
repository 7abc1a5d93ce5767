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
 * Role finders for targets: the object, the preposition's object, a complement's target, "from X" for acts received.
 */
abstract class Targets extends FinderBase {
    Targets(VerbLexicon verbs, CueLexicon cues, ActorLocator locator, boolean petrarch) {
        super(verbs, cues, locator, petrarch);
    }

    /** "was starved and shelled": a past participle coordinated with a passive verb is passive too. */
    static boolean isPassive(ParseTree t, int v) {
        if (t.child(v, "nsubj:pass") >= 0 || t.child(v, "aux:pass") >= 0) return true;
        if (headlinePassive(t, v)) return true;
        int h = t.head(v);
        return t.relIs(v, "conj") && t.pos(v).equals("VBN") && h >= 0 && (t.child(h, "nsubj:pass") >= 0 || t.child(h, "aux:pass") >= 0);
    }

    /**
     * "Two fighters killed by drone", a headline's passive with its auxiliary dropped: a past participle with no
     * auxiliary, a subject and a "by" agent. The parser gives the subject as the doer; it is the patient.
     */
    static boolean headlinePassive(ParseTree t, int v) {
        // a main or reported clause: "a deal signed by both parties" inside another clause is a noun's modifier
        return t.pos(v).equals("VBN") && (t.head(v) < 0 || t.relIs(v, "ccomp", "parataxis")) && t.children(v, "aux").isEmpty() && t.child(v, "nsubj") >= 0 && Subjects.agentOf(t, v) >= 0;
    }

    /** "drone strike" fits at "strike" when "drone" precedes it; "round of talks" fits at "round" when "of talks" follows. */
    static boolean phraseAt(ParseTree t, int head, VerbEntry e) {
        String[] words = e.lemma().split(" ");
        int h = e.headIndex();
        for (int k = 0; k < words.length; k++) {
            int i = head - h + k;
            if (i < 0 || i >= t.size()) return false;
            if (!t.word(i).equals(words[k]) && !t.lemma(i).equals(words[k])) return false;
        }
        return true;
    }

    /** The first word after the verb, before the clause ends, whose lemma is one of {@code nouns}; or -1. */
    static int listedNounAfter(ParseTree t, int v, Set<String> nouns) {
        for (int i = v + 1; i < Math.min(t.size(), v + 9); i++) {
            String w = t.word(i);
            String pos = t.pos(i);
            // the noun phrase right after the verb only: no new clause ("to deepen a partnership"), no preposition
            if (w.equals(",") || w.equals(";") || w.equals(".") || pos.equals("TO") || pos.equals("MD") || pos.equals("IN")
                    || pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) return -1;
            if (t.pos(i).startsWith("NN") && nouns.contains(t.lemma(i))) return i;
        }
        return -1;
    }

    /**
     * "attack on Israel", "warrants for two Chilean men" read off the words: the first actor-bearing noun after
     * one of the entry's prepositions, or else after "on", "against", "at" or "upon".
     */
    int targetAfter(ParseTree t, int noun, Set<String> preps) {
        for (int i = noun + 1; i < Math.min(t.size(), noun + 3); i++) {
            String w = t.word(i);
            boolean listed = preps.isEmpty() ? w.equals("on") || w.equals("against") || w.equals("at") || w.equals("upon")
                    : preps.contains(w);
            if (!listed) continue;
            for (int j = i + 1; j < Math.min(t.size(), i + 5); j++) if (locator.actorOf(t, j) != null) return j;
        }
        return -1;
    }

    /** "used chemical weapons": a listed word may also be the object's compound or adjective. */
    static boolean modifiedBy(ParseTree t, int noun, Set<String> words) {
        for (int c : t.children(noun, "compound", "amod")) if (words.contains(t.lemma(c)) || words.contains(t.word(c))) return true;
        return false;
    }

    static boolean anyObject(VerbEntry e) {
        return e.objects().contains(VerbLexicon.ANY_OBJECT);
    }

    /** Statements, appeals, cooperation, demands, threats and sanctions are acts on someone; untargeted ones are commentary. */
    static boolean needsTarget(String root) {
        int r = Integer.parseInt(root);
        return r <= 13 || r == 16 || r == 17;
    }

    /** "deployed warships near Taiwan": a show of force near someone is aimed at them; other acts near a place happen there. */
    static Set<String> defaultPreps(VerbEntry e) {
        return e.code().startsWith("15") ? SHOW_OF_FORCE_PREPS : DEFAULT_TARGET_PREPS;
    }

    static boolean temporal(ParseTree t, int i) {
        return TIME_WORDS.contains(t.word(i)) || t.pos(i).equals("CD");
    }

    int complementTarget(ParseTree t, int v) {
        int x = t.child(v, "xcomp");
        if (x < 0) {
            // "demanded that Chad withdraw": the one the demand is on
            int c = t.child(v, "ccomp");
            return c >= 0 && t.child(c, "mark") >= 0 ? t.child(c, "nsubj") : -1;
        }
        int obj = t.child(x, "obj");
        int tgt = obliqueWith(t, x, DEFAULT_TARGET_PREPS);
        if (tgt >= 0) return tgt;
        return obj;
    }

    static boolean isOutlet(Actor a) {
        return a != null && "MED".equals(a.sector());
    }

    /**
     * The object of a preposition from {@code preps} under {@code head}: the first that names an actor, else the
     * first that is not a time ("on Monday", "in May").
     */
    /** "from X" on the verb, or on its object as the parser often has it ("faces [pressure from the opposition]"). */
    int receivedFrom(ParseTree t, int v) {
        int from = obliqueWith(t, v, Set.of("from"));
        int obj = t.child(v, "obj");
        if (from < 0 && obj >= 0) {
            for (int c : t.children(obj, "nmod")) if (t.preposition(c).equals("from") && locator.actorOf(t, c) != null) return c;
        }
        return from;
    }

    int obliqueWith(ParseTree t, int head, Set<String> preps) {
        int fallback = -1;
        for (int c : t.children(head, "obl", "nmod")) {
            if (t.relIs(c, "obl:tmod", "nmod:poss", "obl:npmod") || temporal(t, c)) continue;
            String p = t.preposition(c);
            if (!p.isEmpty() && (preps.contains(p) || preps.contains(p.substring(p.lastIndexOf(' ') + 1)))) {
                if (locator.actorOf(t, c) != null) return c;
                if (fallback < 0) fallback = c;
            }
        }
        if (fallback >= 0) return fallback;
        // "calling on Russia to take measures", parsed as a clause "on Russia to take": its subject is the target
        for (int c : t.children(head, "advcl", "ccomp", "xcomp")) {
            int subj = t.child(c, "nsubj");
            if (subj < 0) continue;
            for (int m : t.children(c, "mark")) if (m < subj && preps.contains(t.lemma(m))) return subj;
        }
        return -1;
    }
}
