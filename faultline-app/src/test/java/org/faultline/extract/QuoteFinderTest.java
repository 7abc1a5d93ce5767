package org.faultline.extract;

import org.faultline.model.Actor;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Quote;
import org.faultline.model.Sentence;
import org.faultline.model.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class QuoteFinderTest {
    /** One unparsed sentence per line, tokens split at spaces and punctuation, no POS: the no-parse fallback. */
    private static AnnotatedArticle unparsed(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int begin = 0;
        for (String line : text.split("\n", -1)) {
            int end = begin + line.length();
            if (!line.isBlank()) {
                List<Token> tokens = new ArrayList<>();
                Matcher m = Pattern.compile("[\\p{L}\\d'-]+|\\S").matcher(line);
                while (m.find()) {
                    String t = m.group();
                    String lemma = switch (t.toLowerCase()) {
                        case "said", "says" -> "say";
                        case "warned" -> "warn";
                        case "told" -> "tell";
                        default -> t.toLowerCase();
                    };
                    tokens.add(new Token(tokens.size(), t, begin + m.start(), begin + m.end(), lemma, "", "O"));
                }
                sentences.add(new Sentence(sentences.size(), begin, end, line, tokens, List.of()));
            }
            begin = end + 1;
        }
        return new AnnotatedArticle(new Article("t", "t", text, LocalDate.of(2023, 1, 1), null, null, null, null), sentences);
    }

    private static ActorMention mention(String text, String name, String country) {
        int at = text.indexOf(name);
        return new ActorMention(new Actor(name, country, null, null, null), name, at, at + name.length(), 0);
    }

    @Test
    void shortScareQuotesAreSkipped() {
        String text = "Troops entered “Transnistria” while critics spoke of “whitewashing” the attack.";
        assertEquals(List.of(), new QuoteFinder().find(unparsed(text), List.of()));
    }

    @Test
    void apostrophesAndPossessivesAreNotQuotes() {
        String text = "The soldiers’ positions and Russia’s troops held the army’s line near the rivers’ mouths.";
        assertEquals(List.of(), new QuoteFinder().find(unparsed(text), List.of()));
    }

    @Test
    void nestedQuoteStaysInsideTheOuterOne() {
        String text = "“The so-called ‘peace plan’ is a trap,” the envoy said.";
        List<Quote> found = new QuoteFinder().find(unparsed(text), List.of());
        assertEquals(1, found.size());
        assertEquals("The so-called ‘peace plan’ is a trap", found.get(0).text());
        assertEquals(found.get(0).text(), text.substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void singleQuotesCountWhenTheyOpenAndClose() {
        String text = "The minister said 'we will never give up our land' on Sunday.";
        List<Quote> found = new QuoteFinder().find(unparsed(text), List.of());
        assertEquals(List.of("we will never give up our land"), found.stream().map(Quote::text).toList());
    }

    @Test
    void withoutParseTheSpeakerIsTheActorNearTheVerb() {
        String text = "The Ruritanian ministry warned, \"Such raids will be answered in kind.\"\n"
                + "\"We have nothing to add to that,\" said Colonel Haas.";
        List<ActorMention> actors = List.of(mention(text, "Ruritanian ministry", "RUR"), mention(text, "Colonel Haas", "RUR"));
        List<Quote> found = new QuoteFinder().find(unparsed(text), actors);
        assertEquals(2, found.size());
        assertEquals("Ruritanian ministry", found.get(0).speaker().name());
        assertEquals("Colonel Haas", found.get(1).speaker().name());
        assertEquals("q1", found.get(0).id());
        assertEquals("q2", found.get(1).id());
        assertEquals(1, found.get(1).evidence().sentenceIndex());
    }

    @Test
    void quoteWithNoSpeakerAnywhereHasNone() {
        String text = "\"Rain is expected over the hills tomorrow,\" read a sign.";
        Quote q = new QuoteFinder().find(unparsed(text), List.of()).get(0);
        assertNull(q.speaker());
    }

    @Test
    void rejectsNullArguments() {
        assertThrows(IllegalArgumentException.class, () -> new QuoteFinder().find(null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new QuoteFinder().find(unparsed("x"), null));
    }
}
