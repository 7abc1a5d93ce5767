package org.faultline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.corpus.CorpusGenerator;
import org.faultline.corpus.GeneratedArticle;
import org.faultline.store.EventQuery;
import org.faultline.store.MergedEvent;
import org.faultline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code events --text}: the store's text search from the command line; a bad value exits 2 naming the option. */
class EventsTextOptionTest {
    @Test
    void eventsTextListsTheEventsTheStoreFinds(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String place;
        Set<String> expected;
        int all;
        try (Store s = Store.open(null, data)) {
            s.putAll(CorpusGenerator.generate(5, 40).articles().stream().map(GeneratedArticle::expected).toList());
            all = s.events(EventQuery.all()).size();
            place = s.events(EventQuery.all()).stream().filter(m -> m.event().location() != null).findFirst().orElseThrow()
                    .event().location().name();
            expected = s.events(EventQuery.all().withText(place)).stream().map(MergedEvent::id).collect(Collectors.toCollection(TreeSet::new));
        }
        assertTrue(!expected.isEmpty() && expected.size() < all, place + ": " + expected.size() + " of " + all);
        StoreCommandsTest.Run r = StoreCommandsTest.run("events", "--data", data.toString(), "--text", place.toLowerCase(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        Set<String> got = new TreeSet<>();
        for (JsonNode e : new ObjectMapper().readTree(r.out())) got.add(e.get("id").asText());
        assertEquals(expected, got);

        StoreCommandsTest.Run bad = StoreCommandsTest.run("events", "--data", data.toString(), "--text", "x".repeat(201));
        assertEquals(2, bad.code(), bad.err());
        assertTrue(bad.err().contains("--text") && bad.err().contains("201 characters"), bad.err());
    }
}
