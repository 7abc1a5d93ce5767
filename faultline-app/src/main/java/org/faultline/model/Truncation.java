package org.faultline.model;

import java.util.Locale;

/**
 * A per-article {@link Limits limit} the pipeline reached, and what it left out.
 *
 * @param limit   the limit's name ({@link Limits#names()})
 * @param cap     its value
 * @param found   how much of it the article has: characters, distinct sentences, or events
 * @param codedTo the character offset the text was coded up to (everything after was left out), or -1 when the
 *                whole text was coded and only output was dropped (events past the cap)
 */
public record Truncation(String limit, long cap, long found, int codedTo) {
    public Truncation {
        Checks.notNull(limit, "limit");
        if (found <= cap) throw new IllegalArgumentException(limit + ": " + found + " is within the cap " + cap);
        if (codedTo < -1) throw new IllegalArgumentException(limit + ": coded-to offset " + codedTo + " is negative");
    }

    /** "max-sentences 2,000 reached (5,400 distinct sentences); coded up to character 81,234". */
    public String message() {
        String what = switch (limit) {
            case Limits.MAX_CHARS -> "characters";
            case Limits.MAX_SENTENCES -> "distinct sentences";
            case Limits.MAX_EVENTS -> "events";
            default -> limit;
        };
        return String.format(Locale.ROOT, "%s %,d reached (%,d %s); %s", limit, cap, found, what,
                codedTo < 0 ? "the first " + String.format(Locale.ROOT, "%,d", cap) + " kept" : String.format(Locale.ROOT, "coded up to character %,d", codedTo));
    }
}
