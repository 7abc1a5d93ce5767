package org.faultline.model;

/**
 * A direct quotation and who said it.
 *
 * @param speaker null when no speaker could be found
 * @param text    the quoted words exactly as written, without the quote marks
 * @param start   offset of the quoted words
 * @param evidence the sentence(s) holding the quote
 */
public record Quote(String id, Actor speaker, String text, int start, int end, Evidence evidence) {
    public Quote {
        Checks.notNull(text, "text");
        Checks.span(start, end, "quote");
    }
}
