package org.faultline;

import org.faultline.coding.Coder;
import org.faultline.extract.Extractor;
import org.faultline.extract.PublicationDates;
import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.Lexicon;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.CodingConventions;
import org.faultline.model.Document;
import org.faultline.model.Mentions;
import org.faultline.model.Token;
import org.faultline.nlp.Annotator;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

    /**
     * nlp: tokens, tags, and parses of the sentences that can hold an event, a claim or a quote (a verb or
     * noun the verb lexicon knows, a reporting or denial cue, or a quotation mark). Parsing is most of the
     * cost, so skipping the rest is where the speed target is won.
     */
    public AnnotatedArticle annotate(Article article) {
        return Annotator.shared().annotate(withDate(article), this::worthParsing);
    }

    private boolean worthParsing(List<Token> tokens) {
        for (Token t : tokens) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lexicon.verbs().isEventWord(lemma) || lexicon.cues().contains(CueKind.REPORT, lemma)
                    || lexicon.cues().contains(CueKind.DENY, lemma)) return true;
            String w = t.text();
            if (w.contains("\u201c") || w.contains("\"") || w.contains("\u201d")) return true;
        }
        return false;
    }

    /** Without a publication date, the latest full date the text gives stands in for it. */
    static Article withDate(Article article) {
        if (article.published() != null) return article;
        return PublicationDates.latestFullDate(article.text()).map(d -> article.withPublished(d, "text")).orElse(article);
    }

    /** nlp + extract: the mentions, without events. */
    public Mentions mentions(Article article) {
        return extractor.extract(annotate(article));
    }

    /** The whole pipeline for one article, with faultline's coding conventions. */
    public Document process(Article article) {
        return process(article, CodingConventions.FAULTLINE);
    }

    /** The whole pipeline for one article, with the given coding conventions. */
    public Document process(Article article, CodingConventions conventions) {
        return coder.code(mentions(article), conventions);
    }

    /**
     * extract + code, without nlp: codes an article whose tokens, tags and parses are already given (a parse read
     * from a file, a hand-written test fixture). Never loads the CoreNLP models: only {@link #annotate} reaches
     * {@link Annotator#shared()}. Without a publication date, the latest full date the text gives stands in for it,
     * as in {@link #annotate}.
     */
    public Document process(AnnotatedArticle annotated, CodingConventions conventions) {
        if (annotated == null) throw new IllegalArgumentException("annotated article must not be null");
        Article dated = withDate(annotated.article());
        AnnotatedArticle in = dated == annotated.article() ? annotated : new AnnotatedArticle(dated, annotated.sentences());
        return coder.code(extractor.extract(in), conventions);
    }
}
