package org.faultline.watch;

import java.time.LocalDate;
import java.util.List;

/**
 * A dyad or region out of its baseline.
 *
 * @param key      the series
 * @param kind     "dyad" or "region"
 * @param start    the day (or week) the alert fired
 * @param end      the last day (or week) it fired again before it went quiet for the cool-down
 * @param tests    what fired on the start day: "count" (material-conflict events in the last window above the
 *                 baseline's negative-binomial tail), "fatalities" (the same for fatalities), "cusum" (the change point
 *                 statistic of the material-conflict count crossed its threshold)
 * @param observed material-conflict events in the window ending on the start day
 * @param expected what the baseline expected for that window
 * @param p        the smaller tail probability of the two baseline tests on the start day
 * @param cusum    the CUSUM statistic on the start day
 */
public record Alert(String key, String kind, LocalDate start, LocalDate end, List<String> tests, int observed,
                    double expected, double p, double cusum) {
    public Alert {
        tests = List.copyOf(tests);
    }
}
