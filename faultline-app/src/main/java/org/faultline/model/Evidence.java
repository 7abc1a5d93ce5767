package org.faultline.model;

/**
 * What an item rests on: a sentence (or a span) of the article, verbatim, with its offsets.
 *
 * @param sentenceIndex index of the (first) sentence, from 0
 * @param start         character offset into the article text
 * @param end           character offset, exclusive
 */
public record Evidence(int sentenceIndex, int start, int end, String text) {
    public Evidence {
        Checks.span(start, end, "evidence");
        Checks.notNull(text, "text");
    }
}
