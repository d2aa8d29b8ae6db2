package cocreation.validation;

import java.util.Arrays;
import java.util.List;
import cocreation.statistics.Estimate;
import cocreation.statistics.Statistics;

/**
 * Effects measured from replicated runs, each with a 95% interval: a linear contrast of group means
 * (a difference of two means, a difference of differences) with Welch and Satterthwaite's t interval,
 * which does not assume equal variances; and a least-squares slope with its t interval. Values that
 * are not finite (a measure a run could not compute) are left out.
 */
public final class Effects {
    private Effects() {
    }

    /** An estimate and its 95% interval; bounds are NaN when the data cannot give one. */
    /**
     * {@code sum_i weights[i] * mean(groups[i])}. Its variance is {@code sum w_i^2 s_i^2 / n_i}, with
     * Satterthwaite's degrees of freedom; with one group this is the ordinary t interval of a mean.
     * If every group is constant the interval is the estimate itself.
     */
    public static Estimate contrast(List<double[]> groups, double[] weights) {
        if (groups.size() != weights.length) throw new IllegalArgumentException("one weight per group");
        double value = 0, variance = 0, dfDenominator = 0;
        int n = 0;
        boolean defined = true;
        for (int i = 0; i < weights.length; i++) {
            double[] x = finite(groups.get(i));
            n += x.length;
            if (x.length == 0) return new Estimate(Double.NaN, Double.NaN, Double.NaN, n);
            double m = mean(x);
            value += weights[i] * m;
            if (weights[i] == 0) continue;
            if (x.length < 2) {
                defined = false;
                continue;
            }
            double v = weights[i] * weights[i] * sampleVariance(x, m) / x.length;
            variance += v;
            dfDenominator += v * v / (x.length - 1);
        }
        if (!defined) return new Estimate(value, Double.NaN, Double.NaN, n);
        if (variance == 0) return new Estimate(value, value, value, n);
        double df = variance * variance / dfDenominator;
        double half = t(df) * Math.sqrt(variance);
        return new Estimate(value, value - half, value + half, n);
    }

    /** Least-squares slope of y on x over paired observations, with the t interval on n - 2 degrees of freedom. */
    public static Estimate slope(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("x and y differ in length");
        int n = 0;
        double[] px = new double[x.length], py = new double[y.length];
        for (int i = 0; i < x.length; i++)
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                px[n] = x[i];
                py[n++] = y[i];
            }
        if (n < 2) return new Estimate(Double.NaN, Double.NaN, Double.NaN, n);
        double mx = mean(Arrays.copyOf(px, n)), my = mean(Arrays.copyOf(py, n)), sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (px[i] - mx) * (px[i] - mx);
            sxy += (px[i] - mx) * (py[i] - my);
        }
        if (sxx == 0) return new Estimate(Double.NaN, Double.NaN, Double.NaN, n);
        double b = sxy / sxx;
        if (n < 3) return new Estimate(b, Double.NaN, Double.NaN, n);
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = py[i] - my - b * (px[i] - mx);
            sse += r * r;
        }
        if (sse == 0) return new Estimate(b, b, b, n);
        double half = t(n - 2) * Math.sqrt(sse / (n - 2) / sxx);
        return new Estimate(b, b - half, b + half, n);
    }

    /** Two-sided 97.5% quantile of Student's t. */
    static double t(double df) {
        return Statistics.t975(df);
    }

    static double[] finite(double[] x) {
        return Arrays.stream(x).filter(Double::isFinite).toArray();
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double sampleVariance(double[] x, double m) {
        double ss = 0;
        for (double v : x) ss += (v - m) * (v - m);
        return ss / (x.length - 1);
    }
}
