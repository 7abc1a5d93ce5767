package org.faultline.nlp;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Limits;
import org.faultline.model.Sentence;
import org.faultline.model.Token;
import org.faultline.model.Truncation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nlp stage's share of the per-article limits: repeats annotated once, the text cut, the sentences capped. */
class BoundedAnnotationTest {
    private static Article article(String text) {
        return new Article("t", "test.txt", text, null, null, null, null, null);
    }

    private static void exact(AnnotatedArticle a) {
        List<Sentence> sentences = a.sentences();
        for (int k = 0; k < sentences.size(); k++) {
            Sentence s = sentences.get(k);
            assertEquals(k, s.index(), "sentences are numbered from 0 without gaps");
            assertEquals(a.article().text().substring(s.begin(), s.end()), s.text());
            for (Token t : s.tokens()) assertEquals(a.article().text().substring(t.begin(), t.end()), t.text());
        }
    }

    @Test
    void repeatedSentencesAreAnnotatedOnceAtTheirFirstOccurrence() {
        String text = "The army shelled the town. Rebels fired rockets at a convoy. The army shelled the town.\n"
                + "The army  shelled the town. Talks resumed in Geneva on Friday.";
        AnnotatedArticle a = Annotator.shared().annotate(article(text));
        assertEquals(List.of("The army shelled the town.", "Rebels fired rockets at a convoy.", "Talks resumed in Geneva on Friday."),
                a.sentences().stream().map(Sentence::text).toList());
        assertEquals(0, a.sentences().get(0).begin());
        assertEquals(text.lastIndexOf("Talks"), a.sentences().get(2).begin());
        assertEquals(2, a.coverage().repeatedSentences(), "the same words with other spacing are the same sentence");
        assertFalse(a.coverage().truncated());
        assertTrue(a.sentences().get(2).tokens().stream().anyMatch(t -> t.ner().equals("LOCATION")), "tagged after the dedupe");
        assertTrue(a.sentences().stream().allMatch(Sentence::parsed));
        exact(a);
    }

    @Test
    void sentencesPastTheCapAreLeftOutAndCounted() {
        String text = "One army shelled a town. A second army shelled a town. One army shelled a town. A third army shelled a town. "
                + "A fourth army shelled a town.";
        AnnotatedArticle a = Annotator.shared().annotate(article(text), t -> true, Limits.DEFAULTS.with(Limits.MAX_SENTENCES, 2));
        assertEquals(2, a.sentences().size());
        assertEquals(List.of(new Truncation("max-sentences", 2, 4, text.indexOf("One army", 1) - 1)), a.coverage().truncations());
        assertEquals(1, a.coverage().repeatedSentences());
        exact(a);
    }

    @Test
    void aLongTextIsCutAtABreakAndItsUnfinishedSentenceLeftOut() {
        String text = "The army shelled the town.\nRebels fired rockets at a convoy near the river.";
        int cap = text.indexOf("convoy");
        AnnotatedArticle a = Annotator.shared().annotate(article(text), t -> true, Limits.DEFAULTS.with(Limits.MAX_CHARS, cap));
        assertEquals(1, a.sentences().size());
        assertEquals(List.of(new Truncation("max-chars", cap, text.length(), text.indexOf('\n'))), a.coverage().truncations());
        exact(a);
    }

    @Test
    void sentencesOverMaxParseTokensAreTaggedButNotParsed() {
        String text = "The army shelled the town. Rebels fired rockets at a convoy near the river on Monday.";
        AnnotatedArticle a = Annotator.shared().annotate(article(text), t -> true, Limits.DEFAULTS.with(Limits.MAX_PARSE_TOKENS, 8));
        assertTrue(a.sentences().get(0).parsed(), "6 tokens");
        assertFalse(a.sentences().get(1).parsed(), "13 tokens");
        assertEquals("NNS", a.sentences().get(1).tokens().get(0).pos());
    }

    @Test
    void theCutFallsAfterALineBreakOrASpaceAndNeverInsideASurrogatePair() {
        assertEquals(11, Annotator.cutPoint("short text.", 20));
        assertEquals(6, Annotator.cutPoint("first\nsecond line", 12), "after the line break");
        assertEquals(6, Annotator.cutPoint("first second", 9), "after the space");
        String emoji = "ab\uD83D\uDE00cd";
        assertEquals(2, Annotator.cutPoint(emoji, 3), "not between the two halves of U+1F600");
        String solid = "x".repeat(5000);
        assertEquals(4000, Annotator.cutPoint(solid, 4000), "no break in reach: at the cap");
    }
}
