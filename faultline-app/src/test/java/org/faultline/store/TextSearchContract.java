package org.faultline.store;

import org.faultline.model.Actor;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.Place;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.faultline.store.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The text search of {@link EventQuery#text()} ({@code events --text}, {@code /api/events?q=}); each subclass runs it
 * on one database. Each answer is checked against the same search done in Java over the merged events' own text.
 */
abstract class TextSearchContract {
    protected Store store;

    /** A fresh, empty store. */
    protected abstract Store openEmpty() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
        List<Document> docs = new ArrayList<>(StoreContract.corpus());
        docs.add(Fixtures.toldThreeTimes());
        var g = doc("Omega Bulletin", "2024-06-02");
        g.event("Drones struck the fuel depot at Ölberg_Nord overnight, 100% of its tanks burned.", "2024-06-01",
                new Actor("Gebirgsjäger brigade", "NOR", "MIL", null, "NORMIL"), SOUTH_ARMY, "195",
                new Place("Ölberg", "Ölberg", "SWE", "High County", 58.0, 12.0, "city", 1, List.of("Oelberg")), null,
                EventStatus.UNVERIFIED);
        docs.add(g.build());
        store.putAll(docs);
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    /** Every piece of text a merged event is searched in, lower-cased. */
    private static List<String> searchable(MergedEvent m) {
        List<String> out = new ArrayList<>();
        Event e = m.event();
        out.add(e.evidence().text());
        for (Actor a : new Actor[]{e.actor1(), e.actor2()}) if (a != null) { out.add(a.name()); out.add(a.code()); }
        if (e.location() != null) {
            out.add(e.location().name());
            out.add(e.location().canonical());
            out.add(e.location().admin1());
            out.add(String.join("|", e.location().aliases()));
        }
        for (Report r : m.reports()) {
            Event x = r.event();
            out.add(x.evidence().text());
            for (Actor a : new Actor[]{x.actor1(), x.actor2(), x.reportedBy()}) if (a != null) out.add(a.name());
            if (x.location() != null) out.add(x.location().name());
            if (x.citation() != null) out.add(x.citation().outlet());
            for (Evidence mention : x.mentions()) out.add(mention.text());
        }
        return out.stream().filter(s -> s != null).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    private Set<String> expected(String... terms) {
        Set<String> ids = new TreeSet<>();
        for (MergedEvent m : store.events(EventQuery.all())) {
            List<String> text = searchable(m);
            boolean all = true;
            for (String t : terms) all &= text.stream().anyMatch(s -> s.contains(t.toLowerCase(Locale.ROOT)));
            if (all) ids.add(m.id());
        }
        return ids;
    }

    private Set<String> found(String text) {
        return store.events(EventQuery.all().withText(text)).stream().map(MergedEvent::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> evidenceOf(Set<String> ids) {
        Set<String> out = new TreeSet<>();
        for (String id : ids) out.add(store.event(id).orElseThrow().event().evidence().text());
        return out;
    }

    @Test
    void wordsMatchInAnyCaseWhereverTheEventTellsThem() {
        int all = store.events(EventQuery.all()).size();
        for (String[] q : new String[][]{{"millbrook"}, {"ARTILLERY"}, {"Testland"}, {"sudland", "hilltop"}, {"old rivertown"},
                {"pound"}, {"Rivertown"}, {"nor"}, {"Kappa"}}) {
            Set<String> want = expected(q);
            assertEquals(want, found(String.join(" ", q).replace("old rivertown", "\"old rivertown\"")), String.join(" ", q));
            assertTrue(want.size() < all, "a narrowing query: " + String.join(" ", q) + " " + want.size() + " of " + all);
        }
        assertFalse(found("ARTILLERY").isEmpty());
        // a word only in a report that merged into an event whose own evidence is another report's
        Set<String> millbrook = found("millbrook");
        assertEquals(1, millbrook.size(), "the shelling at Rivertown told by Alpha and Beta");
        // only in the headline, one of the event's other mentions
        assertEquals(Set.of("Nordland artillery struck the ferry landing at Rivertown on Thursday, killing two dockworkers."),
                evidenceOf(found("pound")));
        assertEquals(Set.of("Gunmen from Testland attacked Rivertown on Sunday."), evidenceOf(found("testland")), "an actor's name");
        assertEquals(found("oelberg"), found("ölberg"), "an alias finds what the name finds");
        assertEquals(1, found("ÖLBERG").size(), "case folds beyond ASCII");
    }

    @Test
    void allTermsMustMatchAndAQuotedPhraseIsOneTerm() {
        Set<String> both = found("fired back");
        assertEquals(expected("fired", "back"), both);
        Set<String> phrase = found("\"fired back\"");
        assertEquals(expected("fired back"), phrase);
        assertEquals(Set.of("Sudland gunners fired back across the river within the hour."), evidenceOf(phrase));
        assertTrue(found("rivertown zzzz").isEmpty(), "every term must match");
        assertEquals(found("rivertown"), found("  rivertown   RIVERTOWN "), "repeated terms and spaces change nothing");
    }

    @Test
    void likeWildcardsAreLiteral() {
        assertTrue(found("%").size() == 1 && found("100%").size() == 1, "only the event whose text holds a percent sign");
        assertEquals(found("_Nord"), found("Ölberg_Nord"));
        assertEquals(1, found("_").size(), "an underscore is a character, not any character");
        assertTrue(found("!").isEmpty(), "the escape character itself is literal");
    }

    @Test
    void textCombinesWithTheOtherFiltersAndTheLimit() {
        Set<String> text = found("rivertown");
        Set<String> root19 = store.events(EventQuery.all().withRoot("19").withText("rivertown")).stream().map(MergedEvent::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> want = store.events(EventQuery.all().withRoot("19")).stream().map(MergedEvent::id).filter(text::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, root19);
        assertTrue(root19.size() < text.size() && !root19.isEmpty());
        List<MergedEvent> two = store.events(EventQuery.all().withText("rivertown").withLimit(2));
        assertEquals(2, two.size());
        assertTrue(text.containsAll(two.stream().map(MergedEvent::id).toList()));
        var fromTo = EventQuery.parse(null, null, "2024-03-11", "2024-12-31", null, null, null).withText("rivertown");
        for (MergedEvent m : store.events(fromTo)) assertTrue(text.contains(m.id()));
    }

    @Test
    void badTextsAreRefusedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withText("x".repeat(201)));
        assertTrue(e.getMessage().contains("201 characters"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withText("a b c d e f g h i"));
        assertTrue(e.getMessage().contains("'a b c d e f g h i' has 9 words"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withText("bell\u0007"));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        assertNull(EventQuery.all().withText("   ").text(), "blank is no search");
        assertEquals(List.of("fired back", "river"), EventQuery.all().withText(" \"fired   back\" river ").textTerms());
    }
}
