package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
        Path cameo = Path.of("../../shared/eval/petrarch2-dictionaries/CAMEO.2.0.txt");
        assumeTrue(Files.isRegularFile(cameo), cameo + " not found (the development data beside the repository): "
                + "skipping the import of PETRARCH's verb dictionary");
        VerbLexicon lex = VerbLexicon.fromTabari(cameo);
        assertTrue(lex.size() > 1000, "only " + lex.size() + " entries");
        CameoTable table = CameoTable.bundled();
        for (VerbEntry e : lex.entries()) assertTrue(table.get(e.code()).isPresent(), e.toString());
    }

    private static final String UD_STYLE = """
            <!-- a made-up dictionary in the
            # UD-PETRARCH and old TABARI layouts -->
            &SMALLTALK
            +CHAT

            &GATHERING_
            +SUMMIT
            +&SMALLTALK
            +(TO THE LAST)
            +ROUND TABLE

            ---  HAGGLE   [+++]  ---
            HAGGLE [031]
            LASH OUT  [111]
            WIRE_+STAMP [170]
            - * (OFF)                 [195]
            - * (WITH)                [036]
            - * (TO QUIT)             [0344]
            - * TO RECONSIDER         [102]
            - * &GATHERING            [043:042]
            - * (ON WAGES)            [031]
            - * FOR                   [0331]
            - *_UP COMMITTEE          [075A]
            - IN_* [040]
            - % *                     [032]
            - + * (FROM $)            [080]
            - * DEAL $                [057]
            - * PACT                  [###]
            - * TREATY                [xxy]
            - * HAT                   [025?]
            - * {CHEAP GOODS}         [061]
            - * &NOWHERE              [061]
            - * CROWN                 [802]

            --- MUMBLE  [010]
            MUMBLE
            * (TO OBJECT) [111]
            ~ a (a b MUMBLE) SAY = a b 010
            """;

    @Test
    void mapsUdAndLegacyConstructsAndCountsWhatItSkips(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ud.verbs.txt");
        Files.writeString(file, UD_STYLE);
        TabariVerbReader.Result r;
        try (var in = Files.newBufferedReader(file)) {
            r = TabariVerbReader.load(in, "ud.verbs.txt", CameoTable.bundled());
        }
        VerbLexicon lex = r.lexicon();
        List<VerbEntry> haggle = lex.verbs("haggle");
        assertEquals("031", only(haggle, e -> e.specificity() == 0).code(), "own code under a placeholder block code");
        assertEquals("195", only(haggle, e -> e.particles().equals(Set.of("off"))).code(), "(OFF) is a particle");
        assertEquals("036", only(haggle, e -> e.targetPreps().equals(Set.of("with"))).code());
        assertEquals("0344", only(haggle, e -> e.xcomps().equals(Set.of("quit"))).code(), "(TO QUIT) is an xcomp");
        assertEquals("102", only(haggle, e -> e.xcomps().equals(Set.of("reconsider"))).code(), "TO RECONSIDER too");
        assertEquals("0331", only(haggle, e -> e.targetPreps().equals(Set.of("for"))).code(), "a bare trailing preposition");
        VerbEntry committee = only(haggle, e -> e.objects().equals(Set.of("committee")));
        assertEquals("075", committee.code(), "a letter after the digits is dropped");
        assertEquals(Set.of("up"), committee.particles(), "*_UP is * UP");
        assertEquals("025", only(haggle, e -> e.objects().equals(Set.of("hat"))).code(), "'?' after the digits is dropped");
        assertEquals(Set.of("summit", "chat"), only(haggle, e -> e.code().equals("043")).objects(),
                "a set named with a trailing '_', a nested set, one-word members only");
        assertEquals(9, haggle.size(), haggle.toString());

        VerbEntry lash = lex.verbs("lash").get(0);
        assertEquals(Set.of("out"), lash.particles(), "a verb line with a space is a phrasal verb");
        assertEquals("111", lash.code());
        assertTrue(lex.verbs("stamp").isEmpty() && lex.verbs("wire").isEmpty());
        assertEquals(List.of("111", "010"), codesOf(lex.verbs("mumble")), "a header without its closing ---, a pattern without '-'");
        assertEquals(Set.of("object"), lex.verbs("mumble").get(0).xcomps());

        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("prepositional phrase in a synonym set", 1),
                Map.entry("multi-word synonym set member", 1),
                Map.entry("compound verb with a marked head (WIRE_+TAP)", 1),
                Map.entry("prepositional phrase with a noun (ON RESOLUTION)", 1),
                Map.entry("words before the verb", 1),
                Map.entry("compound actor (%)", 1),
                Map.entry("target before the verb (+)", 1),
                Map.entry("source after the verb ($)", 1),
                Map.entry("placeholder code without digits ([+++], [xxy])", 3),
                Map.entry("noun compound {A B}", 1),
                Map.entry("undefined synonym set", 1),
                Map.entry("code outside CAMEO", 1),
                Map.entry("transformation (~)", 1)));
        assertEquals(expected, r.skipped());
        assertEquals(15, r.skippedTotal());
    }

    @Test
    void malformedUdLinesStillFail(@TempDir Path dir) throws IOException {
        assertImportError(dir, "---  HIT   [190]  ---\nHIT {HITS HITTING\n", "bad.txt:2: '{' without '}'");
        assertImportError(dir, "---  HIT   [190]  ---\nHIT\n- * {STONE WALL [190]\n", "bad.txt:3: '{' without '}'");
        assertImportError(dir, "---  HIT   [190]  ---\nHIT\n- * WALL [190\n", "bad.txt:3: '[' without ']'");
        assertImportError(dir, "---  HIT   [190]  ---\nHIT\n- * WALL [1A9]\n", "bad.txt:3: code [1A9] is not 3 or 4 digits");
        assertImportError(dir, "&TOOLS\n+HAMMER\nHIT\n", "bad.txt:3: line 'HIT' is outside any synonym set or block");
    }

    @Test
    void withDictionariesReadsActorsAgentsAndVerbsAndReportsEachFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("my.verbs.txt"), "---  GRUMBLE  [111]  ---\nGRUMBLE\n- * (ON WAGES) [112]\n");
        Files.writeString(dir.resolve("my.actors.txt"), "NORLANDIA_ [NRL]\nODD_PLACE [+++]\n");
        Files.writeString(dir.resolve("my.agents.txt"), "HARBOUR_WARDEN [~COP]\n");
        Files.writeString(dir.resolve("my.discards.txt"), "SOCCER\n");
        Files.writeString(dir.resolve("My_Coding_Ontology.txt"), "whatever\n");
        Lexicon lex = Lexicon.withDictionaries(dir);
        assertEquals("111", lex.verbs().verbs("grumble").get(0).code());
        assertTrue(lex.actors().entries().stream().anyMatch(e -> "NRL".equals(e.code())));
        assertTrue(lex.actors().entries().stream().anyMatch(e -> e.kind() == ActorKind.AGENT && "COP".equals(e.code())));
        List<String> report = lex.dictionaryReport();
        assertEquals(5, report.size(), report.toString());
        assertEquals("My_Coding_Ontology.txt: not used (only *actors*, *agents*, *verbs* and CAMEO* files are read)", report.get(0));
        assertEquals("my.actors.txt: actors, 1 entries, 1 constructs skipped"
                + " (code that is not letters and digits, or a bad date restriction 1)", report.get(1));
        assertEquals("my.agents.txt: agents, 1 entries, 0 constructs skipped", report.get(2));
        assertTrue(report.get(3).startsWith("my.discards.txt: not used"), report.get(3));
        assertEquals("my.verbs.txt: verbs, 1 entries, 1 constructs skipped"
                + " (prepositional phrase with a noun (ON RESOLUTION) 1)", report.get(4));
        assertTrue(Lexicon.bundled().dictionaryReport().isEmpty());
    }

    @Test
    void readsEveryPetrarchValidationAndPhoenixFileWhenPresent() {
        Path root = Path.of("../../shared/eval/petrarch2-dictionaries");
        assumeTrue(Files.isDirectory(root), root + " not found (the development data beside the repository): "
                + "skipping the import of PETRARCH's dictionaries");
        for (Path dir : List.of(root.resolve("validation-ud-2_02"), root.resolve("validation-legacy"), root)) {
            Lexicon lex = Lexicon.withDictionaries(dir);
            for (String line : lex.dictionaryReport()) {
                if (line.contains("verbs,") || line.contains("actors,") || line.contains("agents,")) {
                    assertTrue(!line.contains(": verbs, 0 entries") && !line.contains(", 0 entries"), line);
                }
            }
            assertTrue(lex.dictionaryReport().stream().anyMatch(l -> l.contains("verbs,")), dir.toString());
        }
    }

    private static VerbEntry only(List<VerbEntry> entries, java.util.function.Predicate<VerbEntry> p) {
        List<VerbEntry> found = entries.stream().filter(p).toList();
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
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
