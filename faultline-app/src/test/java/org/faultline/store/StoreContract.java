package org.faultline.store;

import org.faultline.model.Claim;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.PartialDate;
import org.faultline.model.SentenceZone;
import org.faultline.model.Zone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.faultline.store.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The store test suite; each subclass runs it on one database. */
abstract class StoreContract {
    protected Store store;

    /** A fresh, empty store. */
    protected abstract Store openEmpty() throws Exception;

    /** The same database as {@link #openEmpty()}, opened again. */
    protected abstract Store reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    /** Incident 1 told by three outlets (one month-precision, one without place), plus a denial. */
    static List<Document> corpus() {
        var a = doc("Alpha Daily", "2024-03-11");
        Event a1 = a.event("Nordland troops shelled Rivertown on Sunday, killing four people.", "2024-03-10",
                NORTH_ARMY, SOUTH_ARMY, "194", RIVERTOWN, 4, EventStatus.ASSERTED);
        a.claim(SOUTH_GOV, "assert", "The Sudland defence ministry said Nordland fired first.", a1, null);
        a.quote(SOUTH_GOV, "We will answer every shell");
        a.relation(NORTH_GOV, SOUTH_GOV, "hostility", "The two governments have been at odds for years.");
        var b = doc("Beta Times", "2024-03-12");
        Event b1 = b.event("Artillery fire from Nordland hit Millbrook near Rivertown, leaving six dead.", "2024-03-10",
                NORTH_ARMY, SOUTH_ARMY, "195", NEAR_RIVERTOWN, 6, EventStatus.ASSERTED);
        Claim denial = b.claim(NORTH_GOV, "deny", "The Nordland government denied its army had fired at Millbrook.", b1, null);
        assertNotNull(denial);
        var c = doc("Gamma Post", "2024-03-20");
        c.event("Fighting between Nordland and Sudland in March left several dead.", "2024-03",
                NORTH_ARMY, null, "190", null, null, EventStatus.ASSERTED);
        // a different incident: same dyad and place, next day
        var d = doc("Delta News", "2024-03-12");
        d.event("Nordland shelled Rivertown again on Monday.", "2024-03-11", NORTH_ARMY, SOUTH_ARMY, "194", RIVERTOWN, null,
                EventStatus.ASSERTED);
        // same day, but far away
        d.event("Clashes were also reported in Hilltop on Sunday.", "2024-03-10", NORTH_ARMY, SOUTH_ARMY, "193", FAR_TOWN, 1,
                EventStatus.UNVERIFIED);
        // same day and place but another kind of event (protest, root 14)
        var e = doc("Epsilon Wire", "2024-03-10");
        e.event("Residents of Rivertown protested against the war on Sunday.", "2024-03-10", UNKNOWN, NORTH_GOV, "141",
                RIVERTOWN, null, EventStatus.ASSERTED);
        // other attackers, same day and place: different actor country
        var f = doc("Zeta Review", "2024-03-11");
        f.event("Gunmen from Testland attacked Rivertown on Sunday.", "2024-03-10",
                new org.faultline.model.Actor("Testland militia", "DNK", "REB", null, "DNKREB"), SOUTH_ARMY, "193", RIVERTOWN,
                null, EventStatus.ASSERTED);
        return List.of(a.build(), b.build(), c.build(), d.build(), e.build(), f.build());
    }

    @Test
    void storesADocumentWithItsWholeExtraction() {
        Document d = corpus().get(0);
        assertTrue(store.put(d));
        StoreCounts n = store.counts();
        assertEquals(1, n.documents());
        assertEquals(d.events().size(), n.reports());
        assertEquals(d.claims().size(), n.claims());
        assertEquals(d.quotes().size(), n.quotes());
        assertEquals(d.places().size(), n.places());
        assertEquals(d.citations().size(), n.citations());
        assertEquals(d.relations().size(), n.relations());
        assertTrue(store.contains(d.article().id()));
        assertEquals(List.of(), store.incompleteDocuments());
    }

