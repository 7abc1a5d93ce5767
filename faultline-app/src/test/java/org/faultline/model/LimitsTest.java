package org.faultline.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-article limits and what a reached one reports. */
class LimitsTest {
    @Test
    void eachLimitIsSetAndReadByName() {
        Limits l = Limits.DEFAULTS;
        for (String name : Limits.names()) {
            Limits changed = l.with(name, 7);
            assertEquals(7, changed.get(name));
            for (String other : Limits.names()) if (!other.equals(name)) assertEquals(l.get(other), changed.get(other));
        }
        assertEquals(List.of(500_000, 2_000, 150, 500), Limits.names().stream().map(l::get).toList());
        assertEquals(3, l.with(" MAX-EVENTS ", 3).maxEvents());
    }

    @Test
    void badNamesAndValuesAreNamedInTheMessage() {
        assertEquals("max-chars 0 is not positive",
                assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.with("max-chars", 0)).getMessage());
        assertEquals("limit 'max-words' is not one of max-chars, max-sentences, max-parse-tokens, max-events",
                assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.get("max-words")).getMessage());
    }

    @Test
    void aTruncationSaysWhatWasLeftOut() {
        assertEquals("max-sentences 2,000 reached (5,400 distinct sentences); coded up to character 81,234",
                new Truncation("max-sentences", 2000, 5400, 81234).message());
        assertEquals("max-events 500 reached (812 events); the first 500 kept", new Truncation("max-events", 500, 812, -1).message());
        assertThrows(IllegalArgumentException.class, () -> new Truncation("max-events", 500, 500, -1));
        Coverage c = Coverage.FULL.plus(new Truncation("max-events", 1, 2, -1));
        assertTrue(c.truncated());
        assertEquals(0, c.repeatedSentences());
    }
}
