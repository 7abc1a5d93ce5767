package org.faultline.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Token;
import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

/** The tag repair before the parse: a base-form verb after a determiner, possessive or adjective is a noun. */
class TagRepairTest {
    private static CoreLabel label(String word, String tag) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setTag(tag);
        return l;
    }

    @Test
    void aBaseFormVerbAfterAnAdjectiveOrDeterminerIsANoun() {
        List<CoreLabel> tokens = List.of(label("A", "DT"), label("Latvian", "JJ"), label("drone", "VB"),
                label("hit", "VBD"), label("the", "DT"), label("drone", "VB"), label("a", "DT"), label("Saudi", "NNP"), label("drone", "VB"), label("to", "TO"), label("land", "VB"));
        Annotator.repairTags(tokens);
        assertEquals("NN", tokens.get(2).tag());
        assertEquals("NN", tokens.get(5).tag());
        // after "to" a base form stays a verb
        assertEquals("NN", tokens.get(8).tag());
        assertEquals("VB", tokens.get(10).tag());
    }

    @Test
    void theRepairedTagReachesTheTokensAndTheParse() {
        AnnotatedArticle a = Annotator.shared().annotate(new Article("t", "t",
                "A Saudi drone struck a depot near the river on Monday.", null, null, null, null, null));
        Token drone = a.sentences().get(0).tokens().get(2);
        assertEquals("drone", drone.text());
        assertEquals("NN", drone.pos());
    }
}
