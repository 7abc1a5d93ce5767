package org.faultline.model;

import java.util.List;

/** What the extract stage finds in an annotated article. */
public record Mentions(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places,
                       List<DateMention> dates, List<Citation> citations, List<Quote> quotes) {
    public Mentions {
        Checks.notNull(annotated, "annotated");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        citations = List.copyOf(citations);
        quotes = List.copyOf(quotes);
    }

    public Article article() {
        return annotated.article();
    }
}
