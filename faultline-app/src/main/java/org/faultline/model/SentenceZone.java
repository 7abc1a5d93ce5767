package org.faultline.model;

/**
 * One sentence's span in the article text and its {@link Zone}.
 *
 * @param index the sentence's index in the annotated article
 * @param start offset of its first character in the article text
 * @param end   offset just past its last character
 */
public record SentenceZone(int index, int start, int end, Zone zone) {
    public SentenceZone {
        Checks.span(start, end, "sentence " + index);
        Checks.notNull(zone, "zone");
    }
}
