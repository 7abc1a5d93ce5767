package org.faultline.corpus;

import java.util.Locale;

/**
 * Merged events against the answer key. An incident is found when some merged event of its CAMEO root draws most
 * of its reports from the incident's documents; each incident counts once (a split incident's second half is a
 * false positive), so precision = matched / merged events and recall = matched / incidents.
 */
public record MergeScore(int incidents, int mergedEvents, int matched) {
    public double precision() {
        return mergedEvents == 0 ? 0 : matched / (double) mergedEvents;
    }

    public double recall() {
        return incidents == 0 ? 0 : matched / (double) incidents;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "incidents %d, merged events %d, matched %d, precision %.3f, recall %.3f",
                incidents, mergedEvents, matched, precision(), recall());
    }
}
