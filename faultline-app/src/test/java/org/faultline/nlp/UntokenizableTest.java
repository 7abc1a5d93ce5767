package org.faultline.nlp;

import org.faultline.model.Article;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Issue 13: a character the tokenizer cannot read is reported with the article it belongs to, and CoreNLP's own
 * anonymous "Untokenizable" warning is gone. The warning goes through slf4j to standard error, captured here.
 */
class UntokenizableTest {
    private static String annotateCapturingErr(Article a) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Annotator.shared().annotate(a);
        } finally {
            System.setErr(saved);
        }
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Article article(String source, String text) {
        return new Article("id-" + source.hashCode(), source, text, null, null, null, null, null);
    }

    @Test
    void anUntokenizableCharacterIsNamedWithItsArticle() {
        Annotator.shared();   // the models load before the capture
        String text = "Gunmen attacked a checkpoint\u0007 outside Redwater on Sunday, police said. A second post\uE000 was hit later.";
        String err = annotateCapturingErr(article("frontline/report-7.txt", text));
        assertTrue(err.contains("frontline/report-7.txt: 2 untokenizable characters left out of the tokens: U+0007 at offset "
                + text.indexOf('\u0007') + ", U+E000 at offset " + text.indexOf('\uE000')), err);
        assertFalse(err.contains("Untokenizable:"), "CoreNLP's own warning names no article: " + err);

        String one = "Soldiers crossed the river at dawn\u001B, a spokesman said.";
        String errOne = annotateCapturingErr(article("batch.jsonl:12", one));
        assertTrue(errOne.contains("batch.jsonl:12: untokenizable character U+001B at offset " + one.indexOf('\u001B')
                + " (left out of the tokens)"), errOne);
    }

    @Test
    void cleanTextAndInvisibleFormatCharactersSayNothing() {
        Annotator.shared();
        String err = annotateCapturingErr(article("clean.txt",
                "Talks resumed in the capital\u200B on Monday, the mediator\u00AD said.\u2028Both sides sent envoys."));
        assertFalse(err.contains("untokenizable"), err);
        assertFalse(err.contains("Untokenizable"), err);
    }
}
