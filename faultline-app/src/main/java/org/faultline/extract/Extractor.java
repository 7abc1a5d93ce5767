package org.faultline.extract;

import org.faultline.lexicon.Lexicon;
import org.faultline.model.ActorMention;
import org.faultline.model.AnnotatedArticle;
import org.faultline.model.Citation;
import org.faultline.model.DateMention;
import org.faultline.model.Mentions;
import org.faultline.model.PlaceMention;
import org.faultline.model.Quote;
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

    public Mentions extract(AnnotatedArticle annotated) {
        if (annotated == null) throw new IllegalArgumentException("annotated article must not be null");
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
