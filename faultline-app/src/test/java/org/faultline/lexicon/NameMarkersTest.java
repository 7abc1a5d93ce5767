package org.faultline.lexicon;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The marks of a stance on a place's name: the bundled file loads, and a bad line is named with file:line. */
class NameMarkersTest {
    @Test
    void theBundledMarkersLoad() {
        NameMarkers m = NameMarkers.bundled();
        assertTrue(m.before().containsAll(List.of("so-called", "self-proclaimed", "occupied")), m.before().toString());
        assertTrue(m.quotes().contains(new NameMarkers.Quotes("\u201c", "\u201d")), m.quotes().toString());
        assertTrue(m.frames().contains("region of"));
        for (int i = 1; i < m.before().size(); i++)
            assertTrue(m.before().get(i - 1).length() >= m.before().get(i).length(), "longest first: " + m.before());
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> NameMarkers.load(new StringReader(text), "m.txt")).getMessage();
    }

    @Test
    void aBadLineIsNamedWithItsFileAndLine() {
        assertEquals("m.txt:2: unknown kind 'AFTER' (expected BEFORE, QUOTES or FRAME)", error("BEFORE\tso-called\nAFTER\tbreakaway\n"));
        assertEquals("m.txt:1: BEFORE 'So-Called' is not lower-case words", error("BEFORE\tSo-Called\n"));
        assertEquals("m.txt:3: QUOTES '\"' is not two marks, open and close, separated by a space", error("# marks\n\nQUOTES\t\"\n"));
        assertEquals("m.txt:2: BEFORE 'occupied' is listed twice", error("BEFORE\toccupied\nBEFORE\toccupied # again\n"));
        assertEquals("m.txt:1: expected KIND<TAB>text, found 1 field(s)", error("BEFORE so-called\n"));
    }
}
