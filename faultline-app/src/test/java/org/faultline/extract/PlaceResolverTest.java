package org.faultline.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.faultline.lexicon.Gazetteer;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Place;
import org.faultline.model.PlaceMention;
import org.faultline.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests: each {@code golden/extract/places/NAME.txt} resolves to the places in {@code NAME.json}.
 * Run with {@code -Dgolden.update=true} to rewrite the expected files from the current output.
 */
class PlaceResolverTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/extract/places");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.bundled());
    }

    private static List<PlaceMention> places(String text) {
        AnnotatedArticle a = Annotator.shared().annotate(new Article("t", "test", text, null, null, null, null, null));
        return resolver.resolve(a, Set.of());
    }

    private static Optional<Place> place(List<PlaceMention> found, String asWritten) {
        return found.stream().filter(m -> m.text().equals(asWritten)).map(PlaceMention::place).findFirst();
    }

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            inputs = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(inputs.isEmpty(), "no golden inputs under " + GOLDEN);
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String text = Files.readString(input, StandardCharsets.UTF_8);
            String actual = JSON.writeValueAsString(describe(text, places(text))) + "\n";
            Path expected = Path.of(input.toString().replaceFirst("\\.txt$", ".json"));
            if (Boolean.getBoolean("golden.update")) Files.writeString(expected, actual, StandardCharsets.UTF_8);
            assertTrue(Files.exists(expected), expected + " is missing: run with -Dgolden.update=true");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, "places of " + input);
        }));
    }

    private static List<Map<String, Object>> describe(String text, List<PlaceMention> found) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PlaceMention m : found) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets of " + m.text());
            Place p = m.place();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("text", m.text());
            row.put("start", m.start());
            row.put("end", m.end());
            row.put("sentence", m.sentenceIndex());
            row.put("canonical", p.canonical());
            row.put("country", p.country());
            row.put("admin1", p.admin1());
            row.put("lat", p.lat());
            row.put("lon", p.lon());
            row.put("feature", p.feature());
            row.put("precision", p.precision());
            out.add(row);
        }
        return out;
    }

    @Test
    void aTownNameSharedByTwoCountriesFollowsTheCountryTheTextNames() {
        assertEquals("LBN", place(places("Shots were fired in Tripoli on Sunday. Lebanon's army deployed troops."), "Tripoli")
                .orElseThrow().country());
        assertEquals("LBY", place(places("Shots were fired in Tripoli on Sunday. Libya's government called for calm."), "Tripoli")
                .orElseThrow().country());
    }

    @Test
    void theRegionOfACountryIsThatCountrysSubdivision() {
        Place p = place(places("Troops shelled the Tartar region of Azerbaijan overnight."), "Tartar").orElseThrow();
        assertEquals("AZE", p.country());
        assertEquals("admin", p.feature());
    }

    @Test
    void anOldSpellingResolvesToTheCurrentPlace() {
        Place kiev = place(places("Talks were held in Kiev on Monday."), "Kiev").orElseThrow();
        assertEquals("UKR", kiev.country());
        assertTrue(PlaceResolver.km(kiev.lat(), kiev.lon(), 50.45, 30.52) < 20, kiev.toString());
    }

    @Test
    void demonymsAreNoPlaces() {
        List<PlaceMention> found = places("Armenian and Somali officials spoke to Ukrainian reporters.");
        assertTrue(found.isEmpty(), found.toString());
    }
}
