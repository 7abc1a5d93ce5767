package org.faultline.model;

import java.util.List;

/**
 * An article with the linguistic layer the nlp stage adds.
 *
 * @param coverage what of the text the sentences cover: the limits the nlp stage reached and the repeated sentences
 *                 it left out
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, Coverage coverage) {
    public AnnotatedArticle {
        Checks.notNull(article, "article");
        sentences = List.copyOf(sentences);
        Checks.notNull(coverage, "coverage");
    }

    /** An annotation of the whole text. */
    public AnnotatedArticle(Article article, List<Sentence> sentences) {
        this(article, sentences, Coverage.FULL);
    }

    /** The sentence holding character offset {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) if (offset >= s.begin() && offset < s.end()) return s;
        return null;
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) n += s.tokens().size();
        return n;
    }
}
