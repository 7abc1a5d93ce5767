package org.faultline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Claim;
import org.faultline.model.DateMention;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.EventStatus;
import org.faultline.model.Evidence;
import org.faultline.model.PartialDate;
import org.faultline.model.Place;
import org.faultline.model.Quote;
import org.faultline.model.Relation;
import org.faultline.model.SentenceZone;
import org.faultline.model.Zone;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A hand-built document, written as Document JSON and as a digest, against golden files. */
class DocumentJsonGoldenTest {
    /** Run with -Dgolden.update=true to rewrite the golden files after a deliberate change. */
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/export");

    static final String TEXT = "The army said its artillery hit rebel positions near Kessala on Monday (Frontline.example, May 3). "
            + "The rebels denied it. \u201cWe did not lose a single fighter,\u201d said commander Idris Nour.";

    static Document sample() {
        Article article = new Article("0123456789abcdef", "batch.jsonl:7", TEXT, LocalDate.of(2024, 5, 4), "input",
                "Example Wire", "Army says it struck rebels", null);
        Evidence first = new Evidence(0, 0, 98, TEXT.substring(0, 98));
        Evidence second = new Evidence(1, 99, 120, TEXT.substring(99, 120));
        Evidence third = new Evidence(2, 121, TEXT.length(), TEXT.substring(121));
        Actor army = new Actor("the army", "XKS", "MIL", null, null);
        Actor rebels = new Actor("rebel", "XKS", "REB", null, "XKSREB");
        Actor commander = new Actor("Idris Nour", "XKS", "REB", null, null);
        Place kessala = new Place("Kessala", "Kessala", "XKS", "East Province", 15.25, 36.5, "city", 1,
                List.of("Kassala Town"));
        Citation cite = new Citation("Frontline.example", new PartialDate(2024, 5, 3), 75, 96, first);
        Event strike = new Event("e1", new PartialDate(2024, 4, 29), army, rebels, "195", "FIGHT",
                "Explosions/Remote violence", "Shelling/artillery/missile attack", kessala, null, army, cite,
                EventStatus.DENIED, first, List.of(third), "in-e1", List.of("lexicon:verbs.txt:12 shell -> 195"));
        Event month = new Event("e2", new PartialDate(2024, 4, 0), rebels, null, "1823", null, null, null, null, 0,
                null, null, null, second);
        Claim assertion = new Claim("c1", army, "assert", "its artillery hit rebel positions near Kessala", "e1", null,
                cite, EventStatus.DENIED, first);
        Claim denial = new Claim("c2", rebels, "deny", "The rebels denied it.", "e1", "c1", null, null, second);
        Quote quote = new Quote("q1", commander, "We did not lose a single fighter", 122, 154, third);
        Relation relation = new Relation(army, rebels, "hostility", first);
        return new Document(article, List.of(strike, month), List.of(assertion, denial), List.of(quote),
                List.of(relation), List.of(kessala), List.of(cite),
                List.of(new ActorMention(army, "The army", 0, 8, 0), new ActorMention(commander, "Idris Nour", 177, 187, 2)),
                List.of(new DateMention("Monday", 61, 67, 0, new PartialDate(2024, 4, 29))),
                List.of(new SentenceZone(0, 0, 98, Zone.BODY), new SentenceZone(1, 99, 120, Zone.BODY),
                        new SentenceZone(2, 121, TEXT.length(), Zone.BODY)));
    }

    @Test
    void jsonMatchesGolden() throws IOException {
        assertGolden("document.json", DocumentJson.toJson(sample()));
    }

    @Test
    void digestMatchesGolden() throws IOException {
        assertGolden("document.digest.txt", TextDigest.toText(sample()));
    }

    @Test
    void writerAndStreamAndStringAgree() {
        StringWriter w = new StringWriter();
        DocumentJson.write(sample(), w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DocumentJson.write(sample(), bytes);
        assertEquals(DocumentJson.toJson(sample()), w.toString());
        assertEquals(w.toString(), bytes.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream digest = new ByteArrayOutputStream();
        TextDigest.write(sample(), new PrintStream(digest, true, StandardCharsets.UTF_8));
        assertEquals(TextDigest.toText(sample()), digest.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonHasTheSchemaFieldsInOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(DocumentJson.toJson(sample()));
        assertEquals(List.of("document", "events", "claims", "quotes", "relations", "places", "citations", "actors", "dates",
                "sentences"), fieldNames(root));
        assertEquals(List.of("index", "start", "end", "zone"), fieldNames(root.get("sentences").get(0)));
        assertEquals("body", root.get("sentences").get(2).get("zone").asText());
        assertEquals(List.of("id", "date", "actor1", "actor2", "cameo", "plover", "acled_type", "acled_sub_type",
                "location", "fatalities", "reported_by", "citation", "status", "evidence", "mentions", "incident", "why"), fieldNames(root.get("events").get(0)));
        assertEquals(List.of("id", "claimant", "stance", "text", "about_event", "contradicts", "citation", "status", "evidence"),
                fieldNames(root.get("claims").get(0)));
        assertEquals(List.of("name", "canonical", "country", "admin1", "lat", "lon", "feature", "precision", "aliases"),
                fieldNames(root.get("places").get(0)));
        assertEquals("denied", root.get("events").get(0).get("status").asText());
        assertEquals("2024-04", root.get("events").get(1).get("date").asText());
        assertTrue(root.get("events").get(0).get("fatalities").isNull());
        assertEquals(0, root.get("events").get(1).get("fatalities").asInt());
        assertEquals("\u201cWe did not lose a single fighter,\u201d said commander Idris Nour.",
                root.get("quotes").get(0).get("evidence").get("text").asText());
    }

    @Test
    void emptyDocumentHasEmptyListsAndNulls() throws IOException {
        Article bare = new Article("feedfacefeedface", null, "Nothing happened.", null, null, null, null, null);
        Document d = new Document(bare, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        JsonNode root = new ObjectMapper().readTree(DocumentJson.toJson(d));
        assertTrue(root.get("document").get("published").isNull());
        assertEquals("feedfacefeedface", root.get("document").get("source").asText());
        assertEquals(0, root.get("events").size());
        assertTrue(DocumentJson.toJson(d).contains("\"events\": [],"));
    }

    @Test
    void nullDocumentIsRefusedByName() {
        var e = assertThrows(IllegalArgumentException.class, () -> DocumentJson.toJson(null));
        assertEquals("document must not be null", e.getMessage());
    }

    @Test
    void longEvidenceIsShortenedInTheMiddle() {
        String s = TextDigest.shorten("a ".repeat(200) + "end", 40);
        assertTrue(s.length() <= 41, s);
        assertTrue(s.endsWith("end") && s.contains("\u2026"), s);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (UPDATE || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!UPDATE) throw new AssertionError("golden file " + file + " was missing; wrote it, check it and run again");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }
}
