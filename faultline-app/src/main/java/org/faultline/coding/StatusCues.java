package org.faultline.coding;

import java.util.List;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;

/** The status cues around an act: future and possibility ("will", "might"), and hedges ("reportedly"). */
final class StatusCues {
    private final CueLexicon cues;

    StatusCues(CueLexicon cues) {
        this.cues = cues;
    }

    boolean speculative(ParseTree t, int token) {
        return modal(t, token, CueKind.POSSIBILITY);
    }

    /** "You can strike us all", "they are able to reach the capital": an act one is able to do. */
    boolean able(ParseTree t, int token) {
        if (modal(t, token, CueKind.ABILITY)) return true;
        for (int i = Math.max(0, token - 3); i < token; i++) if (phraseAt(t, i, CueKind.ABILITY) && t.head(token) >= i && t.head(token) < token) return true;
        return false;
    }

    private boolean modal(ParseTree t, int token, CueKind kind) {
        int i = token;
        for (int depth = 0; i >= 0 && depth < 4; depth++) {
            for (int c : t.children(i, "aux")) if (cues.contains(kind, t.word(c).toLowerCase(java.util.Locale.ROOT))) return true;
            if (!t.relIs(i, "xcomp", "conj")) break;
            i = t.head(i);
        }
        return false;
    }

    boolean forecast(ParseTree t, int token) {
        int i = token;
        // "would continue their attacks": an act noun is as future as the verb it is the object of
        if (!t.isVerb(token) && t.relIs(token, "obj") && t.head(token) >= 0) {
            i = t.head(token);
            for (int c : t.children(i, "aux")) if (cues.contains(CueKind.FORECAST, t.lemma(c)) || cues.contains(CueKind.FORECAST, t.word(c))) return true;
        }
        for (int depth = 0; i >= 0 && depth < 6; depth++) {
            for (int c : t.children(i, "aux")) if (cues.contains(CueKind.FORECAST, t.lemma(c)) || cues.contains(CueKind.FORECAST, t.word(c))) return true;
            if (i != token && cues.contains(CueKind.FORECAST, t.lemma(i))) return true;
            if (i != token && cues.contains(CueKind.REPORT, t.lemma(i))) return false;
            if (!t.relIs(i, "xcomp", "conj", "ccomp", "advcl")) break;
            i = t.head(i);
        }
        return false;
    }

    boolean hedged(ParseTree t, int token) {
        for (int i = 0; i < t.size(); i++) {
            boolean phrase = !isCue(t, i, CueKind.HEDGE) && phraseAt(t, i, CueKind.HEDGE);
            if (!phrase && !isCue(t, i, CueKind.HEDGE)) continue;
            // "appeared to show": a phrase that starts with its verb hedges what that verb governs
            int v = phrase && t.isVerb(i) ? i : nearestVerb(t, i);
            if (v == token || (v >= 0 && t.dominates(v, token))) return true;
        }
        return false;
    }

    /** "Reporters could not verify the toll": the sentence says what it tells could not be checked. */
    boolean unconfirmed(ParseTree t) {
        for (int i = 0; i < t.size(); i++) if (phraseAt(t, i, CueKind.UNCONFIRMED)) return true;
        return false;
    }

    /** A cue phrase of several words starting at token {@code i} ("footage appeared to show ..."), by word or lemma. */
    private boolean phraseAt(ParseTree t, int i, CueKind kind) {
        for (List<String> phrase : cues.phrases(kind)) {
            if (i + phrase.size() > t.size()) continue;
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) all = phrase.get(k).equals(t.word(i + k)) || phrase.get(k).equals(t.lemma(i + k));
            if (all) return true;
        }
        return false;
    }

    boolean isCue(ParseTree t, int i, CueKind kind) {
        if (cues.contains(kind, t.lemma(i)) || cues.contains(kind, t.word(i))) return true;
        if (t.word(i).indexOf('-') > 0) for (String part : t.word(i).split("-")) if (cues.contains(kind, part)) return true;
        return false;
    }

    static int nearestVerb(ParseTree t, int i) {
        int h = i;
        for (int depth = 0; h >= 0 && depth < 8; depth++) {
            if (t.isVerb(h) && h != i) return h;
            h = t.head(h);
        }
        return -1;
    }
}
