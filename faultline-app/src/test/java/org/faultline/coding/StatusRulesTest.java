package org.faultline.coding;

import org.faultline.model.Document;
import org.faultline.model.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Status from the whole article: mutual accusations, a toll one source denies, a dispute that holds for every telling
 * of its incident, and a claim of responsibility that agrees with the victims' account. Short articles written for
 * these tests; the exact set of events (code, dyad, status) is asserted.
 */
class StatusRulesTest {

    private static List<String> events(Document d) {
        return d.events().stream().map(e -> e.cameo() + " " + CodingFixture.country(e.actor1()) + "->"
                + CodingFixture.country(e.actor2()) + " " + e.status().name().toLowerCase(java.util.Locale.ROOT)
                + (e.fatalities() == null ? "" : " dead " + e.fatalities())).sorted().toList();
    }

    @Test
    void twoSidesAccusingEachOtherAreBothContested() {
        Document d = CodingFixture.code("Ghana accused Togo of provoking the border skirmish near Aflao on Monday. "
                + "Togo accused Ghana of provoking the skirmish.");
        assertEquals(List.of("112 GHA->TGO contested", "112 TGO->GHA contested"), events(d), CodingFixture.describe(d.events()));
    }

    @Test
    void aSourceSayingNoneWereKilledDeniesTheOtherSourcesToll() {
        Document d = CodingFixture.code("Four Malian soldiers were killed when their truck hit a mine near Gao on Monday, "
                + "a local official said. An army spokesman said two soldiers were wounded in the blast but none were killed.");
        assertEquals(List.of("190 -->MLI contested dead 0", "190 -->MLI denied dead 4"), events(d), CodingFixture.describe(d.events()));
    }

    @Test
    void anArmedGroupsSpokesmanClaimingAnAttackNoOneElseBlamedAdmitsIt() {
        Document d = CodingFixture.code("Five Kenyan soldiers were killed in an ambush near Garissa on Tuesday, a regional official said. "
                + "Abu Karim, al Shabaab's spokesman for military affairs, said the group was behind the ambush on the army convoy.");
        assertEquals(List.of("190 -->KEN asserted dead 5", "190 SOM->KEN asserted"), events(d), CodingFixture.describe(d.events()));
        Event claimed = d.events().stream().filter(e -> e.actor1() != null).findFirst().orElseThrow();
        assertEquals("SOMREBSHB", claimed.actor1().code(), "the group's spokesman speaks for the group: " + claimed.actor1());
    }
}
