package org.faultline.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import org.faultline.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Characters the tokenizer left out, reported with the article they belong to. CoreNLP's own warning
 * ("Untokenizable: ? (U+7, decimal: 7)", logged once per document without saying which) is turned off
 * ({@code untokenizable=noneDelete}); this finds the same characters as the gaps between tokens that hold neither
 * white space nor an invisible format character (which the tokenizer drops on purpose), and logs one line per
 * article: "NAME: 2 untokenizable characters left out of the tokens: U+0007 at offset 25, U+E000 at offset 90".
 */
final class Untokenizable {
    private static final Logger LOG = LoggerFactory.getLogger(Untokenizable.class);
    /** Characters listed by position in the message; the rest are counted. */
    private static final int LISTED = 3;

    private Untokenizable() {}

    /** The message for the article, or null when every character is in a token, white space or a format character. */
    static String message(Article article, Annotation doc) {
        String text = article.text();
        List<int[]> found = new ArrayList<>();   // {code point, offset}
        int at = 0;
        for (CoreLabel t : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            gaps(text, at, t.beginPosition(), found);
            at = Math.max(at, t.endPosition());
        }
        gaps(text, at, text.length(), found);
        if (found.isEmpty()) return null;
        StringBuilder m = new StringBuilder(article.source()).append(": ");
        m.append(found.size() == 1 ? "untokenizable character " : found.size() + " untokenizable characters left out of the tokens: ");
        for (int i = 0; i < Math.min(LISTED, found.size()); i++) {
            if (i > 0) m.append(", ");
            m.append(String.format(Locale.ROOT, "U+%04X at offset %d", found.get(i)[0], found.get(i)[1]));
        }
        if (found.size() > LISTED) m.append(" and ").append(found.size() - LISTED).append(" more");
        if (found.size() == 1) m.append(" (left out of the tokens)");
        return m.toString();
    }

    /** Logs the message, if any, as a warning. */
    static void report(Article article, Annotation doc) {
        String m = message(article, doc);
        if (m != null) LOG.warn(m);
    }

    private static void gaps(String text, int from, int to, List<int[]> out) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT)
                out.add(new int[]{c, i});
            i += Character.charCount(c);
        }
    }
}
