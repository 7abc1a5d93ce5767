package org.faultline.corpus;

import java.util.Locale;

/**
 * Merged events against the answer key's known events, matched one to one (see {@link Corpus#score}): precision =
 * matched / merged events, recall = matched / known events. A split event's second half and an event the articles do
 * not express are false positives; a known event no merged event fits is a miss.
 *
 * @param byKind known and matched counts per kind of known event, e.g. "incident 280/290, accusation 80/96"
 */
public record MergeScore(int known, int mergedEvents, int matched, String byKind) {
    public double precision() {
        return mergedEvents == 0 ? 0 : matched / (double) mergedEvents;
    }

    public double recall() {
        return known == 0 ? 0 : matched / (double) known;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "known events %d, merged events %d, matched %d, precision %.3f, recall %.3f (matched/known: %s)",
                known, mergedEvents, matched, precision(), recall(), byKind);
    }
}
