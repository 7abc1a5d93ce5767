package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private final CueLexicon cues = CueLexicon.bundled();

    @Test
    void everyKindHasWordsOrPhrases() {
        // closed classes (determiners, modals, a few adverbs) are short; the open kinds are not
        java.util.Set<CueKind> closed = java.util.EnumSet.of(CueKind.ANAPHOR, CueKind.POSSIBILITY, CueKind.BACKGROUND,
                CueKind.RESPONSIBILITY, CueKind.OBLIGATION, CueKind.RECIPROCAL, CueKind.ABILITY);
        for (CueKind k : CueKind.values()) {
            assertTrue(cues.words(k).size() + cues.phrases(k).size() >= (closed.contains(k) ? 2 : 10), k + " has too few cues");
        }
    }

    @Test
    void wordsAndPhrasesAreSeparated() {
        assertTrue(cues.contains(CueKind.REPORT, "say"));
        assertTrue(cues.contains(CueKind.REPORT, "Say"));
        assertTrue(cues.phrases(CueKind.REPORT).contains(List.of("according", "to")));
        assertTrue(cues.contains(CueKind.DENY, "baseless"));
        assertTrue(cues.phrases(CueKind.DENY).contains(List.of("rule", "out")));
        assertTrue(cues.phrases(CueKind.UNCONFIRMED).contains(List.of("could", "not", "be", "independently", "verified")));
        assertTrue(cues.contains(CueKind.FORECAST, "will"));
        assertTrue(cues.phrases(CueKind.FORECAST).contains(List.of("is", "expected", "to")));
        assertTrue(cues.contains(CueKind.NEGATION, "not"));
        assertTrue(cues.phrases(CueKind.ALLIANCE).contains(List.of("defence", "pact")));
        assertTrue(cues.contains(CueKind.TENSION, "standoff"));
        assertTrue(cues.contains(CueKind.MEDIATION, "mediate"));
        assertFalse(cues.contains(CueKind.REPORT, "according to"), "a phrase is not a word");
        assertFalse(cues.contains(CueKind.NEGATION, "say"));
        for (CueKind k : CueKind.values()) {
            for (String w : cues.words(k)) assertFalse(w.contains(" "), k + " word '" + w + "'");
            for (List<String> p : cues.phrases(k)) assertTrue(p.size() > 1, k + " phrase " + p);
        }
    }

    @Test
    void badLinesReportFileAndLine() {
        assertLoadError("REPORT\tsay\n\nGOSSIP\tsay\n", "cues.txt:3: unknown cue kind 'GOSSIP'");
        assertLoadError("REPORT say\n", "cues.txt:1: expected KIND<TAB>phrase");
        assertLoadError("REPORT\tSay\n", "cues.txt:1: cue 'Say' is not lower-case");
        assertLoadError("REPORT\tsay\n# x\nREPORT\tsay\n", "cues.txt:3: REPORT cue 'say' appears twice");
    }

    private static void assertLoadError(String text, String prefix) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CueLexicon.load(new StringReader(text), "cues.txt"));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
