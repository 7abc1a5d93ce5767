package org.faultline.coding;

import org.faultline.model.Document;
import org.faultline.model.Event;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kinds of events that unseen articles told and the coder lost: acts owned by a claim of responsibility, and the
 * like. Each test asserts the exact set of events (code, actor1 country, actor2 country) of sentences of our own.
 */
class RecallRulesTest {

    /** The events of a text as "CODE A1->A2" ("-" for no actor, "?" for an actor of no country). */
    private static Set<String> events(String text) {
        Document d = CodingFixture.code(text);
        Set<String> out = new TreeSet<>();
        for (Event e : d.events()) out.add(e.cameo() + " " + CodingFixture.country(e.actor1()) + "->" + CodingFixture.country(e.actor2()));
        return out;
    }

    @Test
    void claimingResponsibilityForAnAttackMakesTheClaimantItsDoer() {
        // one code per event: the attack, done by the claimant; the claim is not a second event (015)
        assertEquals(Set.of("190 NGA->CMR"),
                events("Boko Haram claimed responsibility for Sunday's attack on a Cameroonian army base."));
    }

    @Test
    void anAttackClaimedBySomeoneWasDoneByThem() {
        assertEquals(Set.of("190 NGA->MLI"),
                events("Three Malian soldiers were killed in an ambush claimed by Boko Haram near the border."));
    }

    @Test
    void theSideBehindAnAttackDidIt() {
        assertEquals(Set.of("193 YEM->SAU", "190 YEM->SAU"),
                events("The Houthis fired missiles at Riyadh on Monday. A Houthi spokesman said the group was behind the attack on a Saudi oil facility."));
    }

    @Test
    void aDeniedResponsibilityOwnsNothing() {
        assertEquals(Set.of(), events("The Kremlin denied responsibility for the strike on a Ukrainian market."));
    }

    @Test
    void ourForcesInAQuotationAreTheSpeakers() {
        assertEquals(Set.of("192 RUS->-", "190 UKR->RUS"),
                events("Russian troops entered the village on Friday. \"Our soldiers drove the Russian troops out of the village,\" the Ukrainian army said."));
    }

    @Test
    void callingSomeoneSomethingIsNoPhoneCall() {
        assertEquals(Set.of(), events("Ghanaian officials call the Togolese rebels the northern group."));
        assertEquals(Set.of("041 KEN->SOM"), events("The Kenyan president called the Somali president on Monday."));
        assertEquals(Set.of("1823 RUS->SYR"), events("Russian jets have killed 40 people in Syria, mostly fighters, according to a monitor."));
    }

    @Test
    void whatASpeakerSaysAnotherSideMustDoIsADemand() {
        assertEquals(Set.of("1056 PAK->AFG"),
                events("\"The Afghan government should stop the cross-border attacks,\" the Pakistani interior minister said."));
        assertEquals(Set.of("1056 NGA->CMR"), events("Nigeria said Cameroon must withdraw its troops from the disputed peninsula."));
        assertEquals(Set.of("106 HUN->UKR"), events("\"Ukraine should negotiate with Russia,\" the Hungarian prime minister said."));
        assertEquals(Set.of(), events("\"We must defend our border,\" the Indian army chief said."));
    }

    @Test
    void woundingIsViolenceToldOncePerIncident() {
        assertEquals(Set.of("182 NGA->NGA"), events("Gunmen wounded two Nigerian villagers near Jos on Sunday."));
        assertEquals(Set.of("190 -->KEN"), events("Six Kenyan soldiers were injured in the explosion."));
        assertEquals(Set.of("190 RUS->UKR"),
                events("Four Ukrainian soldiers were killed and six others wounded by Russian shelling near Kharkiv."));
    }

    @Test
    void fireComesFromWhoFiresIt() {
        assertEquals(Set.of("190 AZE->ARM"), events("Armenian posts came under fire from the Azerbaijani side on Tuesday."));
    }