    @Test
    void reportsComeBackExactlyAsCoded() {
        Document d = corpus().get(0);
        store.put(d);
        List<MergedEvent> es = store.events(EventQuery.all());
        assertEquals(1, es.size());
        Report r = es.get(0).reports().get(0);
        assertEquals(d.events().get(0), r.event());
        assertEquals(d.article().outlet(), r.outlet());
        assertEquals(d.article().published(), r.published());
        assertEquals(d.article().url(), r.url());
        assertEquals(d.claims().get(0), es.get(0).claims().get(0).claim());
    }

    @Test
    void ingestingTheSameDocumentTwiceChangesNothing() {
        for (Document d : corpus()) assertTrue(store.put(d));
        StoreCounts before = store.counts();
        for (Document d : corpus()) assertFalse(store.put(d), d.article().source());
        assertEquals(before, store.counts());
    }

    @Test
    void mergesOneIncidentToldManyTimesAndKeepsOthersApart() {
        List<Document> docs = corpus();
        docs.forEach(store::put);
        assertEquals(5, store.rebuildMerged());
        List<MergedEvent> es = store.events(EventQuery.all());
        assertEquals(5, es.size());
        MergedEvent big = es.stream().max(Comparator.comparingInt(m -> m.reports().size())).orElseThrow();
        assertEquals(3, big.reports().size());
        assertEquals(3, big.documents());
        Set<String> reportIds = big.reports().stream().map(r -> r.event().id()).collect(Collectors.toSet());
        assertEquals(reportIds.stream().min(Comparator.naturalOrder()).orElseThrow(), big.id(), "merged id = smallest report id");
        assertEquals(PartialDate.parse("2024-03-10"), big.event().date());
        assertEquals("NORMIL", big.event().actor1().code());
        assertEquals("SWEMIL", big.event().actor2().code());
        assertEquals(4, big.event().fatalities(), "the most conservative count");
        assertEquals("19", big.event().root());
        // the other Rivertown shelling (next day), Hilltop (far), protest (other root), Testland (other actor) stay apart
        for (MergedEvent m : es) if (m != big) assertEquals(1, m.reports().size(), m.event().evidence().text());
        // report rows stay
        assertEquals(7, store.counts().reports());
    }

    /**
     * The merged view rebuilt one stale part at a time, as documents arrive (what the streaming job's windows do),
     * is exactly the view one whole rebuild gives: same incidents, same reports in each, same claims and contests.
     */
    @Test
    void rebuildingTheStalePartsAsDocumentsArriveGivesTheWholeRebuildsView() {
        List<Document> docs = new java.util.ArrayList<>(corpus());
        org.faultline.corpus.CorpusGenerator.generate(5, 120).articles().forEach(g -> docs.add(g.expected()));
        assertEquals(Set.of(), store.staleMergeParts(), "an empty store's view is fresh");
        int i = 0;
        for (Document d : docs) {
            store.put(d);
            assertTrue(store.staleMergeParts().containsAll(Store.mergeParts(d)), "storing marks the parts it touches");
            if (++i % 25 == 0) for (String part : store.staleMergeParts()) store.rebuildMerged(part);
        }
        for (String part : store.staleMergeParts()) store.rebuildMerged(part);
        assertEquals(Set.of(), store.staleMergeParts());
        String byParts = mergedView();
        int incidents = store.rebuildMerged();
        assertEquals(mergedView(), byParts);
        assertTrue(incidents > 50 && store.claims(true).size() > 3, incidents + " incidents, " + store.claims(true).size() + " contested claims");
        assertThrows(IllegalArgumentException.class, () -> store.rebuildMerged("21"), "not a root");
    }

