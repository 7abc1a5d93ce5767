package org.faultline.model;

import java.util.Locale;

/**
 * The role a sentence plays on the page. Extract marks every sentence with one before coding: a headline, a
 * dateline, a byline or a photo caption frames the story; a quote or a question is speech or rhetoric; the rest
 * is body.
 */
public enum Zone {
    /** The article's title: the HTML title, or a short first line with no closing full stop. */
    HEADLINE,
    /** A dateline: a sentence opened by "CITY, Country (Agency) —", or a line that is only a date and time. */
    DATELINE,
    /** A byline: "By Jane Doe", "Reporting by ...". */
    BYLINE,
    /** A photo caption: opened by "Photo:", closed by a picture credit "[... Photo]", or the text above a credit. */
    CAPTION,
    /** A short stand-alone line in the body without end punctuation. */
    SUBHEADING,
    /** A sentence or sub-heading that asks a question in the writer's own voice, not inside a quotation. */
    QUESTION,
    /** A sentence that is wholly quoted speech. */
    QUOTE,
    /** Everything else, a standfirst under the headline included. */
    BODY;

    /** The zone's name in lower case, as written in the Document JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
