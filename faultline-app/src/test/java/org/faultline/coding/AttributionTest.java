package org.faultline.coding;

import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who speaks for whom, on sentences written for these tests. */
class AttributionTest {

    @Test
    void aSpeakerSpeaksForTheBodyItsAppositionNames() {
        // the story is set in Chile's waters, but the spokeswoman speaks for Peru's navy
        Document d = CodingFixture.code("Ana Ruiz, a spokeswoman for the Peruvian navy, said that Chilean boats had entered the waters off Arica.");
        List<String> claimants = d.claims().stream().map(Claim::claimant).map(a -> a.country() + " " + a.code()).toList();
        assertEquals(List.of("PER PERMIL"), claimants, d.claims().toString());
    }

    @Test
    void aPeoplesNameIsNoTownOfAnotherCountry() {
        // the gazetteer has a sizeable South African town spelled "Brits"
        Document d = CodingFixture.code("Brits and Kenyans marched together in Nairobi on Monday.");
        assertEquals(List.of("Nairobi KEN"), d.places().stream().map(p -> p.name() + " " + p.country()).toList(), d.places().toString());
    }

    @Test
    void aClosingSpeechClauseReportsTheWholeSentence() {
        // the parser hangs "a government spokesman said" on the base; the spokesman still reports the killing
        Document d = CodingFixture.code("Ten soldiers were killed on Monday by rebels who attacked a base in northern Mali, a government spokesman said.");
        assertEquals(List.of("190 MLI"), d.events().stream().map(e -> e.cameo() + " " + (e.reportedBy() == null ? null : e.reportedBy().country())).toList(),
                d.events().toString());
        assertEquals(List.of("assert MLI"), d.claims().stream().map(c -> c.stance() + " " + c.claimant().country()).toList(), d.claims().toString());
    }
}
