package org.faultline.extract;

import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Sentence;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fuzz input read as an annotated article, in a format a person can write a seed in: an optional first line
 * {@code published YYYY-MM-DD} (any year 1 to 9999), then the text (UTF-8, bad bytes replaced). The sentences are
 * cut after {@code .!?} followed by a space and at line breaks, as a stand-in for CoreNLP's splitter, so that the
 * sentence offsets, like the text, come from the input.
 */
record FuzzArticle(LocalDate published, String text, List<Sentence> sentences) {
    private static final Pattern HEADER = Pattern.compile("published (\\d{4})-(\\d{2})-(\\d{2})\r?\n");
    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?](?=\\s)|$)", Pattern.MULTILINE);

    static FuzzArticle of(byte[] input) {
        String all = new String(input, StandardCharsets.UTF_8);
        LocalDate published = null;
        Matcher h = HEADER.matcher(all);
        if (h.lookingAt()) {
            try {
                published = LocalDate.of(Integer.parseInt(h.group(1)), Integer.parseInt(h.group(2)), Integer.parseInt(h.group(3)));
                if (published.getYear() < 1) published = null;
            } catch (DateTimeException e) {
                published = null;
            }
            all = all.substring(h.end());
        }
        return new FuzzArticle(published, all, sentences(all));
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int s = m.start(), e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            if (s < e) out.add(new Sentence(out.size(), s, e, text.substring(s, e), List.of(), List.of()));
        }
        return out;
    }

    AnnotatedArticle annotated() {
        return new AnnotatedArticle(new Article("fuzz", "fuzz", text, published, null, null, null, null), sentences);
    }

    /** The same text without publication date and sentences: what only absolute dates are resolved in. */
    AnnotatedArticle undated() {
        return new AnnotatedArticle(new Article("fuzz", "fuzz", text, null, null, null, null, null), List.of());
    }
}
