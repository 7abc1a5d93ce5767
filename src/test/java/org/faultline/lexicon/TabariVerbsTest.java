package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabariVerbsTest {
    private static final String SAMPLE = """
            # a made-up dictionary in TABARI / PETRARCH style
            &ARMS
            +RIFLE
            +HAND_GRENADE
            +MORTAR_

            ####### VERB PATTERNS #######
            ---  BLAST   [190]  ---
            BLAST {BLASTS BLASTING BLASTED}
            ZAP [193]  # its own code
            +BLAST_OFF {+BLASTS_OFF}  [195]
            +WAVE_AT [:051]
            - * &ARMS                          [194]   # synonym set as object
            - * (AT +)                         [193]   # target preposition
            - * UP HUT                         [1712]  # particle and object
            - SOLDIER * CAMP                   [190]   # subject constraint: skipped
            - * {FIELD GUN}                    [194]   # compound: skipped
            - * TOWN                           [---]   # null code: skipped
            - * &UNDEFINED                     [194]   # undefined set: skipped

            ---  PONDER   [---]  ---
            PONDER
            - * PLAN                           [014:014]
            ~ a (a b PONDER) SAY = a b 010
            """;

    @Test
    void importsWhatMapsOntoOptions(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.verbs.txt");
        Files.writeString(file, SAMPLE);
        VerbLexicon lex = VerbLexicon.fromTabari(file);

        List<VerbEntry> blast = lex.verbs("blast");
        assertEquals(List.of("1712", "195", "194", "193", "190"), blast.stream().map(VerbEntry::code).toList());
        VerbEntry arms = blast.stream().filter(e -> e.code().equals("194")).findFirst().orElseThrow();
        assertEquals(Set.of("rifle", "mortar"), arms.objects(), "multi-word set members are left out");
        assertEquals("sample.verbs.txt", arms.file());
        assertEquals(13, arms.line());
        assertEquals(Set.of("off"), blast.stream().filter(e -> e.code().equals("195")).findFirst().orElseThrow().particles());
        assertEquals(Set.of("at"), blast.stream().filter(e -> e.code().equals("193")).findFirst().orElseThrow().targetPreps());
        VerbEntry hut = blast.get(0);
        assertEquals(Set.of("up"), hut.particles());
        assertEquals(Set.of("hut"), hut.objects());

        assertEquals(List.of("1712", "194", "193", "193"), codesOf(lex.verbs("zap")), "block patterns apply to every verb");
        assertEquals("051", lex.verbs("wave").get(0).code());
        assertEquals(Set.of("at"), lex.verbs("wave").get(0).targetPreps());
        assertEquals(List.of("014"), codesOf(lex.verbs("ponder")), "null block code gives no bare entry");
        assertEquals(Set.of("plan"), lex.verbs("ponder").get(0).objects());
        assertTrue(lex.verbs("soldier").isEmpty());
    }

    @Test
    void malformedLinesReportFileAndLine(@TempDir Path dir) throws IOException {
        assertImportError(dir, "---  HIT   [190]  ---\nHIT\n- CAMP [190]\n", "bad.txt:3: pattern 'CAMP [190]' has no '*'");
        assertImportError(dir, "---  HIT   [190]  ---\nHIT\n- * CAMP\n", "bad.txt:3: pattern '* CAMP' has no [code]");
        assertImportError(dir, "---  HIT   [19X]  ---\n", "bad.txt:1: code [19X] is not 3 or 4 digits");
        assertImportError(dir, "--- HIT ---\n", "bad.txt:1: block header");
        assertImportError(dir, "---  HIT   [190]  ---\nHIT\n- * (AT [190]\n", "bad.txt:3: '(' without ')'");
    }

    @Test
    void codesOutsideCameoAreSkippedNotFatal(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("other.txt");
        Files.writeString(f, "---  HIT   [190]  ---\nHIT\nPUNCH [999]\n");
        VerbLexicon lex = VerbLexicon.fromTabari(f);
        assertEquals(List.of("190"), codesOf(lex.verbs("hit")));
        assertTrue(lex.verbs("punch").isEmpty(), "a code outside CAMEO gives no entry");
    }

    @Test
    void importsThePetrarchDictionaryWhenPresent() {
        Path cameo = Path.of("/work/shared/eval/petrarch2-dictionaries/CAMEO.2.0.txt");
        assumeTrue(Files.isRegularFile(cameo), "PETRARCH dictionary not available");
        VerbLexicon lex = VerbLexicon.fromTabari(cameo);
        assertTrue(lex.size() > 1000, "only " + lex.size() + " entries");
        CameoTable table = CameoTable.bundled();
        for (VerbEntry e : lex.entries()) assertTrue(table.get(e.code()).isPresent(), e.toString());
    }

    private static List<String> codesOf(List<VerbEntry> entries) {
        return entries.stream().map(VerbEntry::code).toList();
    }

    private static void assertImportError(Path dir, String text, String prefix) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerbLexicon.fromTabari(file));
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }
}
