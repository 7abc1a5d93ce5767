package org.faultline.model;

import java.util.List;

/**
 * Everything faultline extracted from one article: the Document JSON of the schema.
 *
 * @param sentences every sentence's span and {@link Zone}; empty when the sentences are not known (a document
 *                  built without them, or read back from a store that kept none), which readers take as all body
 * @param coverage  how much of the text was coded: the per-article limits reached and the repeated sentences left out
 */
public record Document(Article article, List<Event> events, List<Claim> claims, List<Quote> quotes,
                       List<Relation> relations, List<Place> places, List<Citation> citations,
                       List<ActorMention> actors, List<DateMention> dates, List<SentenceZone> sentences,
                       Coverage coverage) {
    public Document {
        Checks.notNull(article, "article");
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        quotes = List.copyOf(quotes);
        relations = List.copyOf(relations);
        places = List.copyOf(places);
        citations = List.copyOf(citations);
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        sentences = List.copyOf(sentences);
        Checks.notNull(coverage, "coverage");
    }

    /** A document of the whole text ({@link Coverage#FULL}). */
    public Document(Article article, List<Event> events, List<Claim> claims, List<Quote> quotes,
                    List<Relation> relations, List<Place> places, List<Citation> citations,
                    List<ActorMention> actors, List<DateMention> dates, List<SentenceZone> sentences) {
        this(article, events, claims, quotes, relations, places, citations, actors, dates, sentences, Coverage.FULL);
    }

    /** A document without sentence zones: every sentence counts as {@link Zone#BODY}. */
    public Document(Article article, List<Event> events, List<Claim> claims, List<Quote> quotes,
                    List<Relation> relations, List<Place> places, List<Citation> citations,
                    List<ActorMention> actors, List<DateMention> dates) {
        this(article, events, claims, quotes, relations, places, citations, actors, dates, List.of());
    }

    /** This document with the given coverage. */
    public Document withCoverage(Coverage c) {
        return new Document(article, events, claims, quotes, relations, places, citations, actors, dates, sentences, c);
    }

    /** This document with only the given events and claims (the rest unchanged). */
    public Document withEventsAndClaims(List<Event> keptEvents, List<Claim> keptClaims) {
        return new Document(article, keptEvents, keptClaims, quotes, relations, places, citations, actors, dates, sentences, coverage);
    }
}
