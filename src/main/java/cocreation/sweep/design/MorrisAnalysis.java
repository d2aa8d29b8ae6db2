package cocreation.sweep.design;

import cocreation.statistics.Statistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Elementary-effects statistics of a {@link MorrisDesign}: for each factor the mean mu and sample
 * standard deviation sigma (denominator r-1) of its r elementary effects (Morris 1991), and the mean of
 * absolute effects mu* (Campolongo, Cariboni and Saltelli 2007).
 *
 * <p>Scaling: an elementary effect is EE_i = [y(x') - y(x)] / ((x'_i - x_i) * scale_i), where x, x' are
 * consecutive trajectory points in unit coordinates (x'_i - x_i = +-delta) and scale_i is
 * {@link Factor#scale()}. It is thus in output units per unit of factor (per unit of ln x for
 * log-uniform factors, per unit of design coordinate for discrete factors); for a linear model
 * y = c x_i, mu_i = c and sigma_i = 0. With {@code perUnitOfFactor = false} scale_i = 1 (effects per
 * unit of the [0,1] design coordinate, comparable across factors).
 */
public final class MorrisAnalysis {

    /** Statistics of one factor's elementary effects; sigma is NaN when r = 1. */
    public record MorrisIndices(String factor, double mu, double muStar, double sigma, int effects) {}

    private final List<Factor> factors;
    private final boolean perUnitOfFactor;

    public MorrisAnalysis(List<Factor> factors) {
        this(factors, true);
    }

    public MorrisAnalysis(List<Factor> factors, boolean perUnitOfFactor) {
        this.factors = List.copyOf(factors);
        this.perUnitOfFactor = perUnitOfFactor;
    }

    /**
     * @param points  the points of a {@link MorrisDesign}, in generated order
     * @param outputs the model output of each point (outputs[i] belongs to points.get(i))
     */
    public List<MorrisIndices> analyse(List<DesignPoint> points, double[] outputs) {
        return summarise(elementaryEffects(points, outputs));
    }

    /** The elementary effects: result[i] lists factor i's effects, one per trajectory. */
    public List<List<Double>> elementaryEffects(List<DesignPoint> points, double[] outputs) {
        if (outputs.length != points.size())
            throw new IllegalArgumentException(outputs.length + " outputs for " + points.size() + " points");
        int k = factors.size();
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) effects.add(new ArrayList<>());
        for (int n = 0; n < points.size(); n++) {
            DesignPoint p = points.get(n);
            int i = p.factor();
            if (p.block() != DesignPoint.Block.TRAJECTORY) throw new IllegalArgumentException("not a Morris point: " + p);
            if (i < 0) continue;
            DesignPoint prev = n > 0 ? points.get(n - 1) : null;
            if (prev == null || prev.sample() != p.sample() || i >= k)
                throw new IllegalArgumentException("point " + p.index() + " has no predecessor in its trajectory");
            double step = p.unit()[i] - prev.unit()[i];
            double scale = perUnitOfFactor ? factors.get(i).scale() : 1.0;
            effects.get(i).add((outputs[n] - outputs[n - 1]) / (step * scale));
        }
        return effects;
    }

    /**
     * Half the width of a bootstrap interval of mu* as SALib reports it: the absolute effects are
     * resampled with replacement, and the interval is z(level) times the standard deviation of the
     * resampled means (NaN with fewer than two effects).
     */
    public static double muStarConfidence(double[] absEffects, int resamples, long seed, double level) {
        int n = absEffects.length;
        if (n < 2) return Double.NaN;
        org.apache.commons.math3.random.RandomGenerator rng = new org.apache.commons.math3.random.MersenneTwister(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int j = 0; j < n; j++) sum += absEffects[rng.nextInt(n)];
            means[r] = sum / n;
        }
        double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(0.5 + level / 2);
        return z * Statistics.sd(means);
    }

    private List<MorrisIndices> summarise(List<List<Double>> effects) {
        List<MorrisIndices> out = new ArrayList<>();
        for (int i = 0; i < factors.size(); i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            double[] abs = effects.get(i).stream().mapToDouble(Math::abs).toArray();
            out.add(new MorrisIndices(factors.get(i).path(), Statistics.mean(ee), Statistics.mean(abs),
                    Statistics.sd(ee), ee.length));
        }
        return out;
    }
}
