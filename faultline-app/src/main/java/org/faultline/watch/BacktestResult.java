package org.faultline.watch;

import java.util.List;

/**
 * How the watch's daily dyad alerts did against the escalation episodes injected into one generated corpus.
 *
 * @param seed          the generator's seed
 * @param episodes      episodes injected
 * @param detected      episodes with an alert on their dyad that started between onset and two days after the peak
 * @param alerts        dyad alerts fired after the warm-up
 * @param trueAlerts    of those, the ones that started in an episode's window on the episode's dyad
 * @param leadTimes     per detected episode, the days from the first alert to the peak (positive: before it)
 * @param delays        per detected episode, the days from the onset to the first alert
 * @param dyads         dyads watched
 * @param months        months watched after the warm-up (days / 30.44)
 */
public record BacktestResult(long seed, int episodes, int detected, int alerts, int trueAlerts, List<Integer> leadTimes,
                             List<Integer> delays, int dyads, double months) {
    public BacktestResult {
        leadTimes = List.copyOf(leadTimes);
        delays = List.copyOf(delays);
    }

    /** The median lead time before the peak, in days; NaN when no episode was detected. */
    public double leadTimeDays() {
        return median(leadTimes);
    }

    /** The median delay after the onset, in days; NaN when no episode was detected. */
    public double delayDays() {
        return median(delays);
    }

    /** The median of the values (Commons Math's), NaN for none. */
    public static double median(List<Integer> values) {
        if (values.isEmpty()) return Double.NaN;
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(values.stream().mapToDouble(Integer::doubleValue).toArray());
    }

    public double precision() {
        return alerts == 0 ? 0 : trueAlerts / (double) alerts;
    }

    public double recall() {
        return episodes == 0 ? 0 : detected / (double) episodes;
    }

    /** Alerts outside every episode, per dyad and month watched. */
    public double falseAlertsPerDyadMonth() {
        return dyads == 0 || months <= 0 ? 0 : (alerts - trueAlerts) / (dyads * months);
    }
}
