package cocreation.report;

import cocreation.output.AtomicFiles;
import cocreation.output.TidyCsv;
import cocreation.run.DataPackage;
import cocreation.statistics.Estimate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a comparison into a folder: report.html for people; comparison.csv (every estimate),
 * replications.csv (every run's final values) and timeseries.csv (the charts' lines and bands),
 * tidy, for R or pandas. Nothing depends on the clock or the number of threads.
 */
public final class ComparisonFiles {
    public static final List<String> ESTIMATE_HEADER = List.of("group", "outcome", "option", "baseline", "statistic", "method",
            "estimate", "ci_low", "ci_high", "n", "clear_difference");

    private ComparisonFiles() {
    }

    public static void write(Comparison c, Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve("report.html"), ReportPage.html(c));
        TidyCsv.write(dir.resolve("comparison.csv"), ESTIMATE_HEADER, estimates(c));
        writeReplications(c, dir.resolve("replications.csv"));
        writeTimeseries(c, dir.resolve("timeseries.csv"));
        if (c.robustness != null) writeRobustness(c, dir);
        DataPackage.write(dir, "comparison", "Tables of a cocreation comparison of " + c.options.size() + " options, "
                + c.replications + " replications each, the options sharing their seeds replication by replication"
                + (c.robustness == null ? "." : ", and of the options over " + c.robustness.worlds.size() + " sampled worlds."),
                List.of("comparison.csv", "replications.csv", "timeseries.csv", "robustness.csv", "worlds.csv"), COLUMNS);
    }

    /** robustness.csv: each option's standing per outcome; worlds.csv: every option's mean in every world. */
    private static void writeRobustness(Comparison c, Path dir) throws IOException {
        Robustness r = c.robustness;
        List<List<Object>> standings = new ArrayList<>();
        List<List<Object>> worlds = new ArrayList<>();
        for (int o = 0; o < Robustness.OUTCOMES.size(); o++) {
            String outcome = Robustness.OUTCOMES.get(o);
            int robust = r.mostRobust(o);
            for (Robustness.Standing s : r.standings(o))
                standings.add(Arrays.asList(outcome, c.option(s.option()).name(), r.worlds.size(), s.best(),
                        (double) s.best() / r.worlds.size(), s.meanRegret(), s.maxRegret(), s.worst(), s.worstWorld() + 1,
                        s.option() == robust ? "yes" : "no"));
            for (Robustness.World w : r.worlds)
                for (int k = 0; k < c.options.size(); k++) {
                    Estimate e = r.estimate(w.index(), k, o);
                    List<Object> row = new ArrayList<>(List.of(w.index() + 1));
                    for (Map.Entry<String, Object> v : w.values().entrySet()) row.add(v.getValue());
                    row.addAll(Arrays.asList(c.option(k).name(), outcome, e.value(), e.low(), e.high(), e.n(), r.regret(w.index(), k, o),
                            r.regret(w.index(), k, o) == 0 ? "yes" : "no"));
                    worlds.add(row);
                }
        }
        TidyCsv.write(dir.resolve("robustness.csv"), List.of("outcome", "option", "worlds", "best_count", "best_share", "regret_mean",
                "regret_max", "worst_case", "worst_world", "most_robust"), standings);
        List<String> header = new ArrayList<>(List.of("world"));
        for (Uncertainty u : r.uncertainties) header.add(cocreation.scenario.Columns.name(u.path()));
        header.addAll(List.of("option", "outcome", "mean", "ci_low", "ci_high", "n", "regret", "best"));
        TidyCsv.write(dir.resolve("worlds.csv"), header, worlds);
    }

    /** The meanings of the comparison's own columns, for datapackage.json. */
    static final Map<String, DataPackage.Column> COLUMNS = Map.ofEntries(
            Map.entry("group", new DataPackage.Column("string", "the part of the report: innovation, cost, relational or mechanism")),
            Map.entry("outcome", new DataPackage.Column("string", "the outcome estimated: a column of replications.csv "
                    + "(cost_per_value_pooled: the budget spent per unit of net value added, over all runs of the option)")),
            Map.entry("option", new DataPackage.Column("string", "the option (scenario) the row is about; all: every option pooled")),
            Map.entry("baseline", new DataPackage.Column("string", "the option compared with (empty for an option's own mean)")),
            Map.entry("statistic", new DataPackage.Column("string", "mean, difference (option minus baseline), ratio (option over "
                    + "baseline), ratio_of_means, or a within-option correlation with the primary outcome")),
            Map.entry("method", new DataPackage.Column("string", "how the interval was made: t, paired_t (runs paired by seed), "
                    + "fieller (ratio), bootstrap_percentile, fisher_z (correlation)")),
            Map.entry("estimate", new DataPackage.Column("number", "the estimate")),
            Map.entry("clear_difference", new DataPackage.Column("string", "true where the 95% interval excludes no difference "
                    + "(0 for differences, 1 for ratios), false where it does not, empty where it does not apply")),
            Map.entry("replication", new DataPackage.Column("integer", "the replication, from 1; options share its seed")),
            Map.entry("week", new DataPackage.Column("integer", "week of the run (1 = first week)")),
            Map.entry("worlds", new DataPackage.Column("integer", "worlds sampled (one Latin hypercube of the uncertainties)")),
            Map.entry("world", new DataPackage.Column("integer", "the sampled world, from 1 (its uncertainties' values are the "
                    + "parameter columns of worlds.csv)")),
            Map.entry("best_count", new DataPackage.Column("integer", "worlds in which the option has the highest mean (ties count for each)")),
            Map.entry("best_share", new DataPackage.Column("number", "best_count over worlds")),
            Map.entry("regret_mean", new DataPackage.Column("number", "mean over the worlds of how far the option's mean falls short of "
                    + "the best option's in that world")),
            Map.entry("regret_max", new DataPackage.Column("number", "the largest such shortfall over the worlds (the option with the "
                    + "least is the most robust)")),
            Map.entry("worst_case", new DataPackage.Column("number", "the option's lowest mean over the worlds")),
            Map.entry("worst_world", new DataPackage.Column("integer", "the world of that worst case")),
            Map.entry("most_robust", new DataPackage.Column("string", "yes for the option with the least maximum regret on the outcome")),
            Map.entry("regret", new DataPackage.Column("number", "the best option's mean in the world minus this option's")),
            Map.entry("best", new DataPackage.Column("string", "yes if the option has the highest mean in the world")),
            Map.entry("metric", new DataPackage.Column("string", "the metric whose mean and 95% interval over the replications "
                    + "the row gives (a column of a run's timeseries.csv)")));

    /**
     * One row per estimate: means per option, differences and ratios against the baseline, correlations.
     * clear_difference is empty where it does not apply (means) or nothing could be estimated (n = 0).
     */
    static List<List<Object>> estimates(Comparison c) {
        List<List<Object>> rows = new ArrayList<>();
        String base = c.baselineName();
        for (Outcome o : Outcome.all()) {
            String group = o.group().name().toLowerCase();
            for (int k = 0; k < c.options.size(); k++)
                rows.add(row(group, o.column(), c.option(k).name(), "", "mean", "t", c.mean(o.column(), k), null));
            for (int k = 0; k < c.options.size(); k++) {
                if (k == c.baseline) continue;
                Estimate d = c.difference(o.column(), k);
                rows.add(row(group, o.column(), c.option(k).name(), base, "difference", "paired_t", d, Wording.clear(d)));
                if (o.scale() != Outcome.Scale.LEVEL) {
                    Estimate r = c.ratio(o.column(), k);
                    rows.add(row(group, o.column(), c.option(k).name(), base, "ratio", "fieller", r, r.excludes(1)));
                }
            }
        }
        for (int k = 0; k < c.options.size(); k++)
            rows.add(row("cost", "cost_per_value_pooled", c.option(k).name(), "", "ratio_of_means", "fieller", c.costPerValue(k), null));
        for (int k = 0; k < c.options.size(); k++) {
            if (k == c.baseline) continue;
            Estimate r = c.costRatio(k);
            rows.add(row("cost", "cost_per_value_pooled", c.option(k).name(), base, "ratio", "bootstrap_percentile", r, r.excludes(1)));
        }
        for (Outcome o : Outcome.MECHANISM)
            rows.add(row("mechanism", o.column(), "all", "", "within_option_correlation_with_" + Outcome.PRIMARY.column(),
                    "fisher_z", c.withinCorrelation(o.column()), null));
        return rows;
    }

    private static List<Object> row(String group, String outcome, String option, String baseline, String statistic, String method,
                                    Estimate e, Boolean clear) {
        return Arrays.asList(group, outcome, option, baseline, statistic, method, e.value(), e.low(), e.high(), e.n(),
                clear == null || e.n() == 0 ? "" : clear.toString());
    }

    private static void writeReplications(Comparison c, Path file) throws IOException {
        List<String> columns = new ArrayList<>(c.run(0, 0).values().keySet());
        List<String> header = new ArrayList<>(List.of("option", "replication", "seed"));
        header.addAll(columns);
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < c.options.size(); k++)
            for (int i = 0; i < c.replications; i++) {
                OptionRun r = c.run(k, i);
                List<Object> row = new ArrayList<>(List.of(c.option(k).name(), i + 1, r.seed()));
                for (String col : columns) row.add(r.values().getOrDefault(col, Double.NaN));
                rows.add(row);
            }
        TidyCsv.write(file, header, rows);
    }

    private static void writeTimeseries(Comparison c, Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int t = 0; t < Trend.ALL.size(); t++)
            for (int k = 0; k < c.options.size(); k++) {
                double[][] m = c.trend(t, k);
                for (int p = 0; p < c.weeks.length; p++)
                    rows.add(List.of(c.option(k).name(), Trend.ALL.get(t).metric().column(), c.weeks[p], m[0][p], m[1][p], m[2][p]));
            }
        TidyCsv.write(file, List.of("option", "metric", "week", "mean", "ci_low", "ci_high"), rows);
    }
}
