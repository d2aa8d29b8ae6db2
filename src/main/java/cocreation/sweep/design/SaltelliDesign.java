package cocreation.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli (2010) sampling scheme for first-order and total Sobol indices: two N x k base matrices A
 * and B, and k matrices AB_i (A with column i taken from B), N(k+2) runs. Rows of [A | B] are points of
 * a 2k-dimensional Sobol low-discrepancy sequence (commons-math3 {@link SobolSequenceGenerator}, first
 * point skipped; the seed is then ignored) or, if {@code quasiRandom} is false, seeded pseudo-random
 * numbers. N a power of two suits the Sobol sequence best.
 *
 * <p>Runs are grouped by base row j: A_j, AB_1j, ..., AB_kj, B_j, with {@link DesignPoint#sample()} = j
 * and, for AB points, {@link DesignPoint#factor()} = i. Analyse with {@link SobolAnalysis}.
 */
public final class SaltelliDesign implements ExperimentalDesign {
    private final List<Factor> factors;
    private final int baseSamples;
    private final boolean quasiRandom;

    public SaltelliDesign(List<Factor> factors, int baseSamples) {
        this(factors, baseSamples, true);
    }

    public SaltelliDesign(List<Factor> factors, int baseSamples, boolean quasiRandom) {
        if (baseSamples < 2) throw new IllegalArgumentException("base samples must be >= 2, got " + baseSamples);
        this.factors = Factor.requireValid(factors);
        if (quasiRandom && 2 * this.factors.size() > 1000)
            throw new IllegalArgumentException("the Sobol sequence supports at most 500 factors");
        this.baseSamples = baseSamples;
        this.quasiRandom = quasiRandom;
    }

    @Override public List<Factor> factors() { return factors; }

    @Override public int size() { return baseSamples * (factors.size() + 2); }

    public int baseSamples() { return baseSamples; }

    @Override
    public List<DesignPoint> generate(long seed) {
        int k = factors.size();
        SobolSequenceGenerator sobol = quasiRandom ? new SobolSequenceGenerator(2 * k) : null;
        RandomGenerator rng = quasiRandom ? null : new MersenneTwister(seed);
        if (sobol != null) sobol.nextVector();       // skip the all-zero first point
        List<DesignPoint> points = new ArrayList<>(size());
        for (int j = 0; j < baseSamples; j++) {
            double[] row = sobol != null ? sobol.nextVector() : randomRow(rng, 2 * k);
            double[] a = new double[k], b = new double[k];
            System.arraycopy(row, 0, a, 0, k);
            System.arraycopy(row, k, b, 0, k);
            points.add(DesignPoint.of(points.size(), factors, a, DesignPoint.Block.A, j, -1));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points.add(DesignPoint.of(points.size(), factors, ab, DesignPoint.Block.AB, j, i));
            }
            points.add(DesignPoint.of(points.size(), factors, b, DesignPoint.Block.B, j, -1));
        }
        return points;
    }

    private static double[] randomRow(RandomGenerator rng, int d) {
        double[] r = new double[d];
        for (int i = 0; i < d; i++) r[i] = rng.nextDouble();
        return r;
    }
}
