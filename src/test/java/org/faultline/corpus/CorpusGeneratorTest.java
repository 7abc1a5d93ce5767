package org.faultline.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.model.Claim;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void scoresAPerfectAndASplitMerge() {
        Corpus c = CorpusGenerator.generate(9, 60);
        List<Map.Entry<String, List<String>>> perfect = c.incidents().stream()
                .map(i -> Map.entry(i.root(), i.documentIds())).toList();
        MergeScore s = c.score(perfect);
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        List<Map.Entry<String, List<String>>> split = c.incidents().stream()
                .flatMap(i -> i.documentIds().stream().map(d -> Map.entry(i.root(), List.of(d)))).toList();
        MergeScore t = c.score(split);
        assertEquals(1.0, t.recall());
        assertEquals(c.incidents().size() / (double) c.articles().size(), t.precision(), 1e-9);
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
    }
}
