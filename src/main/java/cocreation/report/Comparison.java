package cocreation.report;

import cocreation.statistics.Estimate;
import java.util.ArrayList;
import java.util.List;

/**
 * The replicated runs of several options, with every estimate the report and the CSV show:
 * means per option, and differences and ratios against the baseline, paired by replication.
 */
public final class Comparison {
    public final List<Alternative> options;
    public final int baseline;
    public final int replications;
    public final long masterSeed;
    public final int steps;
    public final int[] weeks;
    /** The {@code --set} overrides applied to every option. */
    public final List<String> overrides;
    /** How the options fare over the sampled worlds of compare --uncertain; null without it. */
    public final Robustness robustness;
    private final List<OptionRun> runs;

    public Comparison(List<Alternative> options, int baseline, int replications, long masterSeed, List<String> overrides,
                      List<OptionRun> runs) {
        this(options, baseline, replications, masterSeed, overrides, runs, null);
    }

    /** With the options' standing over sampled worlds (compare --uncertain), or null. */
    public Comparison(List<Alternative> options, int baseline, int replications, long masterSeed, List<String> overrides,
                      List<OptionRun> runs, Robustness robustness) {
        if (runs.size() != options.size() * replications) throw new IllegalArgumentException("expected one run per option and replication");
        for (int j = 0; j < runs.size(); j++)
            if (runs.get(j).option() != j / replications || runs.get(j).replication() != j % replications)
                throw new IllegalArgumentException("runs must be ordered by option, then replication");
        this.options = List.copyOf(options);
        this.baseline = baseline;
        this.replications = replications;
        this.masterSeed = masterSeed;
        this.steps = options.get(0).scenario().steps;
        this.weeks = Trend.weeks(steps);
        this.overrides = List.copyOf(overrides);
        this.runs = List.copyOf(runs);
        this.robustness = robustness;
        if (robustness != null && robustness.options() != options.size())
            throw new IllegalArgumentException("robustness of " + robustness.options() + " options for " + options.size());
    }

    public Alternative option(int k) {
        return options.get(k);
    }

    public String baselineName() {
        return options.get(baseline).name();
    }

    /**
     * "kommune-3: municipality.drift: 0.0 → 0.02" for every option's difference from the baseline in
     * the world it assumes rather than in what the municipality decides (see {@link ScenarioDiff#inTheWorld}).
     */
    public List<String> worldDifferences() {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < options.size(); k++) {
            if (k == baseline) continue;
            for (String d : ScenarioDiff.inTheWorld(options.get(baseline).scenario(), options.get(k).scenario())) {
                out.add(options.get(k).name() + ": " + d);
            }
        }
        return out;
    }

    public long seed(int replication) {
        return runs.get(replication).seed();
    }

    /** One run: option k, replication i. */
    public OptionRun run(int k, int i) {
        return runs.get(k * replications + i);
    }

    /** An outcome column over option k's replications; NaN where a run lacks it. */
    public double[] values(String column, int k) {
        double[] v = new double[replications];
        for (int i = 0; i < replications; i++) {
            Double x = run(k, i).values().get(column);
            v[i] = x == null ? Double.NaN : x;
        }
        return v;
    }

    public Estimate mean(String column, int k) {
        return Intervals.mean(values(column, k));
    }

    /** Option k minus the baseline, paired by replication. */
    public Estimate difference(String column, int k) {
        return Intervals.difference(values(column, k), values(column, baseline));
    }

    /** Option k over the baseline (ratio of means, Fieller's interval). */
    public Estimate ratio(String column, int k) {
        return Intervals.ratio(values(column, k), values(column, baseline));
    }

    /** Budget spent per unit of value gained, pooled over replications: mean budget / mean value. */
    public Estimate costPerValue(int k) {
        return Intervals.ratio(values("budget_spent", k), values("value_gained", k));
    }

    /** Option k's cost per unit of value over the baseline's (bootstrap interval). */
    public Estimate costRatio(int k) {
        return Intervals.ratioOfRatios(values("budget_spent", k), values("value_gained", k),
                values("budget_spent", baseline), values("value_gained", baseline));
    }

    /** How a mechanism moves with the primary outcome across replications of the same option. */
    public Estimate withinCorrelation(String mechanism) {
        int n = runs.size();
        double[] x = new double[n], y = new double[n];
        int[] group = new int[n];
        for (int j = 0; j < n; j++) {
            OptionRun r = runs.get(j);
            x[j] = value(r, mechanism);
            y[j] = value(r, Outcome.PRIMARY.column());
            group[j] = r.option();
        }
        return Intervals.withinCorrelation(x, y, group);
    }

    private static double value(OptionRun r, String column) {
        Double v = r.values().get(column);
        return v == null ? Double.NaN : v;
    }

    /** Mean and 95% band of trend t for option k at each of {@link #weeks}: {mean, low, high}. */
    public double[][] trend(int t, int k) {
        double[][] out = new double[3][weeks.length];
        double[] at = new double[replications];
        for (int p = 0; p < weeks.length; p++) {
            for (int i = 0; i < replications; i++) at[i] = run(k, i).series()[t][p];
            Estimate e = Intervals.mean(at);
            out[0][p] = e.value();
            out[1][p] = e.low();
            out[2][p] = e.high();
        }
        return out;
    }

    /** "over 10 years", "over 26 weeks": the period of running totals. */
    public String period() {
        if (steps % 52 == 0) return "over " + (steps == 52 ? "1 year" : steps / 52 + " years");
        return "over " + steps + " weeks";
    }
}
