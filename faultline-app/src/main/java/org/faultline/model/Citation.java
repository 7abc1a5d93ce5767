package org.faultline.model;

/**
 * An inline source citation such as "(Mod.gov.ua, May 3)", attached to the sentence it closes.
 *
 * @param date     resolved date, or null when the citation gives none
 * @param start    offset of the citation's own text (inside the parentheses)
 * @param evidence the sentence the citation closes
 */
public record Citation(String outlet, PartialDate date, int start, int end, Evidence evidence) {
    public Citation {
        Checks.notNull(outlet, "outlet");
        Checks.span(start, end, "citation '" + outlet + "'");
    }
}
