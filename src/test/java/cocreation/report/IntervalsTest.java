package cocreation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.statistics.Estimate;
import cocreation.statistics.Statistics;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void meanAgreesWithStudentTAndLeavesOutMissingValues() {
        double[] x = {3, 5, 4, 8, 6, Double.NaN};
        Estimate e = Intervals.mean(x);
        Statistics.Interval ci = Statistics.confidenceInterval95(new double[] {3, 5, 4, 8, 6});
        assertEquals(5.2, e.value(), 1e-12);
        assertEquals(ci.low(), e.low(), 1e-12);
        assertEquals(ci.high(), e.high(), 1e-12);
        assertEquals(5, e.n());
        assertFalse(Intervals.mean(new double[] {7}).bounded());
    }

    @Test
    void pairedDifferenceUsesThePairs() {
        // a large shared component (the seed) and a small constant effect: pairs see it, independent samples would not
        double[] base = {10, 50, 30, 80, 20, 60}, option = new double[6];
        for (int i = 0; i < 6; i++) option[i] = base[i] + 2 + (i % 2 == 0 ? 0.1 : -0.1);
        Estimate d = Intervals.difference(option, base);
        assertEquals(2, d.value(), 1e-12);
        assertTrue(d.excludes(0));
        assertFalse(Intervals.mean(option).low() > Intervals.mean(base).high(), "the separate intervals overlap");
    }

    @Test
    void fiellerIntervalIsTheSetOfRatiosTheDataDoNotReject() {
        Random r = new Random(5);
        double[] x = new double[12], y = new double[12];
        for (int i = 0; i < 12; i++) {
            x[i] = 10 + 3 * r.nextGaussian();
            y[i] = 1.7 * x[i] + 2 * r.nextGaussian();
        }
        Estimate f = Intervals.ratio(y, x);
        assertTrue(f.bounded() && f.low() < f.value() && f.value() < f.high());
        // theta inside the interval exactly when the paired t-test of y - theta x does not reject
        for (double theta = 1.0; theta <= 2.4; theta += 0.01) {
            double[] d = new double[12];
            for (int i = 0; i < 12; i++) d[i] = y[i] - theta * x[i];
            boolean accepted = !Intervals.mean(d).excludes(0);
            boolean inside = theta >= f.low() && theta <= f.high();
            if (Math.abs(theta - f.low()) > 1e-6 && Math.abs(theta - f.high()) > 1e-6) assertEquals(accepted, inside, "theta " + theta);
        }
    }

    @Test
    void ratioExcludesOneExactlyWhenTheDifferenceExcludesZero() {
        Random r = new Random(11);
        int disagreements = 0, clear = 0;
        for (int trial = 0; trial < 400; trial++) {
            double[] x = new double[8], y = new double[8];
            double effect = 1 + 0.15 * r.nextGaussian();
            for (int i = 0; i < 8; i++) {
                x[i] = 20 + 4 * r.nextGaussian();
                y[i] = effect * x[i] + 3 * r.nextGaussian();
            }
            boolean byRatio = Intervals.ratio(y, x).excludes(1), byDifference = Intervals.difference(y, x).excludes(0);
            if (byRatio != byDifference) disagreements++;
            if (byDifference) clear++;
        }
        assertEquals(0, disagreements);
        assertTrue(clear > 20 && clear < 380, "a mix of clear and unclear cases: " + clear);
    }

    @Test
    void fiellerCoversTheTrueRatioAboutNineteenTimesInTwenty() {
        Random r = new Random(3);
        int covered = 0, trials = 2000;
        for (int t = 0; t < trials; t++) {
            double[] x = new double[10], y = new double[10];
            for (int i = 0; i < 10; i++) {
                double shared = r.nextGaussian();
                x[i] = 8 + 2 * shared + r.nextGaussian();
                y[i] = 16 + 3 * shared + 2 * r.nextGaussian();
            }
            Estimate f = Intervals.ratio(y, x);
            if (f.bounded() && f.low() <= 2 && 2 <= f.high()) covered++;
        }
        double rate = covered / (double) trials;
        assertTrue(rate > 0.93 && rate < 0.97, "coverage " + rate);
    }

    @Test
    void ratioIsUnboundedWhenTheBaselineIsNotClearlyAboveZero() {
        Estimate f = Intervals.ratio(new double[] {3, 4, 5, 4}, new double[] {0, 1, 0, -1});
        assertFalse(f.bounded());
        assertFalse(f.excludes(1));
        assertFalse(Double.isFinite(Intervals.ratio(new double[] {1, 2}, new double[] {0, 0}).value()));
    }

    @Test
    void bootstrapOfCostRatiosIsReproducibleAndSeesAClearDifference() {
        Random r = new Random(2);
        int n = 20;
        double[] b1 = new double[n], v1 = new double[n], b0 = new double[n], v0 = new double[n];
        for (int i = 0; i < n; i++) {
            b0[i] = 100 + 10 * r.nextGaussian();
            v0[i] = 1 + 0.1 * r.nextGaussian();
            b1[i] = 100 + 10 * r.nextGaussian();
            v1[i] = 2 + 0.1 * r.nextGaussian(); // twice the value for the same budget: half the cost per value
        }
        Estimate e = Intervals.ratioOfRatios(b1, v1, b0, v0);
        assertEquals(e, Intervals.ratioOfRatios(b1, v1, b0, v0));
        assertTrue(e.bounded() && e.high() < 1 && e.low() < e.value() && e.value() < e.high(), e.toString());
        assertEquals(0.5, e.value(), 0.1);
        Estimate none = Intervals.ratioOfRatios(b0, v0, b0, v0);
        assertEquals(1, none.value(), 1e-12);
        assertFalse(none.excludes(1));
    }

    @Test
    void withinCorrelationIgnoresDifferencesBetweenOptions() {
        Random r = new Random(9);
        int n = 60;
        double[] x = new double[n], y = new double[n], z = new double[n];
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 3;
            double noise = r.nextGaussian();
            x[i] = 10 * g[i] + noise;           // options differ a lot in x ...
            y[i] = 10 * g[i] + r.nextGaussian(); // ... and in y, but within an option they are unrelated
            z[i] = 10 * g[i] + noise + 0.3 * r.nextGaussian(); // z moves with x within options
        }
        Estimate unrelated = Intervals.withinCorrelation(x, y, g);
        assertFalse(unrelated.excludes(0), unrelated.toString());
        Estimate related = Intervals.withinCorrelation(x, z, g);
        assertTrue(related.low() > 0.8, related.toString());
        assertFalse(Double.isFinite(Intervals.withinCorrelation(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4}, new int[4]).value()));
    }
}
