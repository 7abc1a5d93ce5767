package org.faultline.lexicon;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** capitals.txt: each line names a town of the gazetteer; a bad line is reported with its file and line. */
class CapitalsTest {
    @Test
    void everyBundledCapitalIsATownOfItsCountry() {
        Capitals c = Capitals.bundled();
        assertTrue(c.towns().size() > 200, "nearly every country: " + c.towns().size());
        java.util.Set<String> countries = new java.util.HashSet<>();
        for (GazetteerEntry t : c.towns()) {
            assertEquals("city", t.feature(), t.toString());
            assertTrue(countries.add(t.country()), "one capital per country: " + t.country());
            assertTrue(c.contains(t));
        }
        GazetteerEntry largest = Gazetteer.bundled().towns(null).stream().filter(t -> !c.contains(t))
                .max(java.util.Comparator.comparingLong(GazetteerEntry::population)).orElseThrow();
        assertFalse(c.contains(largest), "a town that is no capital is not one");
    }

    @Test
    void aLineIsMatchedByCountryNameAndPoint() {
        Gazetteer g = Gazetteer.bundled();
        // two towns of one name in one country: the point picks one
        GazetteerEntry some = null, other = null;
        outer:
        for (GazetteerEntry a : g.towns("USA"))
            for (GazetteerEntry b : g.towns("USA"))
                if (a != b && a.name().equals(b.name()) && Math.abs(a.lat() - b.lat()) > 3) { some = a; other = b; break outer; }
        assertTrue(some != null);
        String file = "# a comment\n\nUSA\t" + some.name() + "\t" + some.lat() + "\t" + some.lon() + "\n";
        Capitals c = Capitals.load(new StringReader(file), "test.txt", g);
        assertEquals(List.of(some), c.towns());
        assertFalse(c.contains(other));
    }

    @Test
    void aBadLineNamesItsFileAndLine() {
        Gazetteer g = Gazetteer.bundled();
        var e = assertThrows(IllegalArgumentException.class,
                () -> Capitals.load(new StringReader("# x\nFRA\tNowhereville\t48.85\t2.35\n"), "caps.txt", g));
        assertTrue(e.getMessage().startsWith("caps.txt:2: 'Nowhereville' is no town of FRA"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Capitals.load(new StringReader("FRA\tParis\n"), "caps.txt", g));
        assertTrue(e.getMessage().startsWith("caps.txt:1: 'FRA\tParis' is not ISO3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Capitals.load(new StringReader("FRA\tParis\tnorth\t2\n"), "caps.txt", g));
        assertTrue(e.getMessage().startsWith("caps.txt:1: coordinates 'north'"), e.getMessage());
    }
}