    @Test
    void footageThatAppearsToShowAnActLeavesItUnverified() {
        String text = "Video footage appeared to show Russian soldiers shooting a Ukrainian prisoner.";
        assertEquals(Set.of("193 RUS->UKR"), events(text));
        assertEquals(org.faultline.model.EventStatus.UNVERIFIED, CodingFixture.code(text).events().get(0).status());
    }

    @Test
    void sidesBlamingEachOtherAccuseBothWays() {
        assertEquals(Set.of("112 SRB->XKX", "112 XKX->SRB"), events("Serbia and Kosovo accused one another of provoking the unrest."));
        assertEquals(Set.of("112 ETH->ERI", "112 ERI->ETH"), events("Fighting broke out between Ethiopian and Eritrean troops on the border, "
                + "and the two sides blamed each other for the violence."));
    }

    @Test
    void violenceToldWithoutADoerTakesItFromTheIncidentsOwnSentences() {
        // another source tells of the victims of the strike the sentence before names a doer for
        assertEquals(Set.of("195 ETH->SOM", "1823 ETH->SOM"), events("Ethiopian jets bombed a Somali town on Monday, "
                + "the Somali government said. A doctor told reporters that three children were killed."));
        // the victims are one side of the clash: the other side killed them
        assertEquals(Set.of("190 SDN->TCD", "190 TCD->SDN"), events("Sudanese troops and Chadian rebels clashed near the border "
                + "on Friday. Two Sudanese policemen were killed, a local official said."));
        // too far from the act: no doer is implied
        assertEquals(Set.of("195 ETH->SOM", "1823 -->SOM"), events("Ethiopian jets bombed a Somali town on Monday, the Somali "
                + "government said. The weather was cold. Markets were closed. Roads were empty. A doctor told reporters that "
                + "three children were killed."));
    }

    @Test
    void bothSidesAndThePartiesAreTheTwoSidesLastNamed() {
        assertEquals(Set.of("190 SDN->TCD", "190 TCD->SDN", "0256 ?->SDN", "0256 ?->TCD"), events("Sudanese troops and Chadian "
                + "rebels clashed near the border on Friday. The United Nations urged both sides to stop fighting."));
        assertEquals(Set.of("190 SDN->TCD", "190 TCD->SDN", "111 ?->SDN", "111 ?->TCD"), events("Sudanese troops and Chadian "
                + "rebels clashed near the border on Friday. The African Union condemned the parties."));
    }

    @Test
    void anImpliedDoerIsNoOnesBlame() {
        // each side tells its own losses: the victims' accounts stand against each other, as when no doer is implied
        String text = "Cameroon said Nigerian troops shelled a Cameroonian village on Monday. Two Nigerian soldiers were killed, "
                + "the Nigerian army said.";
        assertEquals(Set.of("194 NGA->CMR", "190 CMR->NGA"), events(text));
        for (Event e : CodingFixture.code(text).events()) assertEquals(org.faultline.model.EventStatus.CONTESTED, e.status());
        // the narrator tells the shelling: the army's word on its losses contests nothing
        text = "Nigerian troops shelled a Cameroonian village on Monday. Two Nigerian soldiers were killed, the Nigerian army said.";
        assertEquals(Set.of("194 NGA->CMR", "190 CMR->NGA"), events(text));
        for (Event e : CodingFixture.code(text).events()) assertEquals(org.faultline.model.EventStatus.ASSERTED, e.status());
    }

    @Test
    void aCountedStrikeIsTheIncidentsWhenItsSentencesNameTheDoer() {
        assertEquals(Set.of("195 ETH->SOM"), events("Ethiopian jets bombed a Somali town on Monday, the Somali government said. "
                + "A doctor told reporters that one airstrike hit a school."));
        // no incident names a doer: a counted strike alone is not coded
        assertEquals(Set.of(), events("A doctor told reporters that one airstrike hit a school in the capital."));
    }

    @Test
    void afterATwoWayClashAStrikeOnNoOneNamedHasNoImpliedDoer() {
        assertEquals(Set.of("190 SDN->TCD", "190 TCD->SDN"), events("Sudanese troops and Chadian rebels clashed near the border "
                + "on Friday. Two rockets struck a clinic, a nurse said."));
    }
}
