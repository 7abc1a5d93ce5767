package org.faultline.coding;

import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Relation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribution frames, claims and denials, status rules, negation, passive voice, coordination, fatalities. */
class CodingBehaviourTest {

    private static Optional<Event> withRoot(Document d, String root) {
        return d.events().stream().filter(e -> e.root().equals(root)).findFirst();
    }

    private static Event violent(Document d) {
        return d.events().stream().filter(e -> e.root().equals("19") || e.root().equals("18") || e.root().equals("20"))
                .findFirst().orElseThrow(() -> new AssertionError("no violent event in " + CodingFixture.describe(d.events())));
    }

    @Test
    void reportingVerbMakesTheSubjectTheReporterAndAClaimant() {
        Document d = CodingFixture.code("Sudan's army said that the paramilitary fighters shelled a hospital in El Fasher on Monday.");
        Event e = violent(d);
        assertNotNull(e.reportedBy(), "reporter");
        assertEquals("SDN", e.reportedBy().country());
        Claim c = d.claims().stream().filter(x -> x.stance().equals("assert")).findFirst().orElseThrow();
        assertEquals("SDN", c.claimant().country());
        assertEquals(e.id(), c.aboutEvent());
        assertEquals("2023-05-08", e.date().toString(), "Monday before the publication date 2023-05-10");
    }

    @Test
    void accordingToFrameAttributesTheEvent() {
        Document d = CodingFixture.code("According to Kenyan police, the militants attacked a bus near Mandera.");
        Event e = violent(d);
        assertEquals("KEN", e.reportedBy() == null ? null : e.reportedBy().country());
    }

    @Test
    void citationClosingTheSentenceBecomesTheEventsCitation() {
        Document d = CodingFixture.code("Ethiopian troops shelled rebel positions near Mekelle (Addisstandard.et, May 3).");
        Event e = violent(d);
        assertNotNull(e.citation(), "citation");
        assertEquals("Addisstandard.et", e.citation().outlet());
        assertEquals("2023-05-03", e.citation().date().toString());
    }

    @Test
    void denialIsLinkedToTheClaimItContradictsAndTheEventIsDenied() {
        Document d = CodingFixture.code("On Monday, Ukraine's military reported that Russian missiles struck a shopping centre in Kremenchuk, a charge that Moscow has denied.");
        Claim deny = d.claims().stream().filter(c -> c.stance().equals("deny")).findFirst()
                .orElseThrow(() -> new AssertionError("no denial in " + d.claims()));
        assertEquals("RUS", deny.claimant().country());
        assertNotNull(deny.contradicts(), "denial names the claim it contradicts");
        Claim claim = d.claims().stream().filter(c -> c.id().equals(deny.contradicts())).findFirst().orElseThrow();
        assertEquals("assert", claim.stance());
        assertEquals("UKR", claim.claimant().country());
        assertEquals(deny.id(), claim.contradicts(), "the pair points at each other");
        assertEquals(EventStatus.DENIED, violent(d).status());
    }

    @Test
    void denialInALaterSentenceReachesBack() {
        Document d = CodingFixture.code("The rebels said government aircraft bombed a market in the town. "
                + "The air force denied the accusation on Tuesday.");
        assertTrue(d.claims().stream().anyMatch(c -> c.stance().equals("deny") && c.contradicts() != null), "linked denial: " + d.claims());
        assertEquals(EventStatus.DENIED, violent(d).status());
    }

    @Test
    void hedgedReportIsUnverified() {
        Document d = CodingFixture.code("Militants reportedly attacked an army base in central Mali.");
        assertEquals(EventStatus.UNVERIFIED, violent(d).status());
    }

    @Test
    void modalAndFutureActsAreForecasts() {
        Document d = CodingFixture.code("Russia will deploy more troops to Belarus next month.");
        Event e = withRoot(d, "15").orElseThrow(() -> new AssertionError(CodingFixture.describe(d.events())));
        assertEquals(EventStatus.FORECAST, e.status());
    }

    @Test
    void negatedEventsAreNotEvents() {
        Document d = CodingFixture.code("The Indian army did not fire at Pakistani posts on Friday.");
        assertTrue(d.events().stream().noneMatch(e -> e.root().equals("19")), CodingFixture.describe(d.events()));
    }

    @Test
    void passiveVoiceTakesTheAgentAsSource() {
        Document d = CodingFixture.code("A Nigerian army convoy was ambushed by Boko Haram fighters near Maiduguri.");
        Event e = violent(d);
        assertEquals("NGA", CodingFixture.country(e.actor1()));
        assertEquals("NGA", CodingFixture.country(e.actor2()));
    }

    @Test
    void passiveWithoutAgentLeavesTheSourceOpen() {
        Document d = CodingFixture.code("Two Malian soldiers were killed in an ambush near the border.");
        Event e = violent(d);
        assertNull(e.actor1());
        assertEquals("MLI", CodingFixture.country(e.actor2()));
        assertEquals(2, e.fatalities());
    }

    @Test
    void coordinatedSubjectsEachGetAnEvent() {
        Document d = CodingFixture.code("Egypt and Jordan condemned Israel's raid on the refugee camp.");
        List<String> sources = d.events().stream().filter(e -> e.root().equals("11")).map(e -> CodingFixture.country(e.actor1())).toList();
        assertTrue(sources.contains("EGY") && sources.contains("JOR"), CodingFixture.describe(d.events()));
    }

