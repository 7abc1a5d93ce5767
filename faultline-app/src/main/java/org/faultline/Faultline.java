package org.faultline;

import org.faultline.coding.Coder;
import org.faultline.extract.Extractor;
import org.faultline.extract.PublicationDates;
import org.faultline.lexicon.CueKind;
import org.faultline.lexicon.Lexicon;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Claim;
import org.faultline.model.CodingConventions;
import org.faultline.model.Coverage;
import org.faultline.model.Document;
import org.faultline.model.Event;
import org.faultline.model.Limits;
import org.faultline.model.Mentions;
import org.faultline.model.Token;
import org.faultline.model.Truncation;
import org.faultline.nlp.Annotator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one entry point: article in, Document out. Stages never call each other; this class wires them.
 * <pre>{@code
 * Faultline f = Faultline.create(null);
 * Document d = f.process(article);
 * }</pre>
 * The work per article is bounded by its {@link Limits}; a document cut by one says so in its {@link Coverage}.
 */
public final class Faultline {
    private final Lexicon lexicon;
    private final Limits limits;
    private final Extractor extractor;
    private final Coder coder;

    private Faultline(Lexicon lexicon, Limits limits) {
        this.lexicon = lexicon;
        this.limits = limits;
        this.extractor = new Extractor(lexicon);
        this.coder = new Coder(lexicon);
    }

    /**
     * Starts loading the CoreNLP models on a background thread, for a caller that will annotate articles: they then
     * load while {@link #create} reads the dictionaries, and the first {@link #process} waits for them. Without it the
     * models load on the first {@link #annotate}.
     */
    public static void preloadModels() {
        Annotator.preload();
    }

    /** A pipeline over the bundled dictionaries, plus TABARI/PETRARCH files in {@code dictionaries} when not null. */
    public static Faultline create(Path dictionaries) {
        return create(dictionaries, Limits.DEFAULTS);
    }

    /** {@link #create(Path)} with the given per-article limits. */
    public static Faultline create(Path dictionaries, Limits limits) {
        if (limits == null) throw new IllegalArgumentException("limits must not be null");
        return new Faultline(dictionaries == null ? Lexicon.bundled() : Lexicon.withDictionaries(dictionaries), limits);
    }

    /**
     * A pipeline of its own over the same dictionaries, models and limits, for another thread. A Faultline is used by
     * one thread at a time; its siblings run at the same time, sharing what is loaded (the CoreNLP models, the
     * dictionaries), so a sibling costs next to nothing.
     */
    public Faultline sibling() {
        return new Faultline(lexicon, limits);
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    /** The per-article limits this pipeline keeps to. */
    public Limits limits() {
        return limits;
    }

    /**
     * nlp: tokens, tags, and parses of the sentences that can hold an event, a claim or a quote (a verb or
     * noun the verb lexicon knows, a reporting or denial cue, or a quotation mark). Parsing is most of the
     * cost, so skipping the rest is where the speed target is won. Repeated sentences are annotated once, and the
     * text past the character and sentence limits not at all.
     */
    public AnnotatedArticle annotate(Article article) {
        return Annotator.shared().annotate(withDate(article), this::worthParsing, limits);
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
        if (conventions == null) throw new IllegalArgumentException("conventions must not be null");
        Mentions m = mentions(article);
        return bounded(coder.code(m, conventions), m.annotated().coverage());
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
        AnnotatedArticle in = dated == annotated.article() ? annotated
                : new AnnotatedArticle(dated, annotated.sentences(), annotated.coverage());
        return bounded(coder.code(extractor.extract(in), conventions), in.coverage());
    }

    /**
     * The coded document with the nlp stage's coverage, and at most {@code max-events} events (the first, in the
     * document's order); a claim about an event left out keeps its text and evidence but no longer names the event.
     */
    private Document bounded(Document d, Coverage coverage) {
        if (d.events().size() <= limits.maxEvents()) return d.withCoverage(coverage);
        List<Event> kept = d.events().subList(0, limits.maxEvents());
        Set<String> ids = new HashSet<>();
        for (Event e : kept) ids.add(e.id());
        List<Claim> claims = new ArrayList<>(d.claims().size());
        for (Claim c : d.claims()) {
            claims.add(c.aboutEvent() == null || ids.contains(c.aboutEvent()) ? c
                    : new Claim(c.id(), c.claimant(), c.stance(), c.text(), null, c.contradicts(), c.citation(), c.status(), c.evidence()));
        }
        Truncation t = new Truncation(Limits.MAX_EVENTS, limits.maxEvents(), d.events().size(), -1);
        return d.withEventsAndClaims(kept, claims).withCoverage(coverage.plus(t));
    }
}
