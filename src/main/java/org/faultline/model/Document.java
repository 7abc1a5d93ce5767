package org.faultline.model;

import java.util.List;

/** Everything faultline extracted from one article: the Document JSON of the schema. */
public record Document(Article article, List<Event> events, List<Claim> claims, List<Quote> quotes,
                       List<Relation> relations, List<Place> places, List<Citation> citations,
                       List<ActorMention> actors, List<DateMention> dates) {
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
    }
}
