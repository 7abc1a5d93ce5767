package org.faultline.store;

import org.faultline.corpus.Corpus;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.corpus.MergeScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The merge against the generator's answer key of known events, with the extraction a perfect coder would give. */
class GeneratedCorpusMergeTest {
    @Test
    void mergedEventsMatchTheKnownIncidents(@TempDir Path dir) {
        Corpus c = CorpusGenerator.generate(21, 400);
        try (Store store = Store.open(null, dir)) {
            for (GeneratedArticle g : c.articles()) assertTrue(store.put(g.expected()));
            store.rebuildMerged();
            List<MergedEvent> events = store.events(EventQuery.all());
            MergeScore s = c.score(events.stream().map(MergedEvent::event).toList(), Store.DEFAULT_MERGE_KM);
            System.out.println("oracle merge: " + s);
            assertTrue(s.precision() >= 0.9, s.toString());
            assertTrue(s.recall() >= 0.9, s.toString());
            long denied = c.incidents().stream().filter(i -> i.denied()).count();
            long deniedMerged = events.stream().filter(m -> m.event().status() == org.faultline.model.EventStatus.DENIED).count();
            assertTrue(deniedMerged >= denied * 0.9 && deniedMerged <= denied * 1.1, deniedMerged + " vs " + denied);
            assertFalse(store.claims(true).isEmpty(), "denials contest the claims of other documents");
        }
    }
}
