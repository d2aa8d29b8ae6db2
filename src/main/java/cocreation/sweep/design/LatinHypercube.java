package cocreation.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube sample (McKay, Beckman and Conover 1979): [0,1) is cut into n equal strata per
 * factor; each factor gets an independent random permutation of the strata over the n samples and a
 * uniformly random point inside each stratum, which is then mapped through {@link Factor#valueAt}.
 */
public final class LatinHypercube implements ExperimentalDesign {
    private final List<Factor> factors;
    private final int samples;

    public LatinHypercube(List<Factor> factors, int samples) {
        if (samples < 1) throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        this.factors = Factor.requireValid(factors);
        this.samples = samples;
    }

    @Override public List<Factor> factors() { return factors; }

    @Override public int size() { return samples; }

    @Override
    public List<DesignPoint> generate(long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        int k = factors.size();
        double[][] u = new double[samples][k];
        for (int i = 0; i < k; i++) {
            int[] stratum = permutation(samples, rng);
            for (int s = 0; s < samples; s++) u[s][i] = (stratum[s] + rng.nextDouble()) / samples;
        }
        List<DesignPoint> points = new ArrayList<>(samples);
        for (int s = 0; s < samples; s++)
            points.add(DesignPoint.of(s, factors, u[s], DesignPoint.Block.POINT, s, -1));
        return points;
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    static int[] permutation(int n, RandomGenerator rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
