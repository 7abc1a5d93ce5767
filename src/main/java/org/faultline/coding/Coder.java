package org.faultline.coding;

import org.faultline.lexicon.Lexicon;
import org.faultline.model.Document;
import org.faultline.model.Mentions;

import java.util.List;

/** Codes events, claims and relations from an article's mentions and parses. */
public final class Coder {
    private final Lexicon lexicon;

    public Coder(Lexicon lexicon) {
        if (lexicon == null) throw new IllegalArgumentException("lexicon must not be null");
        this.lexicon = lexicon;
    }

    public Document code(Mentions m) {
        return new Document(m.article(), List.of(), List.of(), m.quotes(), List.of(),
                m.places().stream().map(p -> p.place()).distinct().toList(), m.citations(), m.actors(), m.dates());
    }
}