    @Test
    void noCasualtiesMeansZeroFatalities() {
        Document d = CodingFixture.code("Azerbaijani forces fired at Armenian positions overnight, without any casualties.");
        assertEquals(0, violent(d).fatalities());
    }

    @Test
    void vagueNumbersFollowAcledRules() {
        Document d = CodingFixture.code("Gunmen attacked a village in Zamfara, killing dozens of people.");
        assertEquals(12, violent(d).fatalities());
    }

    @Test
    void alliancesAndHostilitiesAreRelations() {
        Document d = CodingFixture.code("Serbia values its alliance with Russia. The war between Russia and Ukraine continues.");
        List<Relation> r = d.relations();
        assertTrue(r.stream().anyMatch(x -> x.kind().equals("alliance") && pair(x, "SRB", "RUS")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.kind().equals("hostility") && pair(x, "RUS", "UKR")), r.toString());
    }

    @Test
    void eventIdsAreStableAcrossRuns() {
        String text = "Israeli jets struck targets in southern Lebanon on Sunday.";
        Document a = CodingFixture.code(text, LocalDate.of(2024, 4, 21));
        Document b = CodingFixture.code(text, LocalDate.of(2024, 4, 21));
        assertFalse(a.events().isEmpty());
        assertEquals(a.events().stream().map(Event::id).toList(), b.events().stream().map(Event::id).toList());
    }

    private static boolean pair(Relation r, String x, String y) {
        String a = r.a().country(), b = r.b().country();
        return (x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a));
    }

    @Test
    void theAccusedSidesOwnAccountContradictsTheAccusation() {
        Document d = CodingFixture.code("Chad's army said on Monday that Sudanese troops had shelled its border posts near Adre. "
                + "Sudan's defence ministry said its forces had only returned fire after Chadian units crossed the border.");
        Claim charge = d.claims().stream().filter(c -> c.claimant().country().equals("TCD")).findFirst().orElseThrow();
        Claim version = d.claims().stream().filter(c -> c.claimant().country().equals("SDN")).findFirst().orElseThrow();
        assertEquals(charge.id(), version.contradicts());
        assertEquals(version.id(), charge.contradicts());
    }

    @Test
    void aDenialInTheLeadAnswersTheAccusationToldAfterIt() {
        Document d = CodingFixture.code("Moscow denied any role in the blast at the depot. "
                + "Ukrainian officials said a Russian drone had hit the fuel depot on Sunday.");
        Claim denial = d.claims().stream().filter(c -> c.stance().equals("deny")).findFirst().orElseThrow();
        Claim accusation = d.claims().stream().filter(c -> c.claimant().country().equals("UKR")).findFirst().orElseThrow();
        assertEquals(accusation.id(), denial.contradicts());
        assertEquals(denial.id(), accusation.contradicts());
        assertEquals(EventStatus.DENIED, violent(d).status());
    }

    @Test
    void aQuotationOfTwoSentencesClosedByItsSpeakerIsOneClaimsEvidence() {
        String text = "Militants attacked an army camp near Kismayo on Tuesday. \"Our fighters entered the camp at dawn. "
                + "We killed twelve soldiers and seized their weapons,\" a spokesman for the militants said.";
        Document d = CodingFixture.code(text);
        Claim c = d.claims().stream().filter(x -> x.evidence().text().contains("killed twelve")).findFirst()
                .orElseThrow(() -> new AssertionError(d.claims().toString()));
        assertTrue(c.evidence().text().startsWith("Our fighters entered"), c.evidence().text());
        assertEquals(text.indexOf("Our fighters"), c.evidence().start());
    }

    @Test
    void whatSomeoneWasKeptFromDoingDidNotHappen() {
        Document d = CodingFixture.code("Kenyan police stopped a group of protesters from marching into the city centre on Friday.");
        assertTrue(d.events().stream().noneMatch(e -> e.root().equals("14")), CodingFixture.describe(d.events()));
    }

    @Test
    void aParticipleDescribingItsNounIsNoEvent() {
        Document d = CodingFixture.code("Malian soldiers and gendarmes deployed there came under heavy mortar fire on Monday, the army said.");
        assertTrue(d.events().stream().noneMatch(e -> e.root().equals("15")), CodingFixture.describe(d.events()));
    }

    @Test
    void thePurposeOfARelativeClauseIsBackground() {
        Document d = CodingFixture.code("Government troops shelled the town, a stronghold of a Somali militia that was formed to fight Ethiopian forces.");
        assertEquals(1, d.events().size(), CodingFixture.describe(d.events()));
        assertEquals("19", d.events().get(0).root());
        assertEquals("SOM", d.events().get(0).actor1().country());
    }

    @Test
    void theGroupThatSaysIsTheArmedGroupLastNamed() {
        Document d = CodingFixture.code("Hezbollah fighters fired rockets at an army post in northern Israel on Sunday. "
                + "Two of its fighters died in an Israeli drone strike on a car near Tyre, the group said.");
        Event strike = d.events().stream().filter(e -> e.evidence().sentenceIndex() == 1 && e.root().equals("19")).findFirst()
                .orElseThrow(() -> new AssertionError(CodingFixture.describe(d.events())));
        assertEquals("LBN", strike.reportedBy() == null ? null : strike.reportedBy().country());
    }

    @Test
    void aSourceCloseToSomeoneSpeaksForThem() {
        Document d = CodingFixture.code("A source close to Hamas told Reuters that Israeli jets had struck a school in Khan Younis.");
        Event strike = violent(d);
        assertEquals("PSE", strike.reportedBy() == null ? null : strike.reportedBy().country());
    }
}
