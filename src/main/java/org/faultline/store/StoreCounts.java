package org.faultline.store;

/** Row counts of the store's tables. */
public record StoreCounts(long documents, long reports, long claims, long quotes, long places, long citations,
                          long relations, long mergedEvents, long reviews) {
}
