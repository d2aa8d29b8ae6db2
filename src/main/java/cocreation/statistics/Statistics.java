package cocreation.statistics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/** Descriptive statistics of replicated outputs. NaN values propagate. */
public final class Statistics {

    /** Mean, sample standard deviation and Student-t confidence interval of n observations. */
    public record Summary(int n, double mean, double sd, double ciLow, double ciHigh) {}

    /** A closed interval [low, high]. */
    public record Interval(double low, double high) {
        public boolean contains(double x) {
            return x >= low && x <= high;
        }
    }

    private Statistics() {}

    /** Arithmetic mean; NaN for an empty array. */
    public static double mean(double[] x) {
        if (x.length == 0) return Double.NaN;
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    /** Sample standard deviation (denominator n-1, two-pass); NaN when n &lt; 2. */
    public static double sd(double[] x) {
        if (x.length < 2) return Double.NaN;
        double m = mean(x), ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return Math.sqrt(ss / (x.length - 1));
    }

    /** Student-t interval mean +- t_{(1+level)/2, n-1} sd / sqrt(n); NaN bounds when n &lt; 2. */
    public static Interval confidenceInterval(double[] x, double level) {
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0,1), got " + level);
        if (x.length < 2) return new Interval(Double.NaN, Double.NaN);
        double m = mean(x);
        double half = new TDistribution(null, x.length - 1).inverseCumulativeProbability((1 + level) / 2)
                * sd(x) / Math.sqrt(x.length);
        return new Interval(m - half, m + half);
    }

    /** The 95% Student-t confidence interval of the mean. */
    public static Interval confidenceInterval95(double[] x) {
        return confidenceInterval(x, 0.95);
    }

    public static Summary summarize(double[] x) {
        Interval ci = confidenceInterval95(x);
        return new Summary(x.length, mean(x), sd(x), ci.low(), ci.high());
    }

    /**
     * The p-quantile (p in [0,1]) by linear interpolation between order statistics (Hyndman and Fan
     * 1996, type 7); NaN for an empty array.
     */
    public static double percentile(double[] x, double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("p must be in [0,1], got " + p);
        if (x.length == 0) return Double.NaN;
        double[] s = x.clone();
        Arrays.sort(s);
        return quantileOfSorted(s, p);
    }

    /** The 97.5% quantile of Student's t with df degrees of freedom (the half-width factor of a 95% interval). */
    public static double t975(double df) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.975);
    }

    /** Type-7 quantile of an already sorted, non-empty array (see {@link #percentile}). */
    public static double quantileOfSorted(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
    }
}
