package org.faultline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.model.Actor;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CorpusGeneratorTest {
    @Test
    void writesTheAskedNumberOfArticlesWithAnAnswerKey() {
        Corpus c = CorpusGenerator.generate(11, 300);
        assertEquals(300, c.articles().size());
        assertEquals(300, c.incidents().stream().mapToInt(i -> i.documentIds().size()).sum());
        Set<String> ids = c.articles().stream().map(a -> a.article().id()).collect(Collectors.toSet());
        assertEquals(300, ids.size(), "every article text is different");
        assertTrue(c.incidents().stream().filter(i -> i.documentIds().size() >= 2).count() > c.incidents().size() * 0.8,
                "most incidents are told several times");
        assertTrue(c.incidents().stream().anyMatch(Incident::denied), "some denials");
        assertTrue(c.incidents().stream().map(i -> i.place().country()).distinct().count() >= 5, "several countries");
        Set<String> outletsOfFirst = c.articles().stream().filter(a -> a.incidentId().equals(c.incidents().get(0).id()))
                .map(a -> a.article().outlet()).collect(Collectors.toSet());
        assertEquals(c.incidents().get(0).documentIds().size(), outletsOfFirst.size(), "one outlet per report");
    }

    @Test
    void theExpectedExtractionPointsIntoTheText() {
        for (GeneratedArticle g : CorpusGenerator.generate(5, 120).articles()) {
            String text = g.article().text();
            for (Event e : g.expected().events())
                assertEquals(e.evidence().text(), text.substring(e.evidence().start(), e.evidence().end()), g.article().source());
            for (Claim cl : g.expected().claims())
                assertEquals(cl.evidence().text(), text.substring(cl.evidence().start(), cl.evidence().end()));
            g.expected().quotes().forEach(q -> assertEquals(q.text(), text.substring(q.start(), q.end())));
            g.expected().citations().forEach(ci -> assertEquals(ci.outlet(), text.substring(ci.start(), ci.end()).split(",")[0]));
            boolean denial = g.expected().claims().stream().anyMatch(cl -> cl.stance().equals("deny"));
            assertEquals(denial, g.expected().events().get(0).status() == EventStatus.DENIED);
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpus() {
        assertEquals(CorpusGenerator.generate(3, 50), CorpusGenerator.generate(3, 50));
        assertNotEquals(CorpusGenerator.generate(3, 50).articles(), CorpusGenerator.generate(4, 50).articles());
    }

    @Test
    void scoresAPerfectASplitAndAWrongMerge() {
        Corpus c = CorpusGenerator.generate(9, 120);
        // one merged event per known event, as a correct coder and merge give
        List<Event> perfect = c.events().stream().map(k -> event(k.id(), k.cameo(), k.date(), k.actor1(), k.actor2(), k.place())).toList();
        MergeScore s = c.score(perfect, 50);
        assertEquals(1.0, s.precision(), s.toString());
        assertEquals(1.0, s.recall(), s.toString());
        assertTrue(c.events().stream().anyMatch(k -> k.kind().equals("accusation")), "some accusations");
        assertTrue(c.events().stream().anyMatch(k -> k.kind().equals("demand")), "some demands");
        // every known event told twice, unmerged: each second copy is a false positive
        List<Event> split = new ArrayList<>(perfect);
        split.addAll(perfect);
        MergeScore t = c.score(split, 50);
        assertEquals(1.0, t.recall());
        assertEquals(0.5, t.precision(), 1e-9);
        // a day late, 200 km off, another root, the wrong country, no actor: none fits
        KnownEvent k = c.events().get(0);
        Place far = new Place("Far", "Far", k.place().country(), null, k.place().lat() + 1.8, k.place().lon(), "city", 1, List.of());
        Actor foreign = new Actor("Foreign troops", k.actor1().country().equals("FRA") ? "DEU" : "FRA", "MIL", null, null);
        List<Event> wrong = List.of(event("a", k.cameo(), k.date().plusDays(1), k.actor1(), k.actor2(), k.place()),
                event("b", k.cameo(), k.date(), k.actor1(), k.actor2(), far),
                event("c", k.root().equals("19") ? "181" : "190", k.date(), k.actor1(), k.actor2(), k.place()),
                event("d", k.cameo(), k.date(), foreign, null, k.place()),
                event("e", k.cameo(), k.date(), null, null, k.place()));
        assertEquals(0, new Corpus(c.articles(), c.incidents(), List.of(k)).score(wrong, 50).matched());
        // the same day, 30 km off, the actors the other way round within one country, a country-level place: fits
        Place near = new Place("Near", "Near", k.place().country(), null, k.place().lat() + 0.27, k.place().lon(), "city", 1, List.of());
        Place country = new Place("Land", "Land", k.place().country(), null, 0, 0, "country", 3, List.of());
        for (Event ok : List.of(event("f", k.cameo(), k.date(), null, k.actor1(), near),
                event("g", k.root() + "0", k.date(), k.actor1(), null, country)))
            assertEquals(1, new Corpus(c.articles(), c.incidents(), List.of(k)).score(List.of(ok), 50).matched(), ok.toString());
    }

    private static Event event(String id, String cameo, java.time.LocalDate day, Actor a1, Actor a2, Place p) {
        return new Event(id, PartialDate.of(day), a1, a2, cameo, null, null, null, p, null, null, null, EventStatus.ASSERTED,
                new Evidence(0, 0, 1, "x"));
    }

    @Test
    void theKeyListsEveryAccusationAndDemandTheArticlesWrite() {
        Corpus c = CorpusGenerator.generate(13, 400);
        Map<String, Integer> written = new java.util.HashMap<>();
        for (GeneratedArticle g : c.articles())
            for (Event e : g.expected().events()) written.merge(g.incidentId() + "/" + e.root(), 1, Integer::sum);
        for (KnownEvent k : c.events()) {
            Integer n = written.get(k.incidentId() + "/" + k.root());
            assertEquals(k.documentIds().size(), n == null ? 0 : n, k.toString());
            for (String d : k.documentIds()) {
                GeneratedArticle g = c.articles().stream().filter(a -> a.article().id().equals(d)).findFirst().orElseThrow();
                assertFalse(g.article().published().isBefore(k.date()), "no article tells of a statement before it is made");
            }
        }
        assertEquals(written.size(), c.events().size(), "every event an article writes is in the key");
        assertEquals(c.incidents().size(), c.events().stream().filter(k -> k.kind().equals("incident")).count());
    }

    @Test
    void writesJsonlArticlesAndTheKey(@TempDir Path dir) throws Exception {
        Corpus c = CorpusGenerator.generate(2, 20);
        c.write(dir);
        List<String> lines = Files.readAllLines(dir.resolve(Corpus.ARTICLES_FILE));
        assertEquals(20, lines.size());
        ObjectMapper json = new ObjectMapper();
        Set<String> texts = new HashSet<>();
        for (String l : lines) texts.add(json.readTree(l).get("text").asText());
        assertEquals(c.articles().stream().map(a -> a.article().text()).collect(Collectors.toSet()), texts);
        assertEquals(c.incidents().size(), Files.readAllLines(dir.resolve(Corpus.KEY_FILE)).size());
        List<String> key = Files.readAllLines(dir.resolve(Corpus.EVENTS_FILE));
        assertEquals(c.events().size(), key.size());
        assertEquals(c.events().get(0).cameo(), json.readTree(key.get(0)).get("cameo").asText());
    }
}
