package cocreation.sweep;

import cocreation.sweep.design.MorrisAnalysis;
import cocreation.sweep.design.SobolAnalysis;
import cocreation.statistics.Statistics;
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
 * mu*. {@code mu_star_conf} is half the width of mu*'s bootstrap 95% interval as SALib reports it
 * (the effects resampled with replacement, z times the spread of the resampled means).
 * {@code mu_star_noise} is the mu* that noise alone would give: with s the pooled standard
 * deviation between replicates and R replications, a difference of two point means has standard
 * deviation s sqrt(2/R), so E|EE| = sqrt(2/pi) s sqrt(2/R) / delta. Factors whose mu* is not
 * clearly above it cannot be told from noise.
 */
final class Sensitivity {
    /** One factor's indices for one metric: Morris (mu, mu_star, sigma, effects) or Sobol (S1, ST with CIs). */
    record Row(String metric, String factor, double[] values) {}

    static final List<String> MORRIS_COLUMNS = List.of("mu", "mu_star", "mu_star_conf", "sigma", "effects", "mu_star_noise");
    /** Column positions in a Morris row's values. */
    static final int MU_STAR = 1, MU_STAR_CONF = 2, SIGMA = 3, NOISE = 5;
    /** Resamples of the bootstrap of mu* (SALib's default is 100; more gives a steadier interval). */
    private static final int MORRIS_RESAMPLES = 1000;
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
            double conf = MorrisAnalysis.muStarConfidence(abs, MORRIS_RESAMPLES, spec.designSeed + 31L * i, 0.95);
            rows.add(new Row(metric, spec.factors().get(i).path(),
                    new double[] {Statistics.mean(ee), Statistics.mean(abs), conf, Statistics.sd(ee), ee.length,
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

    /**
     * What the indices of the chart metrics can be trusted for, in sentences: for Sobol, estimates
     * outside what an index can be (S1 below 0 or ST above 1 beyond their intervals; S1 above ST) and
     * the base sample that would narrow every interval to 0.1; for Morris, how wide mu*'s intervals
     * are and the trajectories that would narrow them to a tenth of the largest mu*. A sentence that
     * starts with "warning:" says the indices should not be read as they stand.
     */
    static List<String> notes(SweepSpec spec, List<Row> rows) {
        List<Row> chart = rows.stream().filter(r -> spec.chartMetrics.contains(r.metric())).toList();
        return spec.type() == SweepSpec.DesignType.MORRIS ? morrisNotes(spec, chart) : sobolNotes(spec, chart);
    }

    private static List<String> sobolNotes(SweepSpec spec, List<Row> rows) {
        int k = spec.factors().size(), base = spec.points().size() / (k + 2);
        int estimates = 0, negative = 0, clearlyNegative = 0, aboveOne = 0, s1AboveSt = 0;
        double maxSt = Double.NEGATIVE_INFINITY, widest = 0;
        String widestAt = "";
        for (Row r : rows) {
            double[] v = r.values();
            if (Double.isNaN(v[0])) continue;
            estimates++;
            if (v[0] < 0) negative++;
            if (v[2] < 0) clearlyNegative++;
            if (v[4] > 1) aboveOne++;
            if (v[1] > v[5]) s1AboveSt++;
            maxSt = Math.max(maxSt, v[3]);
            for (double w : new double[] {v[2] - v[1], v[5] - v[4]})
                if (w > widest) {
                    widest = w;
                    widestAt = r.metric() + " / " + r.factor();
                }
        }
        List<String> out = new ArrayList<>();
        if (estimates == 0) return out;
        long needed = (long) Math.ceil(base * Math.pow(widest / 0.1, 2));
        String size = String.format(java.util.Locale.ROOT,
                "Sobol: the widest 95%% interval is %.2f wide (%s) with a base sample of %d; about %d base samples "
                        + "(%d runs at %d replication%s) would narrow every interval to 0.1",
                widest, widestAt, base, Math.max(needed, base), Math.max(needed, base) * (k + 2) * spec.replications(),
                spec.replications(), spec.replications() == 1 ? "" : "s");
        boolean implausible = clearlyNegative > 0 || aboveOne > 0 || s1AboveSt > 0 || negative > estimates / 4 || widest > 0.5;
        if (implausible)
            out.add(String.format(java.util.Locale.ROOT,
                    "warning: Sobol indices of the chart metrics are implausible or too uncertain to read, too few runs for a stable answer: %d of %d "
                            + "first-order indices are negative (%d below 0 beyond their interval), %d total-order indices "
                            + "are above 1 beyond their interval (the largest is %.2f), and %d first-order indices exceed "
                            + "their total beyond both intervals. %s.",
                    negative, estimates, clearlyNegative, aboveOne, maxSt, s1AboveSt, size));
        else out.add(size + ".");
        return out;
    }

    private static List<String> morrisNotes(SweepSpec spec, List<Row> rows) {
        int trajectories = spec.designParameters.getOrDefault("trajectories", 0);
        double worst = 0;
        String at = "";
        java.util.Map<String, Double> top = new java.util.HashMap<>();
        for (Row r : rows) top.merge(r.metric(), nan0(r.values()[MU_STAR]), Math::max);
        for (Row r : rows) {
            double largest = top.get(r.metric()), conf = r.values()[MU_STAR_CONF];
            if (!(largest > 0) || Double.isNaN(conf)) continue;
            if (conf / largest > worst) {
                worst = conf / largest;
                at = r.metric() + " / " + r.factor();
            }
        }
        List<String> out = new ArrayList<>();
        if (at.isEmpty()) return out;
        long needed = (long) Math.ceil(trajectories * Math.pow(worst / 0.1, 2));
        String text = String.format(java.util.Locale.ROOT,
                "Morris: the widest interval of mu* is +-%.0f%% of the metric's largest mu* (%s) with %d trajectories; about %d "
                        + "trajectories would narrow every interval to +-10%%", 100 * worst, at, trajectories,
                Math.max(needed, trajectories));
        out.add(worst > 0.5 ? "warning: " + text + ", so the ranking of factors is not stable." : text + ".");
        return out;
    }

    private static double nan0(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
