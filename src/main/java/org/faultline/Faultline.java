package org.faultline;

import org.faultline.coding.Coder;
import org.faultline.extract.Extractor;
import org.faultline.lexicon.Lexicon;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Document;
import org.faultline.model.Mentions;
import org.faultline.nlp.Annotator;

import java.nio.file.Path;

/**
 * The one entry point: article in, Document out. Stages never call each other; this class wires them.
 * <pre>{@code
 * Faultline f = Faultline.create(null);
 * Document d = f.process(article);
 * }</pre>
 */
public final class Faultline {
    private final Lexicon lexicon;
    private final Extractor extractor;
    private final Coder coder;

    private Faultline(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.extractor = new Extractor(lexicon);
        this.coder = new Coder(lexicon);
    }

    /** A pipeline over the bundled dictionaries, plus TABARI/PETRARCH files in {@code dictionaries} when not null. */
    public static Faultline create(Path dictionaries) {
        return new Faultline(dictionaries == null ? Lexicon.bundled() : Lexicon.withDictionaries(dictionaries));
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** nlp: tokens, tags and parses. */
    public AnnotatedArticle annotate(Article article) {
        return Annotator.shared().annotate(article);
    }

    /** nlp + extract: the mentions, without events. */
    public Mentions mentions(Article article) {
        return extractor.extract(annotate(article));
    }

    /** The whole pipeline for one article. */
    public Document process(Article article) {
        return coder.code(mentions(article));
    }
}
