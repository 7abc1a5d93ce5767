package org.faultline.api;

import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claims board's claimants ("both governments deny" names both) and its snippets (cut between words). */
class ClaimantsTest {
    private static final Actor ARM = new Actor("Armenian forces", "ARM", "MIL", null, "ARMMIL");
    private static final Actor AZE = new Actor("Azerbaijani troops", "AZE", "MIL", null, "AZEMIL");
    private static final Actor ARM_GOV = new Actor("Yerevan", "ARM", "GOV", null, "ARMGOV");

    private static Claim claim(String sentence, Actor claimant) {
        return new Claim("c1", claimant, "deny", sentence, null, null, null, EventStatus.DENIED, new Evidence(0, 0, sentence.length(), sentence));
    }

    private static Event shelling() {
        String s = "Armenian forces shelled Azerbaijani positions near the border.";
        return new Event("e1", PartialDate.parse("2024-05-02"), ARM, AZE, "195", null, null, null, null, null, null, null,
                EventStatus.CONTESTED, new Evidence(0, 0, s.length(), s));
    }

    @Test
    void bothGovernmentsAreTheGovernmentsOfTheDyadsCountries() {
        List<Actor> who = Claimants.of(claim("Both governments denied that their troops had fired first.", ARM_GOV), shelling());
        assertEquals(List.of("ARMGOV", "AZEGOV"), who.stream().map(Actor::code).toList());
        assertEquals(List.of("Armenia government", "Azerbaijan government"), who.stream().map(Actor::name).toList());
    }

    @Test
    void bothSidesAreTheDyad() {
        List<Actor> who = Claimants.of(claim("Both sides blamed each other for the shelling.", ARM), shelling());
        assertEquals(List.of(ARM, AZE), who);
    }

    @Test
    void aClaimBySomeoneElseKeepsItsClaimant() {
        assertEquals(List.of(ARM_GOV), Claimants.of(claim("The government in Yerevan denied the report.", ARM_GOV), shelling()));
        assertEquals(List.of(ARM_GOV), Claimants.of(claim("Both governments denied it.", ARM_GOV), null), "no event: nothing to widen");
    }

    @Test
    void snippetsAreCutBetweenWords() {
        String text = "word ".repeat(150) + "EVIDENCE" + " longword".repeat(80);
        int at = text.indexOf("EVIDENCE");
        int from = WebServer.paragraphStart(text, at);
        assertTrue(at - from <= 400, "at most 400 characters before: " + (at - from));
        assertTrue(at - from > 390, "nearly 400 characters kept: " + (at - from));
        assertTrue(text.charAt(from - 1) == ' ' && text.charAt(from) != ' ', "starts at a word: '" + text.substring(from, from + 10) + "'");
        int end = at + "EVIDENCE".length();
        int to = WebServer.paragraphEnd(text, end);
        assertTrue(to - end <= 400 && to - end > 390, "nearly 400 characters after: " + (to - end));
        assertTrue(text.charAt(to) == ' ' && text.charAt(to - 1) != ' ', "ends at a word: '" + text.substring(to - 10, to) + "'");
        assertTrue(text.substring(from, to).startsWith("word ") && text.substring(from, to).endsWith("longword"));
        String para = "First paragraph.\n\nShort one with EVIDENCE here.\n\nNext.";
        int p = para.indexOf("EVIDENCE");
        assertEquals("Short one with ", para.substring(WebServer.paragraphStart(para, p), p), "a paragraph is kept whole");
    }
}
