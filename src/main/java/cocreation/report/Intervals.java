package cocreation.report;

import java.util.Arrays;
import cocreation.statistics.Estimate;
import cocreation.statistics.Statistics;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Estimates with 95% confidence intervals from replicated runs. Replication i of every option
 * shares a seed, so two options are compared pair by pair (by replication). Values that are not
 * finite (a measure the run could not compute) are left out, with their pair.
 */
public final class Intervals {
    /** Resamples and fixed seed of the bootstrap, so reports are reproducible. */
    public static final int BOOTSTRAP_RESAMPLES = 4000;
    public static final long BOOTSTRAP_SEED = 20_240_601L;

    private Intervals() {
    }

    /** Two-sided 97.5% quantile of Student's t. */
    static double t(int df) {
        return Statistics.t975(df);
    }

    /** Mean with a Student-t interval. */
    public static Estimate mean(double[] x) {
        double[] v = Arrays.stream(x).filter(Double::isFinite).toArray();
        int n = v.length;
        if (n == 0) return Estimate.NONE;
        double m = avg(v);
        if (n < 2) return new Estimate(m, Double.NaN, Double.NaN, n);
        double half = t(n - 1) * Math.sqrt(cov(v, v, m, m) / n);
        return new Estimate(m, m - half, m + half, n);
    }

    /** Mean of y - x, paired by replication, with a paired-t interval. */
    public static Estimate difference(double[] y, double[] x) {
        double[][] p = pairs(y, x);
        double[] d = new double[p[0].length];
        for (int i = 0; i < d.length; i++) d[i] = p[0][i] - p[1][i];
        return mean(d);
    }

    /**
     * mean(y) / mean(x) with Fieller's interval for paired samples: every ratio r for which
     * mean(y) - r mean(x) is not significantly different from zero. It contains 1 exactly when the
     * paired-t interval of the difference contains 0. Unbounded (NaN bounds) when mean(x) is not
     * clearly above zero.
     */
    public static Estimate ratio(double[] y, double[] x) {
        double[][] p = pairs(y, x);
        int n = p[0].length;
        if (n == 0) return Estimate.NONE;
        double my = avg(p[0]), mx = avg(p[1]);
        double r = mx == 0 ? Double.NaN : my / mx;
        if (n < 2) return new Estimate(r, Double.NaN, Double.NaN, n);
        double t2 = Math.pow(t(n - 1), 2);
        double vxx = cov(p[1], p[1], mx, mx) / n, vyy = cov(p[0], p[0], my, my) / n, vxy = cov(p[0], p[1], my, mx) / n;
        double a = mx * mx - t2 * vxx, b = mx * my - t2 * vxy, c = my * my - t2 * vyy;
        if (!(a > 0)) return new Estimate(r, Double.NaN, Double.NaN, n);
        double root = Math.sqrt(Math.max(0, b * b - a * c));
        return new Estimate(r, (b - root) / a, (b + root) / a, n);
    }

    /**
     * (mean(num1)/mean(den1)) / (mean(num0)/mean(den0)), e.g. cost per unit of value of an option
     * relative to the baseline, with a percentile bootstrap interval that resamples replications
     * (keeping pairs together). Unbounded if any resample has a denominator mean of zero or less.
     */
    public static Estimate ratioOfRatios(double[] num1, double[] den1, double[] num0, double[] den0) {
        int[] keep = java.util.stream.IntStream.range(0, num1.length)
                .filter(i -> Double.isFinite(num1[i]) && Double.isFinite(den1[i]) && Double.isFinite(num0[i]) && Double.isFinite(den0[i]))
                .toArray();
        int n = keep.length;
        if (n == 0) return Estimate.NONE;
        double point = ratioOfRatios(num1, den1, num0, den0, keep);
        if (n < 2) return new Estimate(point, Double.NaN, Double.NaN, n);
        MersenneTwister random = new MersenneTwister(BOOTSTRAP_SEED);
        double[] boot = new double[BOOTSTRAP_RESAMPLES];
        int[] draw = new int[n];
        for (int b = 0; b < boot.length; b++) {
            for (int i = 0; i < n; i++) draw[i] = keep[random.nextInt(n)];
            boot[b] = ratioOfRatios(num1, den1, num0, den0, draw);
            if (!Double.isFinite(boot[b])) return new Estimate(point, Double.NaN, Double.NaN, n);
        }
        Arrays.sort(boot);
        return new Estimate(point, quantile(boot, 0.025), quantile(boot, 0.975), n);
    }

    private static double ratioOfRatios(double[] num1, double[] den1, double[] num0, double[] den0, int[] idx) {
        double n1 = 0, d1 = 0, n0 = 0, d0 = 0;
        for (int i : idx) {
            n1 += num1[i];
            d1 += den1[i];
            n0 += num0[i];
            d0 += den0[i];
        }
        if (!(d1 > 0 && d0 > 0 && n0 > 0)) return Double.NaN;
        return (n1 / d1) / (n0 / d0);
    }

    /**
     * Pearson correlation of x and y across runs after removing each option's mean (so it measures
     * how they move together within options, not the options' differences), with Fisher's z
     * interval. {@code group[i]} is run i's option.
     */
    public static Estimate withinCorrelation(double[] x, double[] y, int[] group) {
        int groups = Arrays.stream(group).max().orElse(-1) + 1;
        double[] sx = new double[groups], sy = new double[groups];
        int[] count = new int[groups];
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) continue;
            sx[group[i]] += x[i];
            sy[group[i]] += y[i];
            count[group[i]]++;
        }
        double sxy = 0, sxx = 0, syy = 0;
        int n = 0, used = 0;
        for (int g = 0; g < groups; g++) if (count[g] > 0) used++;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) continue;
            double dx = x[i] - sx[group[i]] / count[group[i]], dy = y[i] - sy[group[i]] / count[group[i]];
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
            n++;
        }
        if (!(sxx > 0 && syy > 0)) return new Estimate(Double.NaN, Double.NaN, Double.NaN, n);
        double r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
        int df = n - used - 2; // one degree of freedom lost per option mean, as in Fisher's n - 3
        if (df < 1 || Math.abs(r) == 1) return new Estimate(r, Double.NaN, Double.NaN, n);
        double z = 0.5 * Math.log((1 + r) / (1 - r)), half = 1.959963984540054 / Math.sqrt(df);
        return new Estimate(r, Math.tanh(z - half), Math.tanh(z + half), n);
    }

    static double quantile(double[] sorted, double p) {
        return Statistics.quantileOfSorted(sorted, p);
    }

    /** The pairs (y[i], x[i]) where both are finite, as two arrays. */
    private static double[][] pairs(double[] y, double[] x) {
        if (y.length != x.length) throw new IllegalArgumentException("paired samples differ in length: " + y.length + " and " + x.length);
        int n = 0;
        double[] py = new double[y.length], px = new double[x.length];
        for (int i = 0; i < y.length; i++)
            if (Double.isFinite(y[i]) && Double.isFinite(x[i])) {
                py[n] = y[i];
                px[n++] = x[i];
            }
        return new double[][] {Arrays.copyOf(py, n), Arrays.copyOf(px, n)};
    }

    private static double avg(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Sample covariance (n - 1). */
    private static double cov(double[] a, double[] b, double ma, double mb) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - ma) * (b[i] - mb);
        return s / (a.length - 1);
    }
}
