package org.faultline.coding;

import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who the sides of an event are when the parse or the spelling makes it hard; sentences written for this test. */
class ActorsAndTargetsTest {

    private static List<String> coded(String text) {
        Document d = CodingFixture.code(text);
        return d.events().stream().map(ActorsAndTargetsTest::triple).toList();
    }

    private static String triple(Event e) {
        return (e.actor1() == null ? "-" : e.actor1().code()) + " " + (e.actor2() == null ? "-" : e.actor2().code()) + " " + e.cameo();
    }

    @Test
    void anAgentPlacedInACountryBelongsToIt() {
        assertEquals(List.of("PERLEG CHL 111"), coded("Lawmakers in Peru criticised Chile over the fishing dispute."));
    }

    @Test
    void aCountryAfterADescriptiveAdjectiveStillNamesTheAgent() {
        List<String> events = coded("Dissidents from war-torn Syria met the Turkish foreign minister on Monday.");
        assertTrue(events.stream().anyMatch(x -> x.startsWith("SYROPP TURGOV 04")), events.toString());
    }

    @Test
    void coordinatedCountryAdjectivesNameTwoSidesOfOneKind() {
        List<String> events = coded("French and German diplomats met Iranian officials in Vienna.");
        assertTrue(events.contains("FRAGOV IRNGOV 044") && events.contains("DEUGOV IRNGOV 044"), events.toString());
    }

    @Test
    void aMisplacedCapitalStillNamesTheCountry() {
        List<String> events = coded("Pakistan condemned iNdia for the raid.");
        assertTrue(events.contains("PAK IND 111"), events.toString());
    }

    @Test
    void destructionByProtestersIsAViolentProtest() {
        List<String> events = coded("Protesters torched a police station in Nairobi on Tuesday.");
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).endsWith(" 145"), events.toString());
    }

    @Test
    void violenceDoneWithWeaponsOfWarIsMilitaryForce() {
        List<String> events = coded("A Ukrainian airliner was blown up by a missile over Donetsk.");
        assertEquals(List.of("- UKR 190"), events);
    }

    @Test
    void pressureFromSomeoneIsTheirAct() {
        List<String> events = coded("The Kenyan president faces pressure from the opposition to dissolve parliament.");
        assertTrue(events.stream().anyMatch(x -> x.startsWith("KENOPP KENGOV 10")), events.toString());
    }

    @Test
    void aReleasedReportSpeaksForWhereItWasReleased() {
        Document d = CodingFixture.code("A long report released on Monday in the Ugandan capital alleged that Rwandan troops "
                + "had shelled a border village.");
        Event e = d.events().stream().filter(x -> x.root().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(CodingFixture.describe(d.events())));
        assertEquals("RWA", e.actor1().country());
        assertEquals("UGA", e.reportedBy() == null ? null : e.reportedBy().country());
    }
}
