package org.faultline.coding;

import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events per incident through the whole pipeline, on short articles written for these tests. */
class IncidentBehaviourTest {

    private static List<String> codes(Document d) {
        return d.events().stream().map(e -> e.cameo() + " " + CodingFixture.country(e.actor1()) + "->" + CodingFixture.country(e.actor2()))
                .sorted().toList();
    }

    @Test
    void oneSentenceTellingAnAttackAndItsTollIsOneEventWithOneCode() {
        Document d = CodingFixture.code("Militants stormed a police post in Gao on Tuesday, killing three officers.");
        assertEquals(List.of("190 MLI->MLI"), codes(d), CodingFixture.describe(d.events()));
        assertEquals(3, d.events().get(0).fatalities());
    }

    @Test
    void aDenialGivesAClaimAndNoEvent() {
        Document d = CodingFixture.code("Niger denied that its troops had shelled the Malian border town of Menaka.");
        assertEquals(List.of(), codes(d));
        assertTrue(d.claims().stream().anyMatch(c -> c.stance().equals("deny") && "NER".equals(c.claimant().country())),
                "the denial is a claim: " + d.claims());
    }

    @Test
    void twoSourcesThatAgreeAreTwoEventsOfOneIncident() {
        Document d = CodingFixture.code("The Malian army said rebels attacked an army convoy near Gao on Monday. "
                + "A rebel spokesman also said its fighters attacked the convoy near Gao on Monday.");
        assertEquals(List.of("190 MLI->-", "190 MLI->MLI"), codes(d), CodingFixture.describe(d.events()));
        assertEquals(d.events().get(0).incident(), d.events().get(1).incident(), "one incident");
        assertTrue(!d.events().get(0).id().equals(d.events().get(1).id()));
    }

    @Test
    void aClaimOfResponsibilityForAnActIsTheActsDoerNotASecondCode() {
        Document d = CodingFixture.code("JNIM claimed responsibility for the bombing of a police station in Gao on Friday.");
        assertEquals(1, d.events().size(), CodingFixture.describe(d.events()));
        assertTrue(d.events().get(0).cameo().startsWith("18") && "MLI".equals(CodingFixture.country(d.events().get(0).actor1())),
                "the bombing, done by the front: " + CodingFixture.describe(d.events()));
    }

    @Test
    void aCapitalsNameEndingALongerPlaceNameIsThePlaceNotTheCountry() {
        Document d = CodingFixture.code("Insurgents attacked the town of Mocimboa da Praia in Mozambique on Monday.");
        assertEquals(List.of("190 MOZ->-"), codes(d), "the town is no actor of Cape Verde: " + CodingFixture.describe(d.events()));
    }

    @Test
    void everyEventSaysWhichLexiconLineMadeIt() {
        Document d = CodingFixture.code("Militants stormed a police post in Gao on Tuesday, killing three officers.");
        Event e = d.events().get(0);
        assertTrue(e.why().stream().anyMatch(w -> w.matches("lexicon:en/verbs\\.txt:\\d+ storm -> 190")), "why: " + e.why());
    }
}
