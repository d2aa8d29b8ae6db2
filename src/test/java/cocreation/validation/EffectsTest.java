package cocreation.validation;

import cocreation.statistics.Estimate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.statistics.Statistics;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** The effects and their intervals, against independent computations, and the status rule. */
class EffectsTest {
    private static final double[] X = {1, 2, 3, 4, 5}, Y = {2, 4, 6, 8, 10};

    @Test
    void welchIntervalOfADifferenceByHand() {
        // var(X) = 2.5, var(Y) = 10, n = 5: se^2 = 0.5 + 2 = 2.5, df = 2.5^2 / (0.5^2/4 + 2^2/4) = 5.882...
        Estimate e = Effects.contrast(List.of(Y, X), new double[] {1, -1});
        double half = new TDistribution(2.5 * 2.5 / (0.25 / 4 + 4.0 / 4)).inverseCumulativeProbability(0.975) * Math.sqrt(2.5);
        assertEquals(3, e.value(), 1e-12);
        assertEquals(3 - half, e.low(), 1e-9);
        assertEquals(3 + half, e.high(), 1e-9);
        assertEquals(10, e.n());
    }

    @Test
    void welchIntervalExcludesZeroExactlyWhenWelchsTestRejects() {
        Random r = new Random(7);
        int agree = 0;
        for (int trial = 0; trial < 200; trial++) {
            double[] a = sample(r, 5 + r.nextInt(20), 0, 1), b = sample(r, 5 + r.nextInt(20), r.nextGaussian(), 0.3 + 2 * r.nextDouble());
            Estimate e = Effects.contrast(List.of(b, a), new double[] {1, -1});
            boolean excludes = e.low() > 0 || e.high() < 0;
            assertEquals(new TTest().tTest(b, a) < 0.05, excludes, "trial " + trial);
            if (excludes) agree++;
        }
        assertTrue(agree > 20 && agree < 180, "the trials should include both outcomes: " + agree);
    }

    @Test
    void oneGroupIsTheOrdinaryIntervalOfTheMean() {
        double[] x = {0.3, 0.9, 0.4, 0.75, 0.2, 0.6};
        Estimate e = Effects.contrast(List.of(x), new double[] {1});
        Statistics.Summary s = Statistics.summarize(x);
        assertEquals(s.mean(), e.value(), 1e-12);
        assertEquals(s.ciLow(), e.low(), 1e-12);
        assertEquals(s.ciHigh(), e.high(), 1e-12);
    }

    @Test
    void weightsScaleTheEffectAndItsInterval() {
        Estimate one = Effects.contrast(List.of(Y, X), new double[] {1, -1});
        Estimate two = Effects.contrast(List.of(Y, X), new double[] {2, -2});
        assertEquals(2 * one.value(), two.value(), 1e-12);
        assertEquals(2 * one.low(), two.low(), 1e-9);
        assertEquals(2 * one.high(), two.high(), 1e-9);
    }

    @Test
    void constantGroupsGiveTheEstimateAsItsInterval() {
        Estimate zero = Effects.contrast(List.of(new double[] {0, 0, 0}), new double[] {1});
        assertEquals(0, zero.value());
        assertEquals(0, zero.low());
        assertEquals(0, zero.high());
        assertEquals(Check.Status.REPRODUCED, Check.status(Check.Expect.ZERO, zero));
        Estimate same = Effects.contrast(List.of(new double[] {2, 2}, new double[] {1, 1}), new double[] {1, -1});
        assertEquals(1, same.low());
        assertEquals(1, same.high());
    }

    @Test
    void missingValuesAreLeftOutAndTooFewGiveNoInterval() {
        Estimate e = Effects.contrast(List.of(new double[] {1, Double.NaN, 3}), new double[] {1});
        assertEquals(2, e.value(), 1e-12);
        assertEquals(2, e.n());
        Estimate single = Effects.contrast(List.of(new double[] {1, 2}, new double[] {Double.NaN, 4}), new double[] {1, -1});
        assertFalse(single.bounded());
        assertEquals(Check.Status.NOT_REPRODUCED, Check.status(Check.Expect.NEGATIVE, single));
        assertTrue(Double.isNaN(Effects.contrast(List.of(new double[] {Double.NaN}), new double[] {1}).value()));
    }

    @Test
    void slopeAndItsIntervalMatchAnOrdinaryRegression() {
        Random r = new Random(3);
        double[] x = new double[40], y = new double[40];
        SimpleRegression reg = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            x[i] = (i % 5) / 4.0;
            y[i] = 1 - 0.3 * x[i] + 0.2 * r.nextGaussian();
            reg.addData(x[i], y[i]);
        }
        Estimate e = Effects.slope(x, y);
        assertEquals(reg.getSlope(), e.value(), 1e-12);
        assertEquals(reg.getSlope() - reg.getSlopeConfidenceInterval(), e.low(), 1e-9);
        assertEquals(reg.getSlope() + reg.getSlopeConfidenceInterval(), e.high(), 1e-9);
        Estimate exact = Effects.slope(new double[] {0, 1, 2}, new double[] {1, 3, 5});
        assertEquals(2, exact.value(), 1e-12);
        assertEquals(2, exact.low(), 1e-12);
        assertFalse(Effects.slope(new double[] {1, 1, 1}, new double[] {1, 2, 3}).bounded());
    }

    @Test
    void reproducedOnlyWhenTheWholeIntervalLiesOnTheExpectedSide() {
        Estimate above = new Estimate(1, 0.2, 1.8, 10), spans = new Estimate(1, -0.2, 2.2, 10);
        Estimate below = new Estimate(-1, -1.8, -0.2, 10);
        assertEquals(Check.Status.REPRODUCED, Check.status(Check.Expect.POSITIVE, above));
        assertEquals(Check.Status.NOT_REPRODUCED, Check.status(Check.Expect.POSITIVE, spans));
        assertEquals(Check.Status.NOT_REPRODUCED, Check.status(Check.Expect.POSITIVE, below));
        assertEquals(Check.Status.REPRODUCED, Check.status(Check.Expect.NEGATIVE, below));
        assertEquals(Check.Status.NOT_REPRODUCED, Check.status(Check.Expect.NEGATIVE, spans));
        assertEquals(Check.Status.NOT_REPRODUCED, Check.status(Check.Expect.ZERO, new Estimate(0, -0.1, 0.1, 10)));
        assertEquals(Check.Status.OBSERVED, Check.status(Check.Expect.NONE, above));
        assertEquals("the interval spans 0: no clear effect", Check.where(spans));
        assertEquals("the interval lies below 0", Check.where(below));
    }

    private static double[] sample(Random r, int n, double mean, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = mean + sd * r.nextGaussian();
        return x;
    }
}
