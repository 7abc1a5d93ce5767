package org.faultline.model;

import java.util.List;

/**
 * Everything faultline extracted from one article: the Document JSON of the schema.
 *
 * @param sentences every sentence's span and {@link Zone}; empty when the sentences are not known (a document
 *                  built without them, or read back from a store that kept none), which readers take as all body
 */
public record Document(Article article, List<Event> events, List<Claim> claims, List<Quote> quotes,
                       List<Relation> relations, List<Place> places, List<Citation> citations,
                       List<ActorMention> actors, List<DateMention> dates, List<SentenceZone> sentences) {
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
    }

    /** A document without sentence zones: every sentence counts as {@link Zone#BODY}. */
    public Document(Article article, List<Event> events, List<Claim> claims, List<Quote> quotes,
                    List<Relation> relations, List<Place> places, List<Citation> citations,
                    List<ActorMention> actors, List<DateMention> dates) {
        this(article, events, claims, quotes, relations, places, citations, actors, dates, List.of());
    }
}
