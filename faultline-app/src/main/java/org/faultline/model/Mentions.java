package org.faultline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the extract stage finds in an annotated article.
 *
 * @param zones one {@link Zone} per sentence of {@code annotated}, in sentence order
 */
public record Mentions(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places,
                       List<DateMention> dates, List<Citation> citations, List<Quote> quotes, List<Zone> zones) {
    public Mentions {
        Checks.notNull(annotated, "annotated");
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        citations = List.copyOf(citations);
        quotes = List.copyOf(quotes);
        zones = List.copyOf(zones);
        if (zones.size() != annotated.sentences().size())
            throw new IllegalArgumentException(zones.size() + " zones for " + annotated.sentences().size() + " sentences");
    }

    /** Mentions whose sentences are all {@link Zone#BODY}. */
    public Mentions(AnnotatedArticle annotated, List<ActorMention> actors, List<PlaceMention> places,
                    List<DateMention> dates, List<Citation> citations, List<Quote> quotes) {
        this(annotated, actors, places, dates, citations, quotes,
                Collections.nCopies(annotated == null ? 0 : annotated.sentences().size(), Zone.BODY));
    }

    public Article article() {
        return annotated.article();
    }

    /** Every sentence's span with its zone, in sentence order. */
    public List<SentenceZone> sentenceZones() {
        List<SentenceZone> out = new ArrayList<>(zones.size());
        List<Sentence> sentences = annotated.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            out.add(new SentenceZone(s.index(), s.begin(), s.end(), zones.get(i)));
        }
        return List.copyOf(out);
    }
}
