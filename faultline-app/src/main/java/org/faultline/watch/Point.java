package org.faultline.watch;

import java.time.LocalDate;

/**
 * One day or week of one series.
 *
 * @param start               the day, or the Monday of the week
 * @param verbalCooperation   events of CAMEO quad class 1 (roots 01-05)
 * @param materialCooperation quad class 2 (roots 06-08)
 * @param verbalConflict      quad class 3 (roots 09-13)
 * @param materialConflict    quad class 4 (roots 14-20)
 * @param goldstein           the events' Goldstein scores added up: below 0 is net conflict
 * @param fatalities          the events' fatalities added up
 * @param contested           events whose merged status is contested or denied
 */
public record Point(LocalDate start, int verbalCooperation, int materialCooperation, int verbalConflict,
                    int materialConflict, double goldstein, long fatalities, int contested) {
    public int events() {
        return verbalCooperation + materialCooperation + verbalConflict + materialConflict;
    }

    /** Contested or denied events as a share of all, 0 without events. */
    public double contestedShare() {
        return events() == 0 ? 0 : contested / (double) events();
    }
}
