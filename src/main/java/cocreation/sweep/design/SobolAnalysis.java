package cocreation.sweep.design;

import cocreation.statistics.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Variance-based sensitivity indices from a {@link SaltelliDesign}, with V = sample variance of the
 * 2N outputs f(A), f(B):
 * <ul>
 *   <li>first order S_i = (1/N) sum_j f(B)_j [f(AB_i)_j - f(A)_j] / V (Saltelli et al. 2010, Table 2 (b));</li>
 *   <li>total S_Ti = (1/2N) sum_j [f(A)_j - f(AB_i)_j]^2 / V (Jansen 1999).</li>
 * </ul>
 * Confidence intervals are bootstrap percentile intervals: the N base rows are resampled with
 * replacement {@code resamples} times (seeded MersenneTwister) and both indices, V included, recomputed
 * (on quasi-random points this treats them as random, so intervals are conservative).
 * f(B) is centred on the mean of f(A), f(B) in the S_i estimator; this keeps it consistent (f(AB_i)
 * and f(A) have equal means) and avoids its variance growing with the squared output mean. Estimates
 * may fall slightly outside [0,1] by sampling error. Missing points or NaN outputs are rejected.
 */
public final class SobolAnalysis {

    /** Indices of one factor with their bootstrap confidence intervals. */
    public record SobolIndices(String factor, double s1, double s1Low, double s1High,
                               double st, double stLow, double stHigh) {}

    private final int resamples;
    private final long seed;
    private final double level;

    /** 1000 bootstrap resamples, 95% intervals. */
    public SobolAnalysis(long seed) {
        this(1000, seed, 0.95);
    }

    public SobolAnalysis(int resamples, long seed, double level) {
        if (resamples < 1) throw new IllegalArgumentException("resamples must be >= 1, got " + resamples);
        if (!(level > 0 && level < 1)) throw new IllegalArgumentException("level must be in (0,1), got " + level);
        this.resamples = resamples;
        this.seed = seed;
        this.level = level;
    }

    /**
     * @param points  the points of a {@link SaltelliDesign} (any order)
     * @param outputs the model output of each point (outputs[n] belongs to points.get(n))
     */
    public List<SobolIndices> analyse(List<DesignPoint> points, double[] outputs) {
        if (outputs.length != points.size() || points.isEmpty())
            throw new IllegalArgumentException(outputs.length + " outputs for " + points.size() + " points");
        List<String> names = new ArrayList<>(points.get(0).values().keySet());
        int k = names.size(), n = points.size() / (k + 2);
        if (n * (k + 2) != points.size()) throw new IllegalArgumentException("not a Saltelli design of " + k + " factors");
        double[] fa = fill(n), fb = fill(n);
        double[][] fab = new double[k][];
        for (int i = 0; i < k; i++) fab[i] = fill(n);
        for (int m = 0; m < points.size(); m++) {
            DesignPoint p = points.get(m);
            double[] target = switch (p.block()) {
                case A -> fa;
                case B -> fb;
                case AB -> fab[p.factor()];
                default -> throw new IllegalArgumentException("not a Saltelli point: " + p);
            };
            target[p.sample()] = outputs[m];
        }
        for (double[] f : List.of(fa, fb)) checkComplete(f);
        for (double[] f : fab) checkComplete(f);

        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] estimate = estimate(fa, fb, fab, all);
        double[][][] boot = new double[2][k][resamples];
        RandomGenerator rng = new MersenneTwister(seed);
        int[] idx = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int j = 0; j < n; j++) idx[j] = rng.nextInt(n);
            double[][] e = estimate(fa, fb, fab, idx);
            for (int i = 0; i < k; i++) {
                boot[0][i][r] = e[0][i];
                boot[1][i][r] = e[1][i];
            }
        }
        double lo = (1 - level) / 2, hi = (1 + level) / 2;
        List<SobolIndices> out = new ArrayList<>();
        for (int i = 0; i < k; i++)
            out.add(new SobolIndices(names.get(i),
                    estimate[0][i], Statistics.percentile(boot[0][i], lo), Statistics.percentile(boot[0][i], hi),
                    estimate[1][i], Statistics.percentile(boot[1][i], lo), Statistics.percentile(boot[1][i], hi)));
        return out;
    }

    /** {S1[k], ST[k]} over the base rows listed in idx (with repetition). */
    private static double[][] estimate(double[] fa, double[] fb, double[][] fab, int[] idx) {
        int k = fab.length, n = idx.length;
        double sum = 0, squares = 0;
        for (int j : idx) sum += fa[j] + fb[j];
        double mean = sum / (2 * n);
        for (int j : idx) squares += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        double variance = squares / (2 * n - 1);
        double[] s1 = new double[k], st = new double[k];
        for (int i = 0; i < k; i++) {
            double first = 0, total = 0;
            for (int j : idx) {
                first += (fb[j] - mean) * (fab[i][j] - fa[j]);
                total += (fa[j] - fab[i][j]) * (fa[j] - fab[i][j]);
            }
            s1[i] = first / n / variance;
            st[i] = total / (2.0 * n) / variance;
        }
        return new double[][] {s1, st};
    }

    private static double[] fill(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    private static void checkComplete(double[] f) {
        for (double v : f)
            if (Double.isNaN(v)) throw new IllegalArgumentException("incomplete Saltelli design or NaN output");
    }
}
