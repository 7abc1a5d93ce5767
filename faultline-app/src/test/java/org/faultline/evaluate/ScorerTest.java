package org.faultline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The matching and the measures on an invented article (src/test/resources/evaluate: Northland and Southland, five gold
 * events, three claims, two quotes), with every figure worked out by hand in the comments.
 */
class ScorerTest {
    private static final Path GOLD = Path.of("src/test/resources/evaluate/gold");
    private static final Path PRED = Path.of("src/test/resources/evaluate/pred");
    private static final double EXACT = 1e-12;

    @TempDir
    Path dir;

    private static JsonNode gold(String name) throws BadFileException {
        return GoldFiles.readGold(GOLD.resolve(name + ".gold.json"));
    }

    private static JsonNode pred(String name) throws BadFileException {
        return GoldFiles.readPrediction(PRED.resolve(name + ".json"));
    }

    private static double number(Map<String, Object> figures, String measure) {
        Object v = figures.get(measure);
        assertTrue(v instanceof Double, measure + " is " + v);
        return (Double) v;
    }

    @Test
    void eventsMatchOneToOneAndForgiveARepeatOfAGroupedFact() throws Exception {
        Map<String, Object> f = new Scorer(false).score(gold("a"), pred("a"));
        // p1 and p2 both tell e1 (group g1); p1 fits better (preferred code 195, target XSL) and takes e1, p2 is a
        // repeat of g1 and is forgiven. p3 fits e3 through its alternative (XNL, root 19); p4 the optional e4; p5 nothing.
        // 4 of 5 predictions fit; required facts g1, e3, e5: g1 and e3 found.
        assertEquals(0.8, number(f, "events.precision"), EXACT);
        assertEquals(2.0 / 3, number(f, "events.recall"), EXACT);
        assertEquals(8.0 / 11, number(f, "events.f1"), EXACT);
        assertEquals("2/3 required, 5 predicted", f.get("events.found"));
        // attributes over the pairs (e1,p1) (e3,p3) (e4,p4) (e1,p2), where the gold states them:
        assertEquals(2.0 / 3, number(f, "events.date"), EXACT);          // p1 exact, p3 "2024-05-12" within "2024-05", p2 a day off
        assertEquals(1.0 / 3, number(f, "events.actor2_country"), EXACT); // p1 right; p3 XSL for XNL; p2 none
        assertEquals(0.5, number(f, "events.fatalities"), EXACT);      // 2 and 2; p2 null
        assertEquals(0.5, number(f, "events.location"), EXACT);        // "Dalwick" is an alias of Dalvik; p2 none
        assertEquals(1.0, number(f, "events.citation_outlet"), EXACT); // "southlandnews.com" ~ "Southland News Agency"
        assertEquals(1.0, number(f, "events.citation_date"), EXACT);
        assertEquals(0.5, number(f, "events.reported_by"), EXACT);
        assertEquals(0.75, number(f, "events.status"), EXACT);         // p2 says contested
    }

    @Test
    void strictCountsTheRepeatAsAFalsePositive() throws Exception {
        Map<String, Object> f = new Scorer(true).score(gold("a"), pred("a"));
        // p2 is left over: 3 of 5 fit, recall unchanged
        assertEquals(0.6, number(f, "events.precision"), EXACT);
        assertEquals(2.0 / 3, number(f, "events.recall"), EXACT);
        assertEquals(12.0 / 19, number(f, "events.f1"), EXACT);
        // the attributes are judged on the three pairs left
        assertEquals(1.0, number(f, "events.date"), EXACT);
        assertEquals(0.5, number(f, "events.actor2_country"), EXACT);
        assertEquals(1.0, number(f, "events.status"), EXACT);
    }

    @Test
    void claimsQuotesRelationsPlacesAndCitations() throws Exception {
        Map<String, Object> f = new Scorer(false).score(gold("a"), pred("a"));
        // c-3 has the right words but the wrong claimant: 2 of 3 fit; c1 and c2 found (c3 is optional)
        assertEquals(2.0 / 3, number(f, "claims.precision"), EXACT);
        assertEquals(1.0, number(f, "claims.recall"), EXACT);
        assertEquals(0.8, number(f, "claims.f1"), EXACT);
        assertEquals("1/1", f.get("claims.contradictions_linked")); // c-2 names c-1, as c2 names c1
        // the scare quote "so-called" is in quote_ignore and not counted; qb is missed
        assertEquals(1.0, number(f, "quotes.precision"), EXACT);
        assertEquals(0.5, number(f, "quotes.recall"), EXACT);
        assertEquals(2.0 / 3, number(f, "quotes.f1"), EXACT);
        assertEquals(1.0, number(f, "quotes.speaker"), EXACT);       // XNL and "Berg" shared
        // "conflict" is a hostility, the pair is unordered; the alliance is false
        assertEquals(0.5, number(f, "relations.precision"), EXACT);
        assertEquals(1.0, number(f, "relations.recall"), EXACT);
        assertEquals(2.0 / 3, number(f, "relations.f1"), EXACT);
        // Dalwick: 11 km off, within 25; Varna: 111 km off, beyond the default 50
        assertEquals(1.0, number(f, "places.recall"), EXACT);
        assertEquals(0.5, number(f, "places.within_tolerance"), EXACT);
        assertEquals(0.5, number(f, "citations.precision"), EXACT);
        assertEquals(0.5, number(f, "citations.recall"), EXACT);
        assertEquals(List.of("events.precision", "events.recall", "events.f1", "events.found", "events.date",
                "events.actor2_country", "events.fatalities", "events.location", "events.citation_outlet",
                "events.citation_date", "events.reported_by", "events.status", "claims.precision", "claims.recall",
                "claims.f1", "claims.contradictions_linked", "quotes.precision", "quotes.recall", "quotes.f1",
                "quotes.speaker", "relations.precision", "relations.recall", "relations.f1", "places.recall",
                "places.within_tolerance", "citations.precision", "citations.recall"), List.copyOf(f.keySet()));
    }

