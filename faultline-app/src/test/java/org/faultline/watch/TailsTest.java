package org.faultline.watch;

import org.apache.commons.math3.distribution.PascalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class TailsTest {
    @Test
    void negativeBinomialTailEqualsCommonsMathPascalForWholeSizes() {
        for (int r : new int[]{1, 2, 5}) {
            for (double mean : new double[]{0.3, 2, 9}) {
                double q = r / (r + mean), variance = mean + mean * mean / r;
                PascalDistribution nb = new PascalDistribution(r, q);
                for (int x = 0; x < 25; x++)
                    assertEquals(1 - nb.cumulativeProbability(x - 1), Tails.atLeast(x, mean, variance), 1e-9,
                            "r " + r + " mean " + mean + " x " + x);
            }
        }
    }

    @Test
    void withoutOverdispersionItIsPoisson() {
        PoissonDistribution p = new PoissonDistribution(1.7);
        assertEquals(1 - p.cumulativeProbability(4), Tails.atLeast(5, 1.7, 1.7), 1e-12);
        assertEquals(1 - p.cumulativeProbability(4), Tails.atLeast(5, 1.7, 1.0), 1e-12, "under-dispersed counts use the Poisson");
        assertEquals(1, Tails.atLeast(0, 1.7, 3), 0);
        assertTrue(Tails.atLeast(6, 1, 4) > Tails.atLeast(6, 1, 1), "overdispersion makes a high count less surprising");
        assertThrows(IllegalArgumentException.class, () -> Tails.atLeast(3, 0, 0));
    }
}
