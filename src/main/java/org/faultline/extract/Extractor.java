package org.faultline.extract;

import org.faultline.lexicon.Lexicon;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Mentions;

import java.util.List;

/** Finds every mention the coder builds on: actors, places, dates, citations, quotes. */
public final class Extractor {
    private final Lexicon lexicon;

    public Extractor(Lexicon lexicon) {
        if (lexicon == null) throw new IllegalArgumentException("lexicon must not be null");
        this.lexicon = lexicon;
    }

    public Mentions extract(AnnotatedArticle annotated) {
        return new Mentions(annotated, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
