package org.faultline.model;

/** A date expression in the text, resolved against the publication date. */
public record DateMention(String text, int start, int end, int sentenceIndex, PartialDate date) {
    public DateMention {
        Checks.span(start, end, "date mention '" + text + "'");
        Checks.notNull(date, "date");
    }
}
