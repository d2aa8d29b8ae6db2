package cocreation.sweep.design;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris (1991) elementary-effects screening design: r random trajectories of k+1 points on the p-level
 * grid {0, 1/(p-1), ..., 1} of the unit hypercube. Each trajectory starts at a random base point
 * x* in {0, ..., 1-delta}, delta = p / (2(p-1)), then moves every factor exactly once, in random order,
 * by +delta or -delta (random direction; the matrix B* = J x* + (delta/2)[(2B - J)D* + J]P* of the
 * paper). Points are emitted trajectory by trajectory; {@link DesignPoint#factor()} is the factor moved
 * to reach the point (-1 for the start). Analyse with {@link MorrisAnalysis}.
 *
 * <p>Integer and discrete factors are read through {@link Factor#valueAt}; choose p equal to their
 * number of values so that each grid level maps to a distinct value.
 */
public final class MorrisDesign implements ExperimentalDesign {
    private final List<Factor> factors;
    private final int trajectories;
    private final int levels;

    /** @param levels p, even and &gt;= 2 */
    public MorrisDesign(List<Factor> factors, int trajectories, int levels) {
        if (trajectories < 1) throw new IllegalArgumentException("trajectories must be >= 1, got " + trajectories);
        if (levels < 2 || levels % 2 != 0) throw new IllegalArgumentException("levels p must be even and >= 2, got " + levels);
        this.factors = Factor.requireValid(factors);
        this.trajectories = trajectories;
        this.levels = levels;
    }

    @Override public List<Factor> factors() { return factors; }

    @Override public int size() { return trajectories * (factors.size() + 1); }

    public int trajectories() { return trajectories; }

    public int levels() { return levels; }

    /** The step delta = p / (2(p-1)) in unit-hypercube coordinates. */
    public double delta() { return levels / (2.0 * (levels - 1)); }

    @Override
    public List<DesignPoint> generate(long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        int k = factors.size();
        int half = levels / 2;                       // delta in grid steps
        List<DesignPoint> points = new ArrayList<>(size());
        for (int t = 0; t < trajectories; t++) {
            int[] grid = new int[k];                 // current grid level of each factor
            boolean[] up = new boolean[k];
            for (int i = 0; i < k; i++) {
                int base = rng.nextInt(half);        // x* in {0, ..., 1 - delta}
                up[i] = rng.nextBoolean();
                grid[i] = up[i] ? base : base + half;
            }
            int[] order = LatinHypercube.permutation(k, rng);
            points.add(DesignPoint.of(points.size(), factors, toUnit(grid), DesignPoint.Block.TRAJECTORY, t, -1));
            for (int i : order) {
                grid[i] += up[i] ? half : -half;
                points.add(DesignPoint.of(points.size(), factors, toUnit(grid), DesignPoint.Block.TRAJECTORY, t, i));
            }
        }
        return points;
    }

    private double[] toUnit(int[] grid) {
        double[] u = new double[grid.length];
        for (int i = 0; i < grid.length; i++) u[i] = (double) grid[i] / (levels - 1);
        return u;
    }
}
