package org.faultline.coding;

import org.faultline.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Acts told by coordination, light verbs with event nouns, and gerunds of means: each the exact set of events. */
class CoordinationAndLightVerbsTest {

    private static List<String> eventList(String text) {
        Document d = CodingFixture.code(text);
        return d.events().stream().map(e -> e.cameo() + " " + CodingFixture.country(e.actor1()) + "->" + CodingFixture.country(e.actor2()))
                .sorted().toList();
    }

    private static Set<String> events(String text) {
        Document d = CodingFixture.code(text);
        return d.events().stream().map(e -> e.cameo() + " " + CodingFixture.country(e.actor1()) + "->" + CodingFixture.country(e.actor2()))
                .collect(Collectors.toSet());
    }

    @Test
    void gerundOfMeansUnderAnInfinitiveIsTheActOfTheMainSubject() {
        assertEquals(Set.of("190 ETH->ERI"),
                events("The Ethiopian army tried to distract Eritrean troops by attacking an Eritrean base in the south on Monday."));
    }

    @Test
    void engagingInBattlesWithASideIsFightingThatSide() {
        assertEquals(Set.of("190 TCD->NER"), events("Chadian troops engaged in fierce battles with Nigerien soldiers near the border on Monday."));
        assertEquals(Set.of("193 KEN->SOM"), events("Kenyan police engaged in a gunfight with Somali militants near the coast on Sunday."));
    }

    @Test
    void eachConjoinedActOfALightVerbIsAnEventWithItsOwnTarget() {
        assertEquals(List.of("190 RUS->UKR", "190 RUS->UKR"),
                eventList("Russian forces launched an attack on Ukrainian troops in Kharkiv and a raid on a Ukrainian base in Sumy on Monday."));
        assertEquals(List.of("190 TUR->IRQ", "195 TUR->SYR"),
                eventList("The Turkish air force carried out three airstrikes on a Syrian airbase and two other strikes on Iraqi targets near Mosul."));
        // a conjunct that is no act ("an attack and a statement") adds nothing
        assertEquals(List.of("190 SDN->TCD"), eventList("Sudanese forces launched an offensive against Chadian troops and a website on Monday."));
    }

    @Test
    void aNumberJoinedToCountedActsRepeatsTheActAgainstItsOwnTarget() {
        assertEquals(List.of("190 RUS->UKR", "190 RUS->UKR"),
                eventList("Russian forces launched three strikes on Ukrainian positions in Kharkiv and two on Ukrainian positions in Sumy on Monday."));
    }

    @Test
    void aLightVerbWithAnActNounIsThatActOfTheSubjectOnThePrepositionsObject() {
        assertEquals(Set.of("190 SOM->KEN"), events("Somali militants waged attacks on Kenyan army bases last week."));
        assertEquals(Set.of("190 UKR->RUS"), events("Ukrainian forces launched a counteroffensive against Russian troops last week."));
        assertEquals(Set.of("195 ISR->LBN"), events("The Israeli army carried out airstrikes against Hezbollah positions last week."));
    }
}
