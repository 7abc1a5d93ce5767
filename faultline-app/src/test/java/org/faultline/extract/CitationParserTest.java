package org.faultline.extract;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Sentence;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationParserTest {
    private final CitationParser parser = new CitationParser();

    /** An article split into sentences at ". " (enough for these cases), without CoreNLP. */
    private static AnnotatedArticle article(String published, String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^.]+(?:\\.(?!\\s|$)[^.]*)*\\.?\\)?").matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            while (s < e && text.charAt(s) == ' ') s++;
            if (s < e) sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e), List.of(), List.of()));
        }
        return new AnnotatedArticle(new Article("t", "t", text, LocalDate.parse(published), null, null, null, null), sentences);
    }

    private List<String> cite(String published, String text) {
        return parser.find(article(published, text), new DateResolver()).stream()
                .map(c -> c.outlet() + "=" + c.date()).toList();
    }

    @Test
    void twoSourcesInOneParenthetical() {
        assertEquals(List.of("Nation.co.ke=2022-03-07", "Standard Digital=2022-03-08"),
                cite("2022-03-15", "A soldier was killed on the border (Nation.co.ke, March 7; Standard Digital, March 8)."));
    }

    @Test
    void seeWithAFullDate() {
        List<Citation> found = parser.find(article("2022-03-15", "The war ended with a statement (see EDM, September 22, 2021)."),
                new DateResolver());
        assertEquals(1, found.size());
        assertEquals("EDM", found.get(0).outlet());
        assertEquals("2021-09-22", found.get(0).date().toString());
        assertEquals("EDM, September 22, 2021", "The war ended with a statement (see EDM, September 22, 2021).".substring(
                found.get(0).start(), found.get(0).end()));
    }

    @Test
    void citationDateAfterPublicationIsLastYear() {
        assertEquals(List.of("Tribune.ge=2021-12-30"), cite("2022-01-04", "Trenches were dug (Tribune.ge, December 30)."));
    }

    @Test
    void anEntryDatedAfterPublicationIsNoCitation() {
        // found by CitationParserFuzzTest: a written year after the publication date was kept as the citation's date
        // (its input is fuzz/CitationParser/finding-dated-after-publication.txt)
        assertEquals(List.of(), cite("2021-11-02", "Both armies pulled back (Border Monitor, March 3, 2030)."));
        assertEquals(List.of(), cite("2021-11-02", "Both armies pulled back (March 3, 2030, Border Monitor)."));
        assertEquals(List.of(), cite("2022-03-15", "The ceasefire holds (Reuters, tomorrow)."));
        assertEquals(List.of(), cite("2022-03-15", "The ceasefire holds (Reuters, March 14; April 2, 2022)."));
        assertEquals(List.of("Reuters=2022-03-15"), cite("2022-03-15", "The ceasefire holds (Reuters, today)."));
        assertEquals(List.of("Border Monitor=2022-03"), cite("2022-03-15", "Both armies pulled back (Border Monitor, March 2022)."));
    }

    @Test
    void aDateIsNoOutlet() {
        // found by CitationParserFuzzTest: "(Sunday, 2021)" was a citation of an outlet called "2021"
        // (its input is fuzz/CitationParser/finding-year-as-outlet.txt)
        assertEquals(List.of(), cite("2022-03-15", "Tension rose along the border (March 7, 2022)."));
        assertEquals(List.of(), cite("2022-03-15", "Tension rose along the border (Friday, 2021)."));
        assertEquals(List.of(), cite("2022-03-15", "Tension rose along the border (Jan. 5, 2022)."));
        assertEquals(List.of("France 24=2022-03-07"), cite("2022-03-15", "Tension rose along the border (France 24, March 7)."));
    }

    @Test
    void aLeadInWordIsAWholeWord() {
        // "see" and "via" were cut off the start of a name: "(SeeNews, March 3)" cited "News" (found by
        // CitationParserFuzzTest's whole-words invariant on fuzz/CitationParser/lead-in-inside-a-word.txt)
        assertEquals(List.of("SeeNews=2023-03-03", "Viasat World=2023-03-04", "Seeking Alpha=2023-03-05"), cite("2023-03-10",
                "The tender was cancelled (SeeNews, March 3). Shares fell (Viasat World, March 4). Talks went on (Seeking Alpha, March 5)."));
        assertEquals(List.of("Delta Wire=2023-03-03", "Harbour Times=2023-03-04"), cite("2023-03-10",
                "The tender was cancelled (see Delta Wire, March 3). Shares fell (cf. Harbour Times, March 4)."));
    }

    @Test
    void asidesAreNotCitations() {
        assertEquals(List.of(), cite("2022-03-15", "The road (which links A with B) is open."));
        assertEquals(List.of(), cite("2022-03-15", "They wrote to the alliance (NATO)."));
        assertEquals(List.of(), cite("2022-03-15", "They signed a trilateral (Russia, Armenia, Azerbaijan) statement."));
        assertEquals(List.of(), cite("2022-03-15", "A statement was signed by three states (Russia, Armenia, Azerbaijan)."));
        assertEquals(List.of(), cite("2022-03-15", "The minister (pictured) spoke."));
        assertEquals(List.of(), cite("2022-03-15", "It cost a lot (about $5 million)."));
        assertEquals(List.of(), cite("2022-03-15", "Tension rose (March 7)."));
    }

    @Test
    void anOutletAloneMustLookLikeOne() {
        assertEquals(List.of("TASS=null"), cite("2022-03-15", "Moscow urged restraint (TASS)."));
        assertEquals(List.of("Nation.co.ke=null"), cite("2022-03-15", "Nairobi protested (Nation.co.ke)."));
        assertEquals(List.of(), cite("2022-03-15", "Nairobi protested (Ministry)."));
    }

    @Test
    void parenthesisAfterTheFullStopBelongsToTheSentenceBefore() {
        String text = "Calm returned. Moscow urged both sides to show restraint. (Reuters, May 3)";
        List<Citation> found = parser.find(article("2022-05-05", text), new DateResolver());
        assertEquals(1, found.size());
        assertEquals("Moscow urged both sides to show restraint.", found.get(0).evidence().text());
        assertEquals(1, found.get(0).evidence().sentenceIndex());
    }

    @Test
    void distinctKeepsOneCitationPerOutletAndDate() {
        List<Citation> found = parser.find(article("2022-03-15",
                "Groups called for help (Council.ru, March 3). Analysts appealed to Moscow (Council.ru, March 3)."), new DateResolver());
        assertEquals(2, found.size());
        assertEquals(1, CitationParser.distinct(found).size());
    }

    @Test
    void outletListReportsFileAndLineOfABadEntry() {
        String list = "# outlets\nReuters\n\nAP, Associated Press\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CitationOutlets.read(
                new ByteArrayInputStream(list.getBytes(StandardCharsets.UTF_8)), "outlets.txt"));
        assertTrue(e.getMessage().startsWith("outlets.txt:4: "), e.getMessage());
        String twice = "Reuters\nThe Reuters\n";
        e = assertThrows(IllegalArgumentException.class, () -> CitationOutlets.read(
                new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), "outlets.txt"));
        assertTrue(e.getMessage().startsWith("outlets.txt:2: "), e.getMessage());
    }

    @Test
    void bundledOutletsMatchIgnoringCaseAndArticle() {
        CitationOutlets o = CitationOutlets.bundled();
        assertTrue(o.contains("reuters"));
        assertTrue(o.contains("The Kyiv Independent"));
        assertTrue(o.contains("Interfax news agency"));
        assertFalse(o.contains("NATO"));
    }
}
