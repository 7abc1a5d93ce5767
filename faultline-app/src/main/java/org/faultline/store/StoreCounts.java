package org.faultline.store;

/**
 * Row counts of the store's tables.
 *
 * @param eventMentions the other sentences that tell a report's event (its evidence sentence is not one)
 * @param whyLines      the rule names and lexicon lines that made the reports' events
 * @param sentenceZones the sentence zones of the documents
 */
public record StoreCounts(long documents, long reports, long claims, long quotes, long places, long citations,
                          long relations, long mergedEvents, long reviews, long eventMentions, long whyLines,
                          long sentenceZones) {
}
