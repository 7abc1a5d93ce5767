package org.faultline.watch;

import org.apache.commons.math3.stat.StatUtils;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts on one series, bucket by bucket, as if each bucket were the last one seen (so the same rule gives the alerts
 * of the past and of today). The baseline is the {@code baseline} buckets before the last {@code window}: their mean
 * and variance give a negative-binomial (or Poisson) model of a window's sum, and the window is out of baseline when
 * its material-conflict count or its fatalities lie in the upper tail beyond {@code alpha}. A Poisson CUSUM on the
 * material-conflict count (Lucas 1985: in-control rate the baseline mean, out-of-control rate {@code shift} times it)
 * catches a slower rise. No alert fires on fewer than {@code minEvents} material-conflict events in the window; an
 * alert that fires again within {@code cooldown} buckets of its last firing is the same alert, extended.
 */
final class Detector {
    record Settings(int baseline, int window, double alpha, int minEvents, double shift, double limit, int cooldown) {
        Settings {
            if (baseline < 4) throw new IllegalArgumentException("baseline of " + baseline + " buckets is shorter than 4");
            if (window < 1) throw new IllegalArgumentException("window of " + window + " buckets is not positive");
            if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha " + alpha + " is not between 0 and 1");
            if (!(shift > 1)) throw new IllegalArgumentException("CUSUM shift " + shift + " is not above 1");
            if (!(limit > 0)) throw new IllegalArgumentException("CUSUM limit " + limit + " is not positive");
        }

        /** History needed before the first bucket that can alert. */
        int warmUp() {
            return baseline + window - 1;
        }
    }

    /**
     * Days: six weeks of baseline, a two-day window, tails beyond one in a million, at least four material-conflict
     * events, a CUSUM for a fourfold rate with limit 8, a week's cool-down. Chosen on the backtest's seeds 1-6 from a grid
     * (baseline 28/42, window 2/3, alpha 1e-4..1e-6, minimum 4/5, shift 3/4, limit 8/10) where a broad plateau of settings
     * gave precision and recall above 0.9, and checked on seeds 101-106 and on a different ramp (seven days up to four
     * incidents a day, seeds 201-206); see docs/MEASUREMENTS.md.
     */
    static final Settings DAILY = new Settings(42, 2, 1e-6, 4, 4.0, 8.0, 7);
    /** Weeks: eight weeks of baseline, the last week as window, otherwise as the days (not backtested). */
    static final Settings WEEKLY = new Settings(8, 1, 1e-6, 4, 4.0, 8.0, 2);

    private final Settings s;

    Detector(Settings settings) {
        this.s = settings;
    }

    /** One series: bucket start dates, material-conflict counts and fatalities per bucket. */
    List<Alert> run(String key, String kind, LocalDate[] starts, int[] conflict, long[] fatalities) {
        int n = starts.length;
        List<Alert> out = new ArrayList<>();
        Alert open = null;
        int openLast = -1;
        double cusum = 0;
        double[] base = new double[s.baseline()], baseDead = new double[s.baseline()];
        // the baseline mean never drops below half an event per baseline: a quiet series is not infinitely surprising
        double floor = 0.5 / s.baseline();
        for (int t = s.warmUp(); t < n; t++) {
            int from = t - s.window() - s.baseline() + 1;
            for (int i = 0; i < s.baseline(); i++) {
                base[i] = conflict[from + i];
                baseDead[i] = fatalities[from + i];
            }
            double mean = Math.max(floor, StatUtils.mean(base)), var = StatUtils.variance(base, StatUtils.mean(base));
            double meanDead = Math.max(floor, StatUtils.mean(baseDead)), varDead = StatUtils.variance(baseDead, StatUtils.mean(baseDead));
            long x = 0, dead = 0;
            for (int i = t - s.window() + 1; i <= t; i++) {
                x += conflict[i];
                dead += fatalities[i];
            }
            double l1 = s.shift() * mean;
            cusum = Math.max(0, cusum + conflict[t] * Math.log(l1 / mean) - (l1 - mean));
            if (x < s.minEvents()) continue;
            // a window at or below its expectation is never in the upper tail: skip the special functions
            double pCount = x <= mean * s.window() ? 1 : Tails.atLeast(x, mean * s.window(), Math.max(var, mean) * s.window());
            double pDead = dead <= meanDead * s.window() ? 1
                    : Tails.atLeast(dead, meanDead * s.window(), Math.max(varDead, meanDead) * s.window());
            List<String> tests = new ArrayList<>();
            if (pCount < s.alpha()) tests.add("count");
            if (pDead < s.alpha()) tests.add("fatalities");
            if (cusum >= s.limit()) tests.add("cusum");
            if (tests.isEmpty()) continue;
            if (open != null && t - openLast <= s.cooldown()) {
                open = new Alert(open.key(), open.kind(), open.start(), starts[t], open.tests(), open.observed(),
                        open.expected(), open.p(), open.cusum());
                out.set(out.size() - 1, open);
            } else {
                open = new Alert(key, kind, starts[t], starts[t], tests, (int) x, mean * s.window(), Math.min(pCount, pDead), cusum);
                out.add(open);
            }
            openLast = t;
            cusum = 0;
        }
        return out;
    }
}