    private String mergedView() {
        return store.events(EventQuery.all()).stream().map(MergedEvent::toString).sorted().collect(Collectors.joining("\n"))
                + store.claims(false).stream().map(StoredClaim::toString).sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void aDenialInOneDocumentContestsTheClaimOfAnother() {
        corpus().forEach(store::put);
        MergedEvent big = store.events(EventQuery.all()).stream().max(Comparator.comparingInt(m -> m.reports().size())).orElseThrow();
        assertEquals(EventStatus.DENIED, big.event().status());
        assertEquals(2, big.claims().size());
        List<StoredClaim> contested = store.claims(true);
        assertEquals(1, contested.size());
        StoredClaim c = contested.get(0);
        assertEquals("assert", c.claim().stance());
        assertEquals(big.id(), c.eventId());
        String denier = big.claims().stream().filter(x -> x.claim().stance().equals("deny")).findFirst().orElseThrow().documentId();
        assertNotEquals(c.documentId(), denier);
        assertTrue(c.contestedBy().startsWith(denier + "/"), c.contestedBy());
        assertEquals(2, store.claims(false).size());
        assertEquals(1, store.events(EventQuery.all().withStatus(EventStatus.DENIED)).size());
    }

    @Test
    void queriesFilterMergedEvents() {
        corpus().forEach(store::put);
        assertEquals(4, store.events(EventQuery.all().withActor("NOR")).size());   // NORMIL x3 + NORGOV in the protest
        assertEquals(1, store.events(EventQuery.all().withActor("DNKREB")).size());
        assertEquals(1, store.events(EventQuery.all().withCountry("DNK")).size());
        assertEquals(1, store.events(EventQuery.all().withRoot("14")).size());
        assertEquals(4, store.events(EventQuery.all().withRoot("19")).size());
        assertEquals(1, store.events(EventQuery.all().withDates(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-11"))
                .withRoot("19").withActor("NORMIL").withCountry("SWE")).size());
        List<MergedEvent> day11 = store.events(EventQuery.all().withDates(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-31")));
        assertEquals(1, day11.size());
        assertEquals(PartialDate.parse("2024-03-11"), day11.get(0).event().date());
        // near Hilltop: only the far clash
        List<MergedEvent> near = store.events(EventQuery.all().near(57.7, 11.9, 30));
        assertEquals(1, near.size());
        assertEquals("Hilltop", near.get(0).event().location().canonical());
        assertEquals(4, store.events(EventQuery.all().near(59.35, 18.1, 40)).size());
        assertEquals(1, store.events(EventQuery.all().withStatus(EventStatus.UNVERIFIED)).size());
        assertEquals(2, store.events(EventQuery.all().withLimit(2)).size());
    }

    @Test
    void listsActorsAndPlaces() {
        corpus().forEach(store::put);
        List<ActorCount> actors = store.actors();
        assertEquals("SWEMIL", actors.get(0).code());   // both Rivertown shellings, Hilltop, the Testland raid
        assertEquals(4, actors.get(0).events());
        assertTrue(actors.stream().anyMatch(a -> a.code().equals("NORMIL") && a.events() == 3));
        assertTrue(actors.stream().anyMatch(a -> a.code().equals("DNKREB") && a.events() == 1));
        List<PlaceCount> places = store.places();
        PlaceCount river = places.stream().filter(p -> p.name().equals("Rivertown")).findFirst().orElseThrow();
        assertEquals(4, river.documents());
        assertTrue(river.events() >= 3, "Rivertown events: " + river.events());
        assertEquals(places.get(0), river, "most named first");
    }

    @Test
    void reviewsSurviveReCodingAndRebuilds() throws Exception {
        List<Document> docs = corpus();
        docs.forEach(store::put);
        MergedEvent big = store.events(EventQuery.all()).stream().max(Comparator.comparingInt(m -> m.reports().size())).orElseThrow();
        Review r = store.review(big.id(), "fatalities", "5", "analyst");
        // re-code one document: the same events plus one more
        Document first = docs.get(0);
        var extra = new java.util.ArrayList<>(first.events());
        Event added = new Event(hash("new"), PartialDate.parse("2023-01-01"), NORTH_GOV, SOUTH_GOV, "042", null, null, null,
                null, null, null, null, null, first.events().get(0).evidence());
        extra.add(added);
        store.replace(new Document(first.article(), extra, first.claims(), first.quotes(), first.relations(), first.places(),
                first.citations(), first.actors(), first.dates()));
        assertEquals(6, store.rebuildMerged());
        assertTrue(store.events(EventQuery.all()).stream().anyMatch(m -> m.id().equals(big.id())), "merged id is stable");
        store.close();
        store = reopen();
        assertEquals(List.of(r), store.reviews(big.id()).stream()
                .map(x -> new Review(x.id(), x.eventId(), x.field(), x.value(), x.reviewer(), r.at())).toList());
        assertEquals(List.of(), store.incompleteDocuments());
    }

    @Test
    void aFailingDocumentLeavesNoTrace() {
        List<Document> docs = corpus();
        store.put(docs.get(0));
        StoreCounts before = store.counts();
        Document good = docs.get(1);
        Event e = good.events().get(0);
        Event broken = new Event(e.id(), e.date(), e.actor1(), e.actor2(), e.cameo(), e.plover(), "x".repeat(500),
                e.acledSubType(), e.location(), e.fatalities(), e.reportedBy(), e.citation(), e.status(), e.evidence());
        Document bad = new Document(good.article(), List.of(broken), good.claims(), good.quotes(), good.relations(),
                good.places(), good.citations(), good.actors(), good.dates());
        assertThrows(StoreException.class, () -> store.put(bad));
        assertEquals(before, store.counts());
        assertFalse(store.contains(good.article().id()));
        assertTrue(store.put(good), "the store still works after a failed document");
    }

    @Test
    void rejectsBadQueriesWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withRoot("21"));
        assertTrue(e.getMessage().contains("'21'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EventQuery.all().withCountry("Sweden"));
        assertTrue(e.getMessage().contains("'Sweden'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> store.review("x", "Bad Field", "1", "me"));
        assertTrue(e.getMessage().contains("'Bad Field'"), e.getMessage());
    }

    @Test
    void keepsDateMentionsAndWherePlacesAreNamed() {
        Document d = corpus().get(0);   // "Nordland troops shelled Rivertown on Sunday, ..."
        String text = d.article().text();
        int sunday = text.indexOf("Sunday");
        var dates = List.of(new org.faultline.model.DateMention("Sunday", sunday, sunday + 6, 0, PartialDate.parse("2024-03-10")));
        Document withDates = new Document(d.article(), d.events(), d.claims(), d.quotes(), d.relations(), d.places(),
                d.citations(), d.actors(), dates);
        assertTrue(store.put(withDates));
        Document back = store.document(d.article().id()).orElseThrow();
        assertEquals(dates, back.dates());
        List<PlaceSpan> spans = store.placeSpans(d.article().id());
        int river = text.indexOf("Rivertown");
        assertTrue(river > 0);
        assertEquals(new PlaceSpan(0, "Rivertown", river, river + "Rivertown".length()), spans.get(0));
        for (PlaceSpan s : spans) assertEquals(s.text(), text.substring(s.start(), s.end()));
        assertEquals(List.of(), store.placeSpans("no-such-document"));
    }

    @Test
    void placeSpansAreWholeWordsLongestFirstAndNeverOverlap() {
        var old = new org.faultline.model.Place("Old Rivertown", "Rivertown", "SWE", null, 59.3, 18.0, "city", 1, List.of("Rivertown"));
        var mill = new org.faultline.model.Place("Millbrook", "Millbrook", "SWE", null, 59.4, 18.2, "city", 1, List.of());
        String text = "Old Rivertown and Rivertown, not Rivertowners; Millbrook.";
        List<PlaceSpan> spans = WebRows.placeSpans(text, List.of(old, mill));
        assertEquals(List.of(new PlaceSpan(0, "Old Rivertown", 0, 13), new PlaceSpan(0, "Rivertown", 18, 27),
                new PlaceSpan(1, "Millbrook", 47, 56)), spans);
    }

    @Test
    void putAllStoresInBulkAndSkipsKnownDocuments() {
        List<Document> docs = corpus();
        assertTrue(store.put(docs.get(0)));
        var twice = new java.util.ArrayList<>(docs);
        twice.add(docs.get(1));
        assertEquals(docs.size() - 1, store.putAll(twice));
        assertEquals(docs.size(), store.counts().documents());
        assertEquals(0, store.putAll(docs));
        assertEquals(List.of(), store.incompleteDocuments());
        assertEquals(5, store.rebuildMerged(), "the same incidents as stored one by one");
    }

    @Test
    void aDateRangeFindsCoarseDatesThatOverlapIt() {
        var d = doc("Year Review", "2024-01-05");
        d.event("Nordland and Sudland fought all through 2023.", "2023", NORTH_ARMY, SOUTH_ARMY, "190", null, null,
                EventStatus.ASSERTED);
        d.event("They had fought in 2022 as well.", "2022", NORTH_ARMY, SOUTH_ARMY, "190", FAR_TOWN, null, EventStatus.ASSERTED);
        d.event("Nordland envoys met Sudland officials in late December 2023.", "2023-12-28", NORTH_GOV, SOUTH_GOV, "042",
                RIVERTOWN, null, EventStatus.ASSERTED);
        store.put(d.build());
        assertEquals(List.of("2023", "2023-12-28"), dates(EventQuery.all().withDates(LocalDate.parse("2023-12-20"), null)),
                "a year overlaps a range starting 353 days after it does");
        assertEquals(List.of("2023"), dates(EventQuery.all().withDates(LocalDate.parse("2023-12-29"), LocalDate.parse("2024-02-01"))));
        assertEquals(List.of("2022", "2023", "2023-12-28"), dates(EventQuery.all().withDates(LocalDate.parse("2022-06-01"), null)));
        assertEquals(List.of("2022"), dates(EventQuery.all().withDates(null, LocalDate.parse("2022-12-31"))));
        assertEquals(List.of("2023"), dates(EventQuery.all().withDates(LocalDate.parse("2023-12-20"), null).withRoot("19").withLimit(1)));
    }

    private List<String> dates(EventQuery q) {
        return store.events(q).stream().map(m -> m.event().date().toString()).toList();
    }

    @Test
    void aDocumentReadsBackWithItsEventMentionsIncidentWhyAndSentenceZones() {
        Document d = toldThreeTimes();
        assertTrue(store.put(d));
        Document back = store.document(d.article().id()).orElseThrow();
        Event told = back.events().get(0);
        String text = d.article().text();
        assertEquals(2, told.mentions().size());
        assertEquals(List.of(0, 4), told.mentions().stream().map(org.faultline.model.Evidence::sentenceIndex).toList());
        assertEquals("Nordland guns pound Rivertown ferry landing", told.mentions().get(0).text());
        for (var m : told.mentions()) assertEquals(m.text(), text.substring(m.start(), m.end()));
        assertEquals(d.events().get(0).mentions(), told.mentions());
        assertEquals(INCIDENT, told.incident());
        assertEquals(WHY, told.why());
        Event reply = back.events().get(1);
        assertEquals(List.of(), reply.mentions());
        assertEquals(reply.id(), reply.incident(), "an event stored without an incident of its own is its own incident");
        assertEquals(List.of(), reply.why());
        assertEquals(6, back.sentences().size());
        assertEquals(List.of(Zone.HEADLINE, Zone.DATELINE, Zone.BODY, Zone.BODY, Zone.BODY, Zone.QUOTE),
                back.sentences().stream().map(SentenceZone::zone).toList());
        assertEquals(d.sentences(), back.sentences());
        assertEquals(d, back, "every field of the document, as coded");
    }

    @Test
    void reportsOfMergedEventsKeepTheirMentionsIncidentAndWhy() {
        Document d = toldThreeTimes();
        store.put(d);
        corpus().forEach(store::put);
        Map<String, Event> coded = d.events().stream().collect(Collectors.toMap(Event::id, e -> e));
        int seen = 0;
        for (MergedEvent m : store.events(EventQuery.all()))
            for (Report r : m.reports())
                if (r.documentId().equals(d.article().id())) {
                    assertEquals(coded.get(r.event().id()), r.event());
                    seen++;
                }
        assertEquals(2, seen);
        Event told = d.events().get(0);
        MergedEvent withTold = store.events(EventQuery.all()).stream()
                .filter(m -> m.reports().stream().anyMatch(r -> r.event().id().equals(told.id()))).findFirst().orElseThrow();
        Report r = store.event(withTold.id()).orElseThrow().reports().stream()
                .filter(x -> x.event().id().equals(told.id())).findFirst().orElseThrow();
        assertEquals(told, r.event());
        assertEquals(WHY, r.event().why());
        // the other documents' reports have none of this one's rows
        for (MergedEvent m : store.events(EventQuery.all()))
            for (Report o : m.reports())
                if (!o.documentId().equals(d.article().id())) {
                    assertEquals(List.of(), o.event().mentions());
                    assertEquals(List.of(), o.event().why());
                    assertEquals(o.event().id(), o.event().incident());
                }
    }

    @Test
    void storingTheSameDocumentAgainAddsNoMentionWhyOrZoneRows() {
        Document d = toldThreeTimes();
        assertTrue(store.put(d));
        StoreCounts once = store.counts();
        assertEquals(2, once.eventMentions());
        assertEquals(3, once.whyLines());
        assertEquals(6, once.sentenceZones());
        assertFalse(store.put(d), "the same text is stored once");
        assertEquals(once, store.counts());
        assertEquals(0, store.putAll(List.of(d, d)));
        assertEquals(once, store.counts());
        store.replace(d);
        assertEquals(once, store.counts(), "re-coding replaces the rows, it does not add to them");
        assertEquals(d, store.document(d.article().id()).orElseThrow());
        assertEquals(List.of(), store.incompleteDocuments());
    }

    @Test
    void reviewStateAppliesCorrectionsWithTheirCoordinates() {
        corpus().forEach(store::put);
        MergedEvent m = store.events(EventQuery.all().withRoot("19").withActor("NORMIL")).get(0);
        store.review(m.id(), "action", "correct", "ana");
        store.review(m.id(), "place", "Hilltop", "ana");
        store.review(m.id(), "place.lat", "57.7", "ana");
        store.review(m.id(), "place.lon", "11.97", "ana");
        store.review(m.id(), "fatalities", "9", "ana");
        store.review(m.id(), "cameo", "193", "bo");
        Map<String, List<Review>> byEvent = store.reviews(List.of(m.id(), "no-such-event"));
        assertEquals(Set.of(m.id()), byEvent.keySet());
        ReviewState r = ReviewState.of(byEvent.get(m.id())).orElseThrow();
        assertEquals("corrected", r.state());
        assertEquals("bo", r.reviewer());
        assertEquals(List.of("place", "fatalities", "cameo"), r.correctedFields());
        Event shown = r.applyTo(m.event());
        assertEquals("Hilltop", shown.location().name());
        assertEquals(57.7, shown.location().lat(), 1e-9);
        assertEquals(11.97, shown.location().lon(), 1e-9);
        assertEquals(9, shown.fatalities());
        assertEquals("193", shown.cameo());
        assertEquals(m.event().actor1(), shown.actor1());
        store.review(m.id(), "place", "Millbrook", "bo");   // a later name without coordinates keeps the coded ones
        store.review(m.id(), "action", "reject", "bo");
        ReviewState later = ReviewState.of(store.reviews(m.id())).orElseThrow();
        assertEquals("rejected", later.state());
        assertEquals(m.event().location().lat(), later.applyTo(m.event()).location().lat(), 1e-9);
        assertEquals("Millbrook", later.applyTo(m.event()).location().name());
        assertTrue(ReviewState.of(List.of()).isEmpty());
    }
}
