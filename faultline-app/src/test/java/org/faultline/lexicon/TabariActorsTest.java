package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabariActorsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void readsActorsWithSynonymsAndDatedCodes() throws IOException {
        Path file = write("test.actors.txt", """
                <!-- a header block -->
                # a comment
                NORLAND_  [NOR]
                +NORLANDIC_
                +KINGDOM_OF_NORLAND

                NORLAND_COAST_GUARD
                +NORLAND_NAVY
                \t[NORMIL]
                ANNA_BERG_  # a leader
                +PRESIDENT_BERG_
                \t[NORGOV 010101-041231]
                \t[NORELI >050101]
                FROST_FRONT_ [NORREBFRF]
                WIDE_WORLD_COUNCIL [IGOWWCCOU]
                ODD_THING [+++]
                """);
        ActorDictionary d = ActorDictionary.fromTabari(file);
        PhraseMatch country = d.longestMatch(words("the kingdom of Norland said"), null, 1).orElseThrow();
        assertEquals("NOR", country.entry().code());
        assertEquals(3, country.length());
        assertEquals(ActorKind.COUNTRY, country.entry().kind());
        assertEquals("NORMIL", d.longestMatch(words("Norland navy ships"), null, 0).orElseThrow().entry().code());
        ActorEntry berg2003 = d.longestMatch(words("President Berg said"), null, 0, LocalDate.of(2003, 5, 5)).orElseThrow().entry();
        assertEquals("NORGOV", berg2003.code());
        assertEquals(ActorKind.PERSON, berg2003.kind());
        assertEquals("Anna Berg", berg2003.canonical());
        assertEquals(LocalDate.of(2001, 1, 1), berg2003.from());
        ActorEntry berg2010 = d.longestMatch(words("Anna Berg said"), null, 0, LocalDate.of(2010, 5, 5)).orElseThrow().entry();
        assertEquals("NORELI", berg2010.code());
        ActorEntry front = d.longestMatch(words("Frost Front fighters"), null, 0).orElseThrow().entry();
        assertEquals("NORREBFRF", front.code());
        assertEquals("REBFRF", front.sector());
        ActorEntry council = d.longestMatch(words("Wide World Council"), null, 0).orElseThrow().entry();
        assertEquals(ActorKind.ORGANIZATION, council.kind());
        assertEquals("IGO", council.sector());
        assertEquals(null, council.country());
        assertTrue(d.longestMatch(words("odd thing"), null, 0).isEmpty(), "unknown code skipped");
    }

    @Test
    void readsAgentsWithMacrosAndPlurals() throws IOException {
        Path file = write("test.agents.txt", """
                !PERSON! = MAN, MEN, WOMAN, WOMEN
                COAST_GUARD_STATION {COAST_GUARD_STATIONS} [~MIL]
                SEA!PERSON! [~MIL]
                PEACE_MONITOR [IGO~]
                WEIRD_THING [~x1]
                """);
        ActorDictionary d = ActorDictionary.fromTabari(file);
        assertEquals("MIL", d.longestMatch(words("the coast guard stations"), null, 1).orElseThrow().entry().code());
        assertEquals("MIL", d.longestMatch(words("two seamen"), null, 1).orElseThrow().entry().code());
        assertEquals("MIL", d.longestMatch(words("a seawoman"), null, 1).orElseThrow().entry().code());
        PhraseMatch monitors = d.longestMatch(words("peace monitors"), words("peace monitor"), 0).orElseThrow();
        assertEquals("IGO", monitors.entry().sector());
        assertEquals(ActorKind.AGENT, monitors.entry().kind());
    }

    @Test
    void shortAllCapsPhraseMatchesOnlyInCapitals() throws IOException {
        ActorDictionary d = ActorDictionary.fromTabari(write("short.actors.txt", "US [USA]\n"));
        assertTrue(d.longestMatch(words("US forces"), null, 0).isPresent());
        assertTrue(d.longestMatch(words("for us"), null, 1).isEmpty());
    }

    @Test
    void malformedLinesNameFileAndLine() throws IOException {
        Path unclosed = write("bad.actors.txt", "NORLAND [NOR]\nSOUTHLAND [SOU\n");
        String msg = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.fromTabari(unclosed)).getMessage();
        assertTrue(msg.startsWith("bad.actors.txt:2: "), msg);
        Path orphan = write("orphan.actors.txt", "# only a comment\n+LOST_SYNONYM\n");
        msg = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.fromTabari(orphan)).getMessage();
        assertTrue(msg.startsWith("orphan.actors.txt:2: "), msg);
        Path macro = write("macro.agents.txt", "SEA!NOBODY! [~MIL]\n");
        msg = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.fromTabari(macro)).getMessage();
        assertTrue(msg.startsWith("macro.agents.txt:1: ") && msg.contains("!NOBODY!"), msg);
    }

    @Test
    void skipsMultiLineHeadersAndCountsWhatItCannotUse() throws IOException {
        String text = """
                <!-- a header
                # that runs over [several] lines (with an odd [ bracket
                # -->
                SOUTHMARK_ [SMK]
                +SOUTHMARKISH
                OLD_KING_ERIK
                	[SMK < 950601]
                	[SMKGOV 19950601 - 19990815]
                	[SMKELI > 990816]
                WANDERER  [###]  # not a comment start inside a code
                HERMIT_OF_THE_HILLS
                MAYOR_OF_NOWHERE [SMKGOV 991301-000101]
                """;
        ActorDictionary.Builder builder = new ActorDictionary.Builder();
        Map<String, Integer> skipped = TabariActors.read("odd.actors.txt", new BufferedReader(new StringReader(text)), builder);
        ActorDictionary d = builder.build();
        assertEquals("SMK", d.longestMatch(words("Southmarkish ships"), null, 0).orElseThrow().entry().code());
        assertEquals("SMKGOV", d.longestMatch(words("Old King Erik said"), null, 0, LocalDate.of(1997, 1, 1))
                .orElseThrow().entry().code(), "eight-digit dates with spaces around '-'");
        assertEquals("SMK", d.longestMatch(words("Old King Erik said"), null, 0, LocalDate.of(1994, 1, 1))
                .orElseThrow().entry().code(), "'< date' with a space");
        assertTrue(d.longestMatch(words("the wanderer"), null, 1).isEmpty());
        assertEquals(Map.of("code that is not letters and digits, or a bad date restriction", 2,
                "phrase without a code", 1), skipped);
    }

    @Test
    void readsThePhoenixDictionariesWhenPresent() {
        Path dir = Path.of("../../shared/eval/petrarch2-dictionaries");
        Assumptions.assumeTrue(Files.isDirectory(dir), dir + " not found (the development data beside the repository): "
                + "skipping the import of the Phoenix actor dictionaries");
        ActorDictionary countries = ActorDictionary.fromTabari(dir.resolve("Phoenix.Countries.actors.txt"));
        assertTrue(countries.entries().size() > 10_000, "entries: " + countries.entries().size());
        assertTrue(countries.country("AFG").isPresent());
        ActorDictionary agents = ActorDictionary.fromTabari(dir.resolve("Phoenix.agents.txt"));
        assertTrue(agents.entries().size() > 1_000, "agents: " + agents.entries().size());
        assertTrue(agents.entries().stream().allMatch(e -> e.kind() == ActorKind.AGENT));
        for (String f : List.of("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"))
            assertTrue(ActorDictionary.fromTabari(dir.resolve(f)).entries().size() > 500, f);
    }
}
