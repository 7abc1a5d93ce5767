package org.faultline.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActorDictionaryLoaderTest {

    private static ActorDictionary load(String file, String text) {
        Map<String, Reader> files = new LinkedHashMap<>();
        files.put(file, new StringReader(text));
        return ActorDictionary.load(files);
    }

    private static String error(String file, String text) {
        return assertThrows(IllegalArgumentException.class, () -> load(file, text)).getMessage();
    }

    @Test
    void readsAllFiveFormats() {
        Map<String, Reader> files = new LinkedHashMap<>();
        files.put("countries.txt", new StringReader("# comment\n\nNOR\tNorland\tKingdom of Norland\tNorlandic|Norlanders\tNorburg|Old Fort=MIL\n"));
        files.put("organizations.txt", new StringReader("IGOXXXNRC\tIGO\tNRC\tNorthern Council|NRC  # trailing comment\n"));
        files.put("groups.txt", new StringReader("NORREBFRF\tNOR\tREB\tFrost Front|Frosties\nIMGXXXWND\t-\tREB\tWandering Band\n"));
        files.put("people.txt", new StringReader("NOR\tGOV\t2001\t2004-06\tAnna Berg|Berg\nNOR\tREB\t2005-02-03\t-\tOla Frost|Frost\tFrost Front\n"));
        files.put("agents.txt", new StringReader("MIL\tcoastal guard|sea watch\n"));
        ActorDictionary d = ActorDictionary.load(files);

        ActorEntry country = d.country("NOR").orElseThrow();
        assertEquals("Norland", country.canonical());
        assertEquals("NOR", country.code());
        List<ActorEntry> norland = d.byCountry("NOR");
        assertTrue(norland.stream().anyMatch(e -> e.kind() == ActorKind.ADJECTIVE));
        ActorEntry fort = norland.stream().filter(e -> e.canonical().equals("Old Fort")).findFirst().orElseThrow();
        assertEquals("NORMIL", fort.code());
        assertEquals(ActorKind.CAPITAL, fort.kind());
        ActorEntry anna = norland.stream().filter(e -> e.canonical().equals("Anna Berg")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2001, 1, 1), anna.from());
        assertEquals(LocalDate.of(2004, 6, 30), anna.to());
        assertEquals("NORGOV", anna.code());
        ActorEntry ola = norland.stream().filter(e -> e.canonical().equals("Ola Frost")).findFirst().orElseThrow();
        assertEquals("Frost Front", ola.org());
        assertEquals(null, ola.to());
        ActorEntry band = d.entries().stream().filter(e -> e.canonical().equals("Wandering Band")).findFirst().orElseThrow();
        assertEquals(null, band.country());
        assertEquals("IMGXXXWND", band.code());
        ActorEntry council = d.entries().stream().filter(e -> e.kind() == ActorKind.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("NRC", council.org());
        assertEquals("IGO", council.sector());
        assertEquals(null, council.country());
        ActorEntry agent = d.entries().stream().filter(e -> e.kind() == ActorKind.AGENT).findFirst().orElseThrow();
        assertEquals("MIL", agent.code());
        assertEquals("coastal guard", agent.canonical());
    }

    @Test
    void badCountryCodeNamesFileAndLine() {
        String msg = error("countries.txt", "# header\nNOR\tNorland\n\nNo1\tBadland\n");
        assertTrue(msg.startsWith("countries.txt:4: "), msg);
        assertTrue(msg.contains("No1"), msg);
    }

    @Test
    void duplicateCountryIsAnError() {
        String msg = error("countries.txt", "NOR\tNorland\nNOR\tNorland again\n");
        assertTrue(msg.startsWith("countries.txt:2: "), msg);
    }

    @Test
    void wrongColumnCountIsAnError() {
        String msg = error("organizations.txt", "IGOXXXNRC\tIGO\tNorthern Council\n");
        assertTrue(msg.startsWith("organizations.txt:1: "), msg);
        assertTrue(msg.contains("3 TAB-separated columns"), msg);
    }

    @Test
    void badDateIsAnError() {
        String msg = error("people.txt", "NOR\tGOV\t2001\t2004\tAnna Berg\nNOR\tGOV\t2001-13\t-\tCarl Lind\n");
        assertTrue(msg.startsWith("people.txt:2: "), msg);
        assertTrue(msg.contains("2001-13"), msg);
    }

    @Test
    void roleEndingBeforeItStartsIsAnError() {
        String msg = error("people.txt", "NOR\tGOV\t2010\t2004\tAnna Berg\n");
        assertTrue(msg.startsWith("people.txt:1: "), msg);
    }

    @Test
    void badSectorAndEmptyAlternativeAreErrors() {
        assertTrue(error("agents.txt", "mil\tsoldier\n").startsWith("agents.txt:1: "));
        String msg = error("groups.txt", "NORREBFRF\tNOR\tREB\tFrost Front||Frosties\n");
        assertTrue(msg.startsWith("groups.txt:1: ") && msg.contains("empty alternative"), msg);
    }

    @Test
    void unknownFileNameIsRejected() {
        String msg = error("weapons.txt", "x\n");
        assertTrue(msg.contains("weapons.txt"), msg);
    }

    @Test
    void fileNamesMayCarryADirectoryAndPrefix() {
        ActorDictionary d = load("/tmp/extra/my-agents.txt", "GOV\tsteward\n");
        assertEquals(1, d.entries().size());
    }
}
