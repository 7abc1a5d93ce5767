package org.faultline.model;

import java.util.List;

/** An article with the linguistic layer the nlp stage adds. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        Checks.notNull(article, "article");
        sentences = List.copyOf(sentences);
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
