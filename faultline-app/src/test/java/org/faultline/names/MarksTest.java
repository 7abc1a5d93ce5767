package org.faultline.names;

import org.faultline.lexicon.NameMarkers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The marks on a written name and the name form a FRAME makes, from the bundled name-markers.txt (invented names). */
class MarksTest {
    private final Marks marks = new Marks(NameMarkers.bundled());

    @Test
    void scareQuotesAreMarksAndQuotationsAreNot() {
        assertEquals(List.of("scare quotes"), marks.of("Westmark", "envoys of \u201c", "\u201d arrived"));
        assertEquals(List.of("scare quotes"), marks.of("Westmark", "the '", "' delegation"));
        assertEquals(List.of("scare quotes"), marks.of("Westmark", "the \"", " People's Republic\" said"), "capitalised words of the same name");
        assertEquals(List.of(), marks.of("Westmark", "He said: \"", " will hold,\" he added"), "a quotation that opens with the name");
        assertEquals(List.of(), marks.of("Westmark", "in ", "'s capital"), "a possessive");
        assertEquals(List.of(), marks.of("Westmark", "rock'", "' x"), "an apostrophe inside a word opens nothing");
    }

    @Test
    void wordsBeforeTheNameOrOpeningItAreMarks() {
        assertEquals(List.of("scare quotes", "so-called"), marks.of("Westmark", "the so-called \"", "\" said"));
        assertEquals(List.of("self-proclaimed"), marks.of("Westmark", "The Self-Proclaimed ", " said"), "any case");
        assertEquals(List.of("temporarily occupied"), marks.of("Westmark", "the temporarily occupied ", ""), "the longest phrase");
        assertEquals(List.of("occupied"), marks.of("Occupied Westmark", "in ", "."), "a name that opens with the phrase");
        assertEquals(List.of(), marks.of("Westmark", "unoccupied ", "."), "a phrase inside a word");
    }

    @Test
    void aFrameMakesANameOfItsOwn() {
        assertEquals("Westmark region of Freedonia", marks.form("Westmark", " region of Freedonia overnight."));
        assertEquals("Westmark region of Freedonia", marks.form("Westmark", " Region Of the Freedonia"));
        assertEquals("Westmark", marks.form("Westmark", " region of origin"), "no capitalised name after the frame");
        assertEquals("Westmark province of Freedonia", marks.form("Westmark", " province of Freedonia. Envoys left."));
    }
}
