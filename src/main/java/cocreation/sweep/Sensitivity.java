package cocreation.sweep;

import cocreation.sweep.design.MorrisAnalysis;
import cocreation.sweep.design.SobolAnalysis;
import cocreation.sweep.design.Statistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sensitivity indices of every metric for a Morris or Sobol sweep. The output of a design point is
 * the mean of its replicates (runs that failed or have no value are left out).
 *
 * <p>Morris effects are per unit of design coordinate, i.e. the change in the metric when a factor
 * moves across its whole range, so mu* can be compared between factors measured in different units.
 * A metric that is missing at some point (or constant, for Sobol) gets empty indices.
 *
 * <p>A stochastic model's elementary effects include the noise between replicates, which inflates
 * mu*. {@code mu_star_noise} is the mu* that noise alone would give: with s the pooled standard
 * deviation between replicates and R replications, a difference of two point means has standard
 * deviation s sqrt(2/R), so E|EE| = sqrt(2/pi) s sqrt(2/R) / delta. Factors whose mu* is not
 * clearly above it cannot be told from noise.
 */
final class Sensitivity {
    /** One factor's indices for one metric: Morris (mu, mu_star, sigma, effects) or Sobol (S1, ST with CIs). */
    record Row(String metric, String factor, double[] values) {}

    static final List<String> MORRIS_COLUMNS = List.of("mu", "mu_star", "sigma", "effects", "mu_star_noise");
    static final List<String> SOBOL_COLUMNS = List.of("S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high");

    private Sensitivity() {
    }

    static List<String> columns(SweepSpec spec) {
        return spec.type() == SweepSpec.DesignType.MORRIS ? MORRIS_COLUMNS : SOBOL_COLUMNS;
    }

    /**
     * @param pointMeans pointMeans[metric][design point]
     * @param pooledSd   the pooled standard deviation between replicates of each metric
     */
    static List<Row> analyse(SweepSpec spec, double[][] pointMeans, double[] pooledSd) {
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < RunRecord.METRICS.size(); m++) {
            String metric = RunRecord.METRICS.get(m);
            double[] y = pointMeans[m];
            if (spec.type() == SweepSpec.DesignType.MORRIS) rows.addAll(morris(spec, metric, y, pooledSd[m]));
            else rows.addAll(sobol(spec, metric, y));
        }
        return rows;
    }

    private static List<Row> morris(SweepSpec spec, String metric, double[] y, double pooledSd) {
        double delta = ((cocreation.sweep.design.MorrisDesign) spec.design).delta();
        double noise = Math.sqrt(2 / Math.PI) * pooledSd * Math.sqrt(2.0 / spec.replications()) / delta;
        List<List<Double>> effects = new MorrisAnalysis(spec.factors(), false).elementaryEffects(spec.points(), y);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < spec.factors().size(); i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).toArray();
            double[] abs = Arrays.stream(ee).map(Math::abs).toArray();
            rows.add(new Row(metric, spec.factors().get(i).path(),
                    new double[] {Statistics.mean(ee), Statistics.mean(abs), Statistics.sd(ee), ee.length,
                            ee.length == 0 ? Double.NaN : noise}));
        }
        return rows;
    }

    private static List<Row> sobol(SweepSpec spec, String metric, double[] y) {
        List<Row> rows = new ArrayList<>();
        boolean complete = Arrays.stream(y).noneMatch(Double::isNaN);
        List<SobolAnalysis.SobolIndices> idx = null;
        if (complete) {
            int resamples = spec.designParameters.getOrDefault("bootstrap", 1000);
            idx = new SobolAnalysis(resamples, spec.designSeed, 0.95).analyse(spec.points(), y);
        }
        for (int i = 0; i < spec.factors().size(); i++) {
            double[] v = new double[SOBOL_COLUMNS.size()];
            Arrays.fill(v, Double.NaN);
            if (idx != null) {
                SobolAnalysis.SobolIndices s = idx.get(i);
                v = new double[] {s.s1(), s.s1Low(), s.s1High(), s.st(), s.stLow(), s.stHigh()};
                for (int j = 0; j < v.length; j++) if (!Double.isFinite(v[j])) v[j] = Double.NaN; // constant output: 0/0
            }
            rows.add(new Row(metric, spec.factors().get(i).path(), v));
        }
        return rows;
    }
}
