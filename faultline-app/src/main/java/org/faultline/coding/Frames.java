package org.faultline.coding;

import org.faultline.lexicon.WordLists;
import java.util.Set;
import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;
import org.faultline.model.Actor;

import java.util.ArrayList;
import java.util.List;

/**
 * Reporting frames of one sentence: "X reported that S", "X said S", "S, X said", "according to X, S",
 * "X denied S". A frame has the reporter, the head of what it reports (or -1 for the whole sentence) and
 * whether it asserts or denies.
 */
final class Frames {
    /** Scope: a head token whose subtree is reported, WHOLE_SENTENCE, or REST_OF_SENTENCE (after the verb). */
    record Frame(int verb, Actor reporter, int subject, int scope, boolean deny, boolean hedged) {
        static final int WHOLE_SENTENCE = -1;
        static final int REST_OF_SENTENCE = -2;

        boolean covers(ParseTree t, int token) {
            if (scope == WHOLE_SENTENCE) return token != verb;
            if (scope == REST_OF_SENTENCE) return token > verb;
            return t.dominates(scope, token);
        }
    }

    private Frames() {}

    static List<Frame> find(ParseTree t, CueLexicon cues, ActorLocator locator, EventFinder finder) {
        List<Frame> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String l = t.lemma(i);
            // "according to X"
            if ((l.equals("accord") || l.equals("according")) && t.word(i).equals("according")) {
                int x = t.head(i);
                if (t.relIs(i, "case") && x >= 0) {
                    Actor a = locator.actorOf(t, x);
                    out.add(new Frame(i, a, x, -1, false, false));
                }
                continue;
            }
            if (!t.isVerb(i)) continue;
            boolean report = cues.contains(CueKind.REPORT, l);
            boolean deny = cues.contains(CueKind.DENY, l);
            if (!report && !deny) continue;
            int scope = t.child(i, "ccomp");
            if (scope < 0) scope = t.child(i, "xcomp");
            if (scope < 0 && deny) scope = t.child(i, "obj");
            // "S, a spokesman told reporters.", with the speech verb hung anywhere in S (never the main verb): a speech verb
            // with nothing reported of its own, after a comma that opens its subject, reports the whole sentence
            boolean closing = scope < 0 && report && t.head(i) >= 0 && !t.relIs(i, "parataxis", "ccomp", "csubj", "csubj:pass", "advcl")
                    && trailing(t, i, finder.subjectOf(t, i));
            if (closing) scope = Frame.WHOLE_SENTENCE;
            if (scope < 0 && !closing) {
                // "S, X said": the reported clause governs the speech verb
                // "Kenya said a rocket was fired at it", misparsed with "said" as the passive's clausal subject
                if (t.relIs(i, "parataxis", "ccomp", "csubj", "csubj:pass") && t.head(i) >= 0 && report) scope = t.head(i);
                // "Two fighters died in the raid, the group said", with the report parsed as a clause before the
                // verb; "After the talks ended, the minister said" has a conjunction and reports nothing
                if (scope < 0 && report) {
                    for (int c : t.children(i, "advcl")) if (c < i && t.child(c, "mark") < 0 && t.child(c, "advmod") < 0) scope = c;
                }
                // "... killed in a drone strike, state radio said on Monday", with the speech verb left as a loose dependent
                if (scope < 0 && t.relIs(i, "dep") && t.head(i) >= 0 && t.head(i) < i && report) scope = t.head(i);
            }
            // "reported that ...", parsed with "that" as the object: the rest of the sentence is the report
            if (scope < 0 && i + 1 < t.size() && t.word(i + 1).equals("that") && !t.relIs(i + 1, "mark")) scope = Frame.REST_OF_SENTENCE;
            if (scope == -1 && !deny && !closing) continue;
            int subj = finder.subjectOf(t, i);
            Actor reporter = withAffiliation(t, subj, locator.actorOf(t, subj), locator);
            int participle = t.head(i);
            // "A report published in the Ugandan capital alleged that ...", with the participle taken for the main
            // verb: the document is the subject, and where or by whom it was released its author
            if (subj < 0 && participle >= 0 && t.relIs(i, "dep", "conj", "parataxis") && t.pos(participle).equals("VBN")
                    && t.child(participle, "aux") < 0 && t.child(participle, "aux:pass") < 0 && t.child(participle, "nsubj") >= 0) {
                subj = t.child(participle, "nsubj");
                reporter = locator.actorOf(t, subj);
                for (int c : t.children(participle, "obl")) {
                    if (reporter != null) break;
                    String p = t.preposition(c);
                    if (p.equals("in") || p.equals("by") || p.equals("from")) {
                        reporter = locator.actorOf(t, c);
                        if (reporter == null) reporter = locator.placeActor(t, c);
                    }
                }
            }
            boolean negatedReport = finder.negated(t, i);
            boolean denial = deny != negatedReport || (scope >= 0 && deniesInside(t, scope, cues, reporter, locator));
            boolean hedged = cues.contains(CueKind.HEDGE, l) || hedgeOnSubject(t, subj, cues);
            out.add(new Frame(i, reporter, subj, scope, denial, hedged));
        }
        return out;
    }

    /** The speech verb closes the sentence after its subject, and a comma opens that subject: "..., the army said." */
    private static boolean trailing(ParseTree t, int verb, int subj) {
        // its own subject, right before it: "..., the army said", not a subject shared with an earlier verb
        if (subj < 0 || subj > verb || t.head(subj) != verb || subj != verb - 1) return false;
        int first = subj;
        for (int k = 0; k < subj; k++) if (t.dominates(subj, k)) {
            first = k;
            break;
        }
        if (first == 0 || !t.word(first - 1).equals(",")) return false;
        for (int k = verb + 1; k < t.size(); k++) if (t.head(k) != verb && !t.dominates(verb, k) && Character.isLetterOrDigit(t.word(k).charAt(0))) return false;
        return true;
    }

    /**
     * "said the report was untrue", "called the claims baseless", "said the reports were fake news", "said the
     * army did not fire", "said its army was not involved": the report denies.
     */
    private static boolean deniesInside(ParseTree t, int scope, CueLexicon cues, Actor reporter, ActorLocator locator) {
        // "said it did not fire" denies; "said it would not provide support" refuses, which is not a denial; "said
        // Yerevan is not interested" says something of another side, which is not a denial either
        boolean modal = false;
        for (int c : t.children(scope, "aux")) if (FUTURE_MODALS.contains(t.word(c))) modal = true;
        if (!modal && ownSide(t, scope, reporter, locator)) {
            for (int c : t.children(scope, "advmod")) if (NEGATIONS.contains(t.word(c))) return true;
        }
        List<Integer> span = t.subtree(scope, "ccomp", "advcl", "acl");
        for (int c : span) {
            if ((t.pos(c).startsWith("JJ") || t.pos(c).startsWith("NN")) && cues.contains(CueKind.DENY, t.lemma(c))) return true;
        }
        // "were “fake news”", "a pack of lies": the cue phrases
        StringBuilder words = new StringBuilder(" ");
        for (int c : span) if (Character.isLetterOrDigit(t.word(c).charAt(0))) words.append(t.word(c)).append(' ');
        for (List<String> phrase : cues.phrases(CueKind.DENY)) {
            if (words.indexOf(" " + String.join(" ", phrase) + " ") >= 0) return true;
        }
        return false;
    }

    /** The subject of the reported clause is the reporter's own side (or a pronoun standing for it). */
    private static boolean ownSide(ParseTree t, int scope, Actor reporter, ActorLocator locator) {
        int subj = t.child(scope, "nsubj");
        if (subj < 0) subj = t.child(scope, "nsubj:pass");
        if (subj < 0 || PRONOUNS.contains(t.word(subj))) return true;
        Actor a = locator.actorOf(t, subj);
        return a == null || reporter == null || a.country() == null || reporter.country() == null
                || a.country().equals(reporter.country());
    }

    private static final Set<String> PRONOUNS = WordLists.bundled().set("SPEAKER_SUBJECT_PRONOUN");

    private static final Set<String> NEGATIONS = WordLists.bundled().set("CLAUSE_NEGATOR");
    private static final Set<String> FUTURE_MODALS = WordLists.bundled().set("FRAME_MODAL");

    /**
     * "Jane Roe, a spokeswoman for the coast guard, said ...": a speaker the dictionaries do not place speaks for the
     * body its apposition names, and takes that body's country and sector (keeping the name).
     */
    private static Actor withAffiliation(ParseTree t, int subj, Actor speaker, ActorLocator locator) {
        // the appositive names whom the speaker speaks for, whatever country the story around would give a person
        if (subj < 0 || (speaker != null && speaker.country() != null && !t.token(subj).ner().equals("PERSON"))) return speaker;
        for (int ap : t.children(subj, "appos")) {
            // "a spokesman for the coast guard": the body named in the apposition's own phrase first
            Actor body = null;
            for (int c : t.children(ap, "nmod", "nmod:poss")) {
                Actor a = locator.actorOf(t, c);
                if (a != null && a.country() != null) {
                    body = a;
                    break;
                }
            }
            if (body == null) continue;
            return speaker == null ? body : new Actor(speaker.name(), body.country(), body.sector(), body.org(), body.code());
        }
        return speaker;
    }

    /** "unconfirmed reports circulating online claim that ...". */
    private static boolean hedgeOnSubject(ParseTree t, int subj, CueLexicon cues) {
        if (subj < 0) return false;
        for (int c : t.subtree(subj, "acl:relcl")) if (cues.contains(CueKind.HEDGE, t.lemma(c)) || cues.contains(CueKind.HEDGE, t.word(c))) return true;
        return false;
    }
}
