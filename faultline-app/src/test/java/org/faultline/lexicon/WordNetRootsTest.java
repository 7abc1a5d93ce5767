package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordNetRootsTest {
    private final WordNetRoots roots = WordNetRoots.bundled();
    private final VerbLexicon withFallback = VerbLexicon.bundled().withWordNet(true);

    @Test
    void wordsOutsideTheLexiconReachTheirRoot() {
        for (String w : List.of("garrote", "dive-bomb", "shanghai", "ambuscade", "strangulation")) {
            assertTrue(VerbLexicon.bundled().withWordNet(false).verbs(w).isEmpty()
                    && VerbLexicon.bundled().withWordNet(false).nouns(w).isEmpty(), w + " is in verbs.txt: pick another word");
        }
        assertEquals("1823", code(roots.verb("garrote")));     // garrote -> strangle -> kill
        assertEquals("195", code(roots.verb("dive-bomb")));    // dive-bomb -> bombard
        assertEquals("181", code(roots.verb("shanghai")));     // shanghai -> kidnap
        assertEquals("190", code(roots.noun("ambuscade")));    // ambuscade -> surprise attack -> attack
        assertEquals("1823", code(roots.noun("strangulation"))); // strangulation -> suffocation -> killing
    }

    @Test
    void theEntryNamesItsAnchorAndDataRow() throws Exception {
        VerbEntry e = roots.verb("garrote").orElseThrow();
        assertEquals("wordnet:kill%2:35:00::", e.file());
        assertEquals(lineOf("kill%2:35:00::"), e.line());
        assertEquals("garrote", e.lemma());
        assertFalse(e.noun());
        assertEquals(0, e.specificity());
        assertTrue(roots.noun("strangulation").orElseThrow().noun());
    }

    @Test
    void onlyTheFirstSensesClimbAndNotEveryActIsAnEvent() {
        assertEquals(Optional.empty(), roots.verb("throttle")); // first sense: restrict, not strangle
        assertEquals(Optional.empty(), roots.verb("mug"));      // robbery: no anchor above it
        assertEquals(Optional.empty(), roots.verb("zzxq"));
        assertEquals(Optional.empty(), roots.verb("3"));
        assertEquals(Optional.empty(), roots.verb(null));
        assertEquals(Optional.empty(), roots.noun("garrote"));  // only a verb in WordNet
        // the first noun sense of charge (a rush) reaches attack, but most of its tagged uses are other senses
        assertEquals(Optional.empty(), roots.noun("charge"));
    }

    @Test
    void theLexiconKeepsItsOwnEntries() {
        // WordNet puts assail beside attack (an assault), verbs.txt codes it as criticism: verbs.txt wins
        List<VerbEntry> assail = withFallback.verbs("assail");
        assertEquals("111", assail.get(0).code());
        assertEquals(VerbLexicon.FILE, assail.get(0).file());
        assertTrue(assail.stream().noneMatch(e -> e.file().startsWith("wordnet:")), assail.toString());
        assertEquals(VerbLexicon.bundled().withWordNet(false).verbs("bomb"), withFallback.verbs("bomb"));
        assertEquals(VerbLexicon.bundled().withWordNet(false).nouns("siege"), withFallback.nouns("siege"));
    }

    @Test
    void theFallbackServesTheLexiconOnlyWhenOn() {
        VerbLexicon off = VerbLexicon.bundled().withWordNet(false);
        assertTrue(off.verbs("garrote").isEmpty());
        assertFalse(off.isEventWord("garrote"));
        assertEquals("1823", withFallback.verbs("garrote").get(0).code());
        assertTrue(withFallback.isEventWord("garrote"));
        assertTrue(withFallback.wordNet());
        assertFalse(off.wordNet());
        // a dictionary added with --dictionaries keeps the fallback of the lexicon it joins
        assertTrue(VerbLexicon.load(new StringReader("190\tverb\tzap\n"), "x.txt").plus(withFallback).wordNet());
    }

    @Test
    void aBadRowNamesItsFileAndLine() {
        String ok = "# anchors\n190\tverb\tattack%2:33:00::\tThe raiders attacked the fort.\n";
        assertError("t.txt:3: ", ok + "190\tverb\tattack%2:33:01::\n");                          // no example
        assertError("t.txt:3: ", ok + "190\tverb\tattack%2:99:77::\tAn example of ours.\n");       // no such sense
        assertError("t.txt:3: ", ok + "190\tnoun\tattack%2:33:01::\tAn example of ours.\n");       // a verb key
        assertError("t.txt:3: ", ok + "999\tverb\tattack%2:33:01::\tAn example of ours.\n");       // no such code
        assertError("t.txt:3: ", ok + "190\tadverb\tattack%2:33:01::\tAn example of ours.\n");
        assertError("t.txt:3: ", ok + "190\tverb\tattack\tAn example of ours.\n");                // not a key
        assertError("t.txt:3: ", ok + "195\tverb\tassail%2:33:01::\tAn example of ours.\n");       // same synset twice
        WordNetRoots one = WordNetRoots.load(new StringReader(ok), "t.txt", WordNetRoots.dictionary(), 1, 3);
        assertEquals(1, one.anchors());
    }

    @Test
    void theBundledAnchorsAllLoad() {
        assertTrue(roots.anchors() >= 40, "only " + roots.anchors() + " anchors");
    }

    private static void assertError(String prefix, String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WordNetRoots.load(new StringReader(text), "t.txt", WordNetRoots.dictionary(), 1, 3));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    private static String code(Optional<VerbEntry> e) {
        return e.map(VerbEntry::code).orElse("none");
    }

    private static int lineOf(String key) throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                WordNetRoots.class.getResourceAsStream(WordNetRoots.FILE), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (!line.startsWith("#") && line.contains("\t" + key + "\t")) return n;
            }
        }
        throw new AssertionError(key + " is not in " + WordNetRoots.FILE);
    }
}
