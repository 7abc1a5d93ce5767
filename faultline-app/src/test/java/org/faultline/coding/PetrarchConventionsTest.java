package org.faultline.coding;

import org.faultline.Faultline;
import org.faultline.model.Article;
import org.faultline.model.CodingConventions;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same sentences coded with faultline's conventions and with PETRARCH's, on sentences written for this test. */
class PetrarchConventionsTest {
    private static Faultline faultline;

    @BeforeAll
    static void load() {
        faultline = Faultline.create(null);
    }

    private static List<String> coded(String text, CodingConventions conventions) {
        Document d = faultline.process(new Article("conv-" + Integer.toHexString(text.hashCode()), "test", text,
                LocalDate.of(2021, 6, 2), "argument", null, null, null), conventions);
        return d.events().stream().map(PetrarchConventionsTest::triple).collect(Collectors.toList());
    }

    private static String triple(Event e) {
        return (e.actor1() == null ? "" : e.actor1().code()) + " " + (e.actor2() == null ? "" : e.actor2().code()) + " "
                + e.cameo().substring(0, 2);
    }

    @Test
    void aConflictualActAnotherSideReportsIsThatSidesAccusation() {
        String s = "Chile said that Peruvian troops had shelled a border post.";
        assertEquals(List.of("CHL PERMIL 11"), coded(s, CodingConventions.PETRARCH));
        assertTrue(coded(s, CodingConventions.FAULTLINE).stream().anyMatch(x -> x.startsWith("PERMIL") && x.endsWith(" 19")),
                coded(s, CodingConventions.FAULTLINE).toString());
    }

    @Test
    void aSourceNamedAfterTheReportOnlyAttributesIt() {
        List<String> events = coded("Kenyan troops attacked a militant camp in Somalia, officials said.", CodingConventions.PETRARCH);
        assertEquals(List.of("KENMIL SOM 19"), events);
    }

    @Test
    void aGenericAgentKeepsNoCountryUnderPetrarch() {
        String s = "Insurgents ambushed an Afghan army convoy in Helmand province on Monday.";
        List<String> petrarch = coded(s, CodingConventions.PETRARCH);
        assertTrue(petrarch.stream().anyMatch(x -> x.startsWith("---REB ")), petrarch.toString());
        List<String> own = coded(s, CodingConventions.FAULTLINE);
        assertTrue(own.stream().anyMatch(x -> x.startsWith("AFGREB ")), own.toString());
    }

    @Test
    void anActAimedAtNoOneNamedTakesTheCountryWhereItHappened() {
        List<String> events = coded("Thousands of students protested in Santiago on Friday.", CodingConventions.PETRARCH);
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).endsWith(" CHL 14"), events.toString());
    }

    @Test
    void anActBetweenTwoUnnamedSidesIsNotCoded() {
        assertEquals(List.of(), coded("Gunmen killed two villagers overnight.", CodingConventions.PETRARCH));
    }

    @Test
    void conventionsAreNamedCaseInsensitivelyAndABadNameIsRefused() {
        assertEquals(CodingConventions.PETRARCH, CodingConventions.named("PETRARCH"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodingConventions.named("kedS"));
        assertTrue(e.getMessage().contains("'kedS'"), e.getMessage());
    }
}
