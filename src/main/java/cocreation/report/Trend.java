package cocreation.report;

import cocreation.model.Metric;
import java.util.List;

/**
 * A key outcome drawn over time: the mean over replications with its 95% band, one line per option.
 * Weekly measures (a share of this week's decisions) are averaged over the weeks between points;
 * states and running totals are read at the point's week.
 */
public record Trend(Metric metric, String title, String axis, boolean weekly) {
    public static final List<Trend> ALL = List.of(
            new Trend(Metric.INNOVATIONS_USED, "Innovations put to use (new, useful and adopted)", "innovations (running total)", false),
            new Trend(Metric.PRACTICE_VALUE, "Value of current practice", "value (0 to 1)", false),
            new Trend(Metric.BUDGET_SPENT, "Budget spent on implementation and arenas", "budget units (running total)", false),
            new Trend(Metric.RELATIONAL_VALUE, "Bridging social capital (relational value)", "bridging ties per 100 actors", false),
            new Trend(Metric.TRUST_BETWEEN, "Trust between sectors", "trust (0 to 1)", false),
            new Trend(Metric.SYSTEM2_SHARE, "Deliberate thinking (System 2 share of decisions)", "share of decisions (0 to 1)", true));

    /** At most this many points per line keeps the report small. */
    public static final int MAX_POINTS = 105;

    /** The weeks drawn: every k-th week so there are at most MAX_POINTS, and always the last. */
    public static int[] weeks(int steps) {
        int every = Math.max(1, (steps + MAX_POINTS - 1) / MAX_POINTS);
        int n = (steps + every - 1) / every;
        int[] w = new int[n];
        for (int i = 0; i < n; i++) w[i] = Math.min(steps, (i + 1) * every);
        return w;
    }

    /**
     * This trend's values at the given weeks from a run's rows (one per week, in order, week in
     * the STEP column); NaN where the run has no such week.
     */
    public double[] sample(List<double[]> rows, int[] weeks) {
        double[] byWeek = new double[weeks[weeks.length - 1] + 1];
        java.util.Arrays.fill(byWeek, Double.NaN);
        for (double[] r : rows) {
            int week = (int) r[Metric.STEP.ordinal()];
            if (week >= 1 && week < byWeek.length) byWeek[week] = r[metric.ordinal()];
        }
        double[] out = new double[weeks.length];
        int previous = 0;
        for (int i = 0; i < weeks.length; i++) {
            if (!weekly) out[i] = byWeek[weeks[i]];
            else {
                double sum = 0;
                int n = 0;
                for (int w = previous + 1; w <= weeks[i]; w++)
                    if (Double.isFinite(byWeek[w])) {
                        sum += byWeek[w];
                        n++;
                    }
                out[i] = n == 0 ? Double.NaN : sum / n;
            }
            previous = weeks[i];
        }
        return out;
    }
}