    @Test
    void nothingToFindAndNothingFoundScoresOne() throws Exception {
        Map<String, Object> f = new Scorer(false).score(gold("b"), pred("b"));
        assertEquals(1.0, number(f, "events.f1"), EXACT);
        assertEquals(1.0, number(f, "claims.f1"), EXACT);
        assertEquals("0/0 required, 0 predicted", f.get("events.found"));
        assertNull(f.get("events.date"));
        assertNull(f.get("places.recall"));
        assertFalse(f.containsKey("citations.precision"), "b's gold lists no citations");
    }

    @Test
    void optionalItemsCostNothingAndGroupsAreFoundOnce() throws Exception {
        JsonNode g = json("""
                {"events": [
                  {"id": "x1", "group": "x", "evidence": "Rebels seized the northern bridge at dawn.", "cameo_root": ["19"]},
                  {"id": "x2", "group": "x", "evidence": "Bridge falls to rebels", "cameo_root": ["19"]},
                  {"id": "o1", "optional": true, "evidence": "The mayor appealed for calm.", "cameo_root": ["02"]}]}""");
        // one prediction, of the headline only: the group is found, the optional appeal costs nothing
        JsonNode p = json("""
                {"events": [{"id": "p", "evidence": {"text": "Bridge falls to rebels"}, "cameo": "190"}]}""");
        Map<String, Object> f = new Scorer(true).score(g, p);
        assertEquals(1.0, number(f, "events.recall"), EXACT);
        assertEquals(1.0, number(f, "events.precision"), EXACT);
        assertEquals("1/1 required, 1 predicted", f.get("events.found"));
        // a wrong root does not fit, however good the words
        JsonNode wrongRoot = json("""
                {"events": [{"id": "p", "evidence": {"text": "Bridge falls to rebels"}, "cameo": "042"}]}""");
        assertEquals(0.0, number(new Scorer(false).score(g, wrongRoot), "events.f1"), EXACT);
    }

    @Test
    void aMentionFitsAsWellAsTheEvidence() throws Exception {
        JsonNode g = json("""
                {"events": [{"id": "e", "evidence": "Two soldiers died in the blast.", "cameo_root": ["18", "19"]}]}""");
        JsonNode p = json("""
                {"events": [{"id": "p", "cameo": "183", "evidence": {"text": "A roadside bomb hit a patrol."},
                  "mentions": [{"text": "Two soldiers died in the blast."}]}]}""");
        assertEquals(1.0, number(new Scorer(false).score(g, p), "events.f1"), EXACT);
    }

    @Test
    void explainListsMissesAndFalsePositives() throws Exception {
        List<String> lenient = new Scorer(false).explain("a", gold("a"), pred("a"));
        assertEquals(List.of("== a",
                "  missed event e5: 19/18 XSL->None 2024-05-05 [asserted] | Drones struck a fuel depot in Varna on Sunday.",
                "  false event p5: 190 XNL->None 2024-05-06 [asserted] | Prices of bread rose sharply in the capital.",
                "  false claim c-3: assert by XNL | Southland said it would respond.",
                "  missed quote qb: by Lt Col Ivo Sand | Our forces acted in self-defence"), lenient);
        List<String> strict = new Scorer(true).explain("a", gold("a"), pred("a"));
        assertEquals("  false event p2: 190 XNL->None 2024-05-07 [contested] | Northland artillery shelled rebel positions "
                + "near Dalvik on Monday.", strict.get(2));
        assertEquals(lenient.size() + 1, strict.size());
    }

