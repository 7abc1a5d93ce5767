package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerbLexiconTest {
    private final VerbLexicon lexicon = VerbLexicon.bundled();

    @Test
    void everyRootHasAtLeastFifteenEntries() {
        Map<String, Integer> perRoot = new HashMap<>();
        for (VerbEntry e : lexicon.entries()) perRoot.merge(e.code().substring(0, 2), 1, Integer::sum);
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            assertTrue(perRoot.getOrDefault(r, 0) >= 15, "root " + r + " has " + perRoot.get(r) + " entries");
        }
        assertTrue(lexicon.size() >= 900, "only " + lexicon.size() + " entries");
    }

    @Test
    void everyCodeIsInTheCameoTable() {
        CameoTable table = CameoTable.bundled();
        for (VerbEntry e : lexicon.entries()) {
            assertTrue(table.exists(e.code()), e.file() + ":" + e.line() + " code " + e.code());
        }
    }

    @Test
    void mostSpecificEntryComesFirst() {
        List<VerbEntry> open = lexicon.verbs("open");
        assertFalse(open.isEmpty());
        for (int i = 1; i < open.size(); i++) {
            assertTrue(open.get(i - 1).specificity() >= open.get(i).specificity(), open.toString());
        }
        List<VerbEntry> carry = lexicon.verbs("carry");
        assertTrue(carry.get(0).specificity() >= 2, carry.get(0).toString());
    }

    @Test
    void codesTypicalNewsPhrases() {
        assertEquals("193", first("open", Set.of(), "fire", Set.of(), Set.of()));
        assertEquals("057", first("sign", Set.of(), "agreement", Set.of(), Set.of()));
        assertEquals("190", first("carry", Set.of("out"), "attack", Set.of(), Set.of()));
        assertEquals("195", first("carry", Set.of("out"), "airstrike", Set.of(), Set.of()));
        assertEquals("193", first("fire", Set.of(), null, Set.of("at"), Set.of()));
        assertEquals("190", first("clash", Set.of(), null, Set.of("with"), Set.of()));
        assertEquals("020", first("call", Set.of(), null, Set.of("on"), Set.of()));
        assertEquals("164", first("call", Set.of("off"), "talks", Set.of(), Set.of()));
        assertEquals("138", first("threaten", Set.of(), null, Set.of(), Set.of("attack")));
        assertEquals("173", first("arrest", Set.of(), "journalist", Set.of(), Set.of()));
        assertEquals("141", first("protest", Set.of(), null, Set.of(), Set.of()));
        assertEquals("0871", lexicon.nouns("ceasefire").stream().filter(e -> e.lemma().equals("ceasefire"))
                .findFirst().orElseThrow().code());
        assertEquals("196", lexicon.nouns("violation").stream().filter(e -> e.lemma().equals("ceasefire violation"))
                .findFirst().orElseThrow().code());
        assertEquals(Optional.empty(), firstOpt("carry", Set.of(), "bag", Set.of(), Set.of()));
    }

    @Test
    void multiWordNounsAreFoundByTheirHead() {
        List<VerbEntry> strikes = lexicon.nouns("strike");
        assertTrue(strikes.stream().anyMatch(e -> e.lemma().equals("drone strike") && e.code().equals("1952")));
        assertTrue(strikes.stream().anyMatch(e -> e.lemma().equals("hunger strike") && e.code().equals("142")));
        assertEquals("strike", strikes.get(strikes.size() - 1).lemma(), "the bare head is least specific");
        assertTrue(lexicon.isEventWord("airstrike"));
        assertTrue(lexicon.isEventWord("Shell"));
        assertFalse(lexicon.isEventWord("table"));
        assertTrue(lexicon.verbs("table").isEmpty());
        assertTrue(lexicon.nouns(null).isEmpty());
    }

    @Test
    void plusKeepsTheReceiversEntriesFirstAtEqualSpecificity() {
        VerbLexicon mine = VerbLexicon.load(new StringReader("190\tverb\tzap\n"), "mine.txt");
        VerbLexicon theirs = VerbLexicon.load(new StringReader("193\tverb\tzap\n195\tverb\tzap\tobj=jet\n"), "theirs.txt");
        List<VerbEntry> zap = mine.plus(theirs).verbs("zap");
        assertEquals(List.of("195", "190", "193"), zap.stream().map(VerbEntry::code).toList());
        assertEquals("theirs.txt", zap.get(0).file());
        assertEquals(2, zap.get(0).line());
    }

    @Test
    void fitsChecksEveryConstraint() {
        VerbEntry e = VerbLexicon.load(new StringReader("195\tverb\tcarry\tprt=out obj=airstrike|raid\n"), "t")
                .verbs("carry").get(0);
        assertTrue(e.fits(Set.of("out"), "raid", Set.of(), Set.of()));
        assertFalse(e.fits(Set.of(), "raid", Set.of(), Set.of()));
        assertFalse(e.fits(Set.of("out"), null, Set.of(), Set.of()));
        assertEquals(2, e.specificity());
        VerbEntry none = VerbLexicon.load(new StringReader("193\tverb\tfire\tobj=- prep=at|on\n"), "t").verbs("fire").get(0);
        assertTrue(none.fits(Set.of(), null, Set.of("on"), Set.of()));
        assertFalse(none.fits(Set.of(), "rocket", Set.of("on"), Set.of()));
        assertFalse(none.fits(Set.of(), null, Set.of("with"), Set.of()));
        assertEquals("193\tverb\tfire\tobj=- prep=at|on", none.toString());
    }

    @Test
    void badLinesReportFileAndLine() {
        assertLoadError("# header\n190\tverb\tattack\n190\tverb\tfight\tmood=angry\n", "v.txt:3: unknown option 'mood'");
        assertLoadError("19\tverb\tattack\n", "v.txt:1: code '19' is not 3 or 4 digits");
        assertLoadError("219\tverb\tattack\n", "v.txt:1: code '219' has root 21");
        assertLoadError("1999\tverb\tattack\n", "v.txt:1: code 1999 is not in cameo.txt");
        assertLoadError("190\tadverb\tattack\n", "v.txt:1: second field 'adverb'");
        assertLoadError("190\tverb\tAttack\n", "v.txt:1: lemma 'Attack'");
        assertLoadError("190\tverb\tattack\tobj\n", "v.txt:1: option 'obj' is not key=value");
        assertLoadError("190\tverb\tattack\tobj=a|A\n", "v.txt:1: value 'A'");
        assertLoadError("190\tverb\tattack\tobj=- obj=town\n", "v.txt:1: option obj= given twice");
        assertLoadError("190\tnoun\tattack\tobj=town\n", "v.txt:1: noun 'attack' takes only the prep= option");
        assertLoadError("190\tverb\topen fire\n", "v.txt:1: verb lemma 'open fire' has a space");
        assertLoadError("190\tverb\tattack\n\n190\tverb\tattack\n", "v.txt:3: duplicate of line 1");
        assertLoadError("190 verb attack\n", "v.txt:1: expected CODE<TAB>verb|noun<TAB>lemma");
    }

    private String first(String verb, Set<String> prt, String obj, Set<String> preps, Set<String> xcomps) {
        return firstOpt(verb, prt, obj, preps, xcomps).orElseThrow(() -> new AssertionError("no entry fits " + verb));
    }

    private Optional<String> firstOpt(String verb, Set<String> prt, String obj, Set<String> preps, Set<String> xcomps) {
        return lexicon.verbs(verb).stream().filter(e -> e.fits(prt, obj, preps, xcomps)).map(VerbEntry::code).findFirst();
    }

    private static void assertLoadError(String text, String prefix) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VerbLexicon.load(new StringReader(text), "v.txt"));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
