package org.faultline.coding;

import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.CueLexicon;

/**
 * Undated background and summaries of a span are not events: "The rebels regularly raid border villages", "The group
 * has fought the army since 2012", "Rebels control much of the north and attack convoys". The tense and the cue words
 * ({@code cues.txt} BACKGROUND) tell them from an incident: a habit in the present, or a perfect over a span.
 */
final class Background {
    private final CueLexicon cues;

    Background(CueLexicon cues) {
        this.cues = cues;
    }

    /**
     * Whether the act at {@code token}, of CAMEO root {@code root}, is told as background rather than as an incident.
     * A verbal act in the present is news ("faces pressure from", "accuses"); only a material act (protest, force,
     * violence) in the present is a habit or a state.
     */
    boolean isBackground(ParseTree t, int token, int root) {
        // "regularly carries out airstrikes": an act noun is told as its light verb tells it
        if (!t.isVerb(token) && t.relIs(token, "obj") && t.head(token) >= 0 && t.isVerb(t.head(token))) token = t.head(token);
        if (!t.isVerb(token)) return false;
        boolean perfect = false, progressive = false, passive = false;
        for (int a : t.children(token, "aux", "aux:pass")) {
            String pos = t.pos(a);
            if (t.relIs(a, "aux:pass")) passive = true;
            if (pos.equals("VBZ") || pos.equals("VBP")) {
                if (t.pos(token).equals("VBN") && !t.relIs(a, "aux:pass")) perfect = true;
                if (t.pos(token).equals("VBG")) progressive = true;
            }
        }
        boolean habitual = false, span = false;
        for (int c : t.children(token)) {
            if (cues.contains(CueKind.BACKGROUND, t.lemma(c))) habitual = true;
            for (int g : t.children(c)) if (t.relIs(g, "case", "mark") && cues.contains(CueKind.BACKGROUND, t.lemma(g))) span = true;
        }
        // "regularly carries out airstrikes", "often shells the town"; "regularly raids villages and sends troops to
        // hold them": a habit word holds for the acts joined to its verb
        for (int v = token, depth = 0; !habitual && depth < 3 && t.relIs(v, "conj", "xcomp") && t.head(v) >= 0; depth++) {
            v = t.head(v);
            for (int c : t.children(v, "advmod")) if (cues.contains(CueKind.BACKGROUND, t.lemma(c))) habitual = true;
        }
        if (habitual) return true;
        // "has fought the army since 2012"
        if (perfect && span) return true;
        // "attacks convoys", "is fighting the government": a present habit or state, told without a day
        boolean presentSimple = (t.pos(token).equals("VBZ") || t.pos(token).equals("VBP")) && !passive;
        return root >= 14 && (presentSimple || progressive) && !t.relIs(token, "ccomp", "xcomp", "advcl");
    }
}
