package org.faultline.watch;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.special.Beta;

/** Upper tails of count distributions, from Apache Commons Math. */
final class Tails {
    private Tails() {}

    /**
     * P(X >= x) for a count with this mean and variance: a negative binomial when the variance exceeds the mean
     * (size r = mean^2 / (variance - mean), success probability q = r / (r + mean)), else a Poisson. The negative
     * binomial's tail is the regularized incomplete beta function, P(X >= x) = I_{1-q}(x, r), which also holds for a
     * size that is not a whole number (Commons Math's PascalDistribution takes whole sizes only).
     */
    static double atLeast(long x, double mean, double variance) {
        if (!(mean > 0)) throw new IllegalArgumentException("mean " + mean + " is not positive");
        if (x <= 0) return 1;
        if (variance <= mean * (1 + 1e-9))
            return 1 - new PoissonDistribution(null, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).cumulativeProbability((int) Math.min(Integer.MAX_VALUE, x - 1));
        double r = mean * mean / (variance - mean), q = r / (r + mean);
        return Beta.regularizedBeta(1 - q, x, r);
    }
}
