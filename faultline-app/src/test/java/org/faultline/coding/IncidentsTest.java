package org.faultline.coding;

import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mentions into events, events into incidents, on hand-built mentions (no parser): fast and exact. */
class IncidentsTest {
    private static final Actor ARMY = new Actor("the army", "MLI", "MIL", null, "MLIMIL");
    private static final Actor REBELS = new Actor("rebels", "MLI", "REB", null, "MLIREB");
    private static final Actor VILLAGERS = new Actor("villagers", "MLI", "CVL", null, "MLICVL");
    private static final Actor NEIGHBOUR = new Actor("Niger", "NER", null, null, "NER");

    private static int n;

    private static Event mention(int sentence, String cameo, Actor a1, Actor a2, Actor reporter, String... why) {
        Evidence ev = new Evidence(sentence, sentence * 100, sentence * 100 + 50, "sentence " + sentence);
        return new Event("ev-" + (n++), new PartialDate(2023, 5, 9), a1, a2, cameo, null, null, null, null, null,
                reporter, null, EventStatus.ASSERTED, ev, List.of(), null, List.of(why));
    }

    private static List<Event> merge(Set<Integer> secondary, Event... mentions) {
        return Incidents.merge(List.of(mentions), List.of(), secondary::contains).events();
    }

    @Test
    void aHeadlineALeadAndARestatementAreOneEventWithThreeMentions() {
        List<Event> out = merge(Set.of(0),
                mention(0, "190", REBELS, ARMY, null),                  // "Rebels attack army post" (headline)
                mention(1, "195", REBELS, ARMY, ARMY),                  // "Rebels struck an army post with drones, the army said."
                mention(3, "190", null, ARMY, ARMY, Incidents.NOMINAL)); // "The attack was the third this month, the army said."
        assertEquals(1, out.size(), "one event");
        Event e = out.get(0);
        assertEquals(1, e.evidence().sentenceIndex(), "the body sentence tells it best");
        assertEquals("195", e.cameo(), "the most specific code of the best mention");
        assertEquals(List.of(0, 3), e.mentions().stream().map(Evidence::sentenceIndex).toList());
        assertTrue(e.why().stream().anyMatch(w -> w.startsWith(Incidents.MERGED)), "why says it was merged: " + e.why());
    }

    @Test
    void oneSentenceCodedThreeWaysIsOneEventWithOneCode() {
        List<Event> out = merge(Set.of(),
                mention(2, "190", REBELS, ARMY, null),
                mention(2, "195", REBELS, ARMY, null),
                mention(2, "1823", REBELS, ARMY, null));
        assertEquals(1, out.size());
        assertEquals("195", out.get(0).cameo());
        assertEquals(List.of(), out.get(0).mentions(), "one sentence is one mention");
    }

    @Test
    void twoActsEachToldWithItsOwnDoerAreTwoEvents() {
        // "Rebels fired on the post. Later rebels shelled the market."
        List<Event> out = merge(Set.of(), mention(1, "190", REBELS, ARMY, null), mention(2, "194", REBELS, VILLAGERS, null));
        assertEquals(2, out.size());
        // "Rebels fired on the post. Later rebels shelled another post."
        out = merge(Set.of(), mention(1, "190", REBELS, ARMY, null), mention(2, "194", REBELS, ARMY, null));
        assertEquals(2, out.size());
    }

    @Test
    void twoSourcesThatAgreeAreTwoEventsOfOneIncident() {
        List<Event> out = merge(Set.of(), mention(1, "190", REBELS, ARMY, ARMY), mention(2, "190", REBELS, ARMY, REBELS));
        assertEquals(2, out.size(), "one event per source");
        assertEquals(out.get(0).incident(), out.get(1).incident());
    }

    @Test
    void competingVersionsShareTheIncidentButNotTheEvent() {
        List<Event> out = merge(Set.of(), mention(1, "190", REBELS, ARMY, ARMY), mention(2, "190", ARMY, REBELS, REBELS));
        assertEquals(2, out.size());
        assertEquals(out.get(0).incident(), out.get(1).incident());
    }

    @Test
    void differentKindsOfActAreDifferentIncidents() {
        List<Event> out = merge(Set.of(), mention(1, "190", REBELS, ARMY, null), mention(2, "112", REBELS, ARMY, null));
        assertEquals(2, out.size());
        assertNotEquals(out.get(0).incident(), out.get(1).incident());
    }

    @Test
    void aSidesOwnLossesInItsClaimAreTheTollOfItsAttack() {
        // "The group said it killed 20 soldiers and lost two of its fighters."
        List<Event> out = merge(Set.of(), mention(4, "190", REBELS, ARMY, REBELS), mention(4, "190", REBELS, REBELS, REBELS));
        assertEquals(1, out.size());
        assertEquals("MLIMIL", out.get(0).actor2().code());
    }

    @Test
    void claimsAboutAMergedMentionPointAtTheEvent() {
        Event lead = mention(1, "190", REBELS, NEIGHBOUR, null);
        Event again = mention(2, "190", null, NEIGHBOUR, null, Incidents.NOMINAL);
        Claim c = new Claim("cl-1", NEIGHBOUR, "assert", "the attack", again.id(), null, null, null, again.evidence());
        Incidents.Result r = Incidents.merge(List.of(lead, again), List.of(c), i -> false);
        assertEquals(1, r.events().size());
        assertEquals(lead.id(), r.claims().get(0).aboutEvent());
    }
}