    @Test
    void reportPrintsPerDocumentLinesThenMacroMeasuresThenTheHeadline() throws Exception {
        Report r = new Report();
        r.add("a", new Scorer(false).score(gold("a"), pred("a")));
        r.add("b", new Scorer(false).score(gold("b"), pred("b")));
        List<String> lines = r.lines();
        assertEquals("a: events.f1=0.727 claims.f1=0.800 quotes.f1=0.667", lines.get(0));
        assertEquals("b: events.f1=1.000 claims.f1=1.000 quotes.f1=1.000", lines.get(1));
        assertEquals("citations.precision 0.500", lines.get(2)); // only a lists citations
        assertTrue(lines.contains("claims.contradictions_linked 1/1, 0/0"), lines.toString());
        assertTrue(lines.contains("events.found 2/3 required, 5 predicted, 0/0 required, 0 predicted"), lines.toString());
        assertTrue(lines.contains("events.date 0.667"), lines.toString()); // b judges no pair: a's figure alone
        assertTrue(lines.contains("events.precision 0.900"), lines.toString()); // (0.8 + 1) / 2
        assertEquals("events.f1 0.864", lines.get(lines.size() - 1)); // (8/11 + 1) / 2
        assertEquals(27 + 2 + 1, lines.size());
        JsonNode json = new ObjectMapper().readTree(r.json());
        assertEquals(0.8, json.at("/documents/a/events.precision").doubleValue(), EXACT);
        assertTrue(json.at("/macro/events.found").isNull());
        assertEquals((8.0 / 11 + 1) / 2, json.at("/macro/events.f1").doubleValue(), EXACT);
    }

    @Test
    void figuresRoundHalfToEvenOnTheirBinaryValue() {
        assertEquals("2.062", Report.format(2.0625)); // exactly half: to even
        assertEquals("1.000", Report.format(1.0005)); // just below half in binary
        assertEquals("0.001", Report.format(0.0005)); // just above half in binary
        assertEquals("0.667", Report.format(2.0 / 3));
        assertEquals("n/a", Report.format(null));
        assertEquals("3/4", Report.format("3/4"));
    }

    @Test
    void textComparisonsFoldAndSplitAsTheReferenceScorerDoes() {
        assertEquals("zaporizhzhia's \"front\"", Text.fold("Zapor\u00edzhzhia\u2019s \u201cFront\u201d"));
        assertTrue(Text.combining(0x301));
        assertTrue(Text.combining(0x334));   // class 1
        assertTrue(Text.combining(0x345));   // class 240
        assertTrue(Text.combining(0x1D165)); // a spacing mark of class 216
        assertFalse(Text.combining(0x941));  // a non-spacing mark of class 0
        assertFalse(Text.combining('A'));
        assertEquals(List.of("Troops moved in.", "\u201cWe hold the town,\u201d he said."),
                Text.sentences("Troops moved in. \u201cWe hold the town,\u201d he said."));
        assertEquals(List.of("One.", "Two."), Text.sentences("One. [...] Two."));
        assertEquals(List.of(), Text.sentences("The U.S. envoy arrived."), "no capital after the break: one sentence");
        // a two-sentence prediction fits a one-sentence gold through its matching sentence
        String twoSentences = "Shells hit the depot. Officials later gave casualty figures to reporters.";
        assertEquals(1.0, Text.overlap("Shells hit the depot.", twoSentences), EXACT);
        // as one span, 3 shared words of the prediction's 9 are below the 0.4 it needs
        assertEquals(0.0, Text.overlap("Shells hit the depot.", twoSentences.replace(". ", " ")), EXACT);
    }

    @Test
    void aBadGoldFileIsNamedWithLineAndColumn() throws IOException {
        Path bad = dir.resolve("x.gold.json");
        Files.writeString(bad, "{\"events\": [\n  {\"id\": \"e1\", \"cameo_root\": \"19\"},\n  {\"cameo_root\": [\"19\"]}\n]}\n",
                StandardCharsets.UTF_8);
        BadFileException e = assertThrows(BadFileException.class, () -> GoldFiles.readGold(bad));
        assertEquals(List.of(bad + ":2:30: events[0].cameo_root: expected a list of strings, found the string \"19\"",
                bad + ":3:3: events[1]: field id is missing (the item's name, a string)"), List.of(e.getMessage().split("\n")));

        Files.writeString(bad, "{\"events\": [\n  {\"id\": \"e1\",, }\n]}\n", StandardCharsets.UTF_8);
        e = assertThrows(BadFileException.class, () -> GoldFiles.readGold(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2:15: not valid JSON: "), e.getMessage());

        // nesting is bounded by the parser's limit, not by the stack
        Files.writeString(bad, "{\"events\": " + "[".repeat(100_000), StandardCharsets.UTF_8);
        e = assertThrows(BadFileException.class, () -> GoldFiles.readGold(bad));
        assertTrue(e.getMessage().startsWith(bad + ":1:"), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    private static JsonNode json(String text) throws IOException {
        return new ObjectMapper().readTree(text);
    }
}
