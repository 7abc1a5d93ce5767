package org.faultline.model;

/** A place named in the text and the gazetteer entry it resolved to. */
public record PlaceMention(Place place, String text, int start, int end, int sentenceIndex) {
    public PlaceMention {
        Checks.notNull(place, "place");
        Checks.span(start, end, "place mention '" + text + "'");
    }
}
