package org.faultline.extract;

import org.faultline.lexicon.Lexicon;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Article;
import org.faultline.model.Citation;
import org.faultline.model.Coverage;
import org.faultline.model.DateMention;
import org.faultline.model.Mentions;
import org.faultline.model.PlaceMention;
import org.faultline.model.Quote;
import org.faultline.model.Sentence;
import org.faultline.model.Zone;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds every mention the coder builds on: actors, places, dates, citations, quotes, and every sentence's zone. */
public final class Extractor {
    private final ActorRecognizer actors;
    private final PlaceResolver places;
    private final org.faultline.lexicon.ActorDictionary dictionary;
    private final ZoneFinder zones = new ZoneFinder();

    public Extractor(Lexicon lexicon) {
        if (lexicon == null) throw new IllegalArgumentException("lexicon must not be null");
        this.actors = new ActorRecognizer(lexicon.actors(), lexicon.gazetteer());
        this.places = new PlaceResolver(lexicon.gazetteer());
        this.dictionary = lexicon.actors();
    }

    /**
     * The mentions in the sentences the nlp stage kept. When it left text out (a repeated sentence, the text past a
     * per-article limit), the text-wide finders (dates, citations, quotes, zones) read the text only up to the last
     * sentence kept, and keep no mention that covers text left out: a sentence repeated is one mention.
     */
    public Mentions extract(AnnotatedArticle annotated) {
        if (annotated == null) throw new IllegalArgumentException("annotated article must not be null");
        if (annotated.coverage().equals(Coverage.FULL)) return extractAll(annotated);
        Mentions m = extractAll(coded(annotated));
        LeftOut leftOut = new LeftOut(annotated);
        return new Mentions(annotated, m.actors(), m.places(),
                m.dates().stream().filter(d -> leftOut.none(d.start(), d.end())).toList(),
                m.citations().stream().filter(c -> leftOut.none(c.start(), c.end())).toList(),
                m.quotes().stream().filter(q -> leftOut.none(q.start(), q.end())).toList(), m.zones());
    }

    /** The article cut after its last coded sentence (offsets unchanged), with the same sentences. */
    private static AnnotatedArticle coded(AnnotatedArticle a) {
        Article full = a.article();
        int end = a.sentences().isEmpty() ? 0 : a.sentences().get(a.sentences().size() - 1).end();
        Article cut = new Article(full.id(), full.source(), full.text().substring(0, end), full.published(),
                full.publishedSource(), full.outlet(), full.title(), full.url());
        return new AnnotatedArticle(cut, a.sentences(), a.coverage());
    }

    /** The characters of the text the nlp stage left out: outside every coded sentence, and not white space. */
    private static final class LeftOut {
        /** before[i]: how many left-out characters precede offset i. */
        private final int[] before;

        LeftOut(AnnotatedArticle a) {
            String text = a.article().text();
            int end = a.sentences().isEmpty() ? 0 : a.sentences().get(a.sentences().size() - 1).end();
            before = new int[end + 1];
            boolean[] coded = new boolean[end];
            for (Sentence s : a.sentences()) java.util.Arrays.fill(coded, s.begin(), s.end(), true);
            for (int i = 0; i < end; i++)
                before[i + 1] = before[i] + (!coded[i] && !Character.isWhitespace(text.charAt(i)) ? 1 : 0);
        }

        boolean none(int start, int end) {
            return start >= 0 && end < before.length && before[end] == before[start];
        }
    }

    private Mentions extractAll(AnnotatedArticle annotated) {
        DateResolver dateResolver = new DateResolver();
        List<DateMention> dates = dateResolver.find(annotated);
        List<Citation> citations = new CitationParser().find(annotated, dateResolver);
        List<ActorMention> actorMentions = actors.find(annotated);
        Set<String> countries = new LinkedHashSet<>();
        for (ActorMention m : actorMentions) if (m.actor().country() != null) countries.add(m.actor().country());
        List<PlaceMention> placeMentions = places.resolve(annotated, countries, this::peopleOf);
        List<Quote> quotes = new QuoteFinder().find(annotated, actorMentions);
        List<Zone> sentenceZones = zones.find(annotated.article(), annotated.sentences());
        return new Mentions(annotated, actorMentions, placeMentions, dates, citations, quotes, sentenceZones);
    }

    /** The country a single word names on its own as a people or a state ("Chadian"), or null. */
    private String peopleOf(org.faultline.model.Token t) {
        return dictionary.longestMatch(List.of(t.text()), List.of(t.lemma()), 0).map(m -> m.entry().country()).orElse(null);
    }
}
