package cocreation.gui;

import cocreation.model.Metric;
import cocreation.output.TimeSeriesChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.RangeType;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The time-series charts of the talk's concepts, styled like the headless run's charts and
 * growing by one point a week. The first is the headline: ideas put to use, on a scale of its
 * own, since beside the hundreds of new ideas the few put to use would be a flat line at zero.
 * Only touched on the Swing thread.
 */
final class LiveCharts {
    /** One chart: its name (file name on export, key of its texts), its series, and whether they are counts. */
    record Spec(String name, List<Metric> metrics, boolean counts) {
    }

    static final Spec HEADLINE = new Spec("put-to-use",
            List.of(Metric.IDEAS_PUT_TO_USE, Metric.INNOVATIONS_USED, Metric.IDEAS_HARMFUL), true);
    static final List<Spec> SPECS = List.of(HEADLINE,
            new Spec("innovations", List.of(Metric.IDEAS_PROPOSED, Metric.INNOVATIONS_NEW, Metric.INNOVATIONS_USEFUL), true),
            new Spec("trust", List.of(Metric.TRUST_WITHIN, Metric.TRUST_BETWEEN, Metric.GENERALIZED_TRUST,
                    Metric.INSTITUTIONAL_TRUST), false),
            new Spec("thinking", List.of(Metric.SYSTEM2_SHARE, Metric.HABIT_MEAN), false),
            new Spec("expectations", List.of(Metric.EXPECTATION, Metric.PRACTICE_VALUE, Metric.EXPECTATION_GAP), false));

    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<YIntervalSeriesCollection> data = new ArrayList<>();

    LiveCharts(Texts texts) {
        for (Spec spec : SPECS) {
            Map<String, double[]> empty = new LinkedHashMap<>();
            for (Metric m : spec.metrics()) empty.put(texts.get("series." + m.column()), new double[0]);
            JFreeChart chart = TimeSeriesChart.build(texts.get("chart." + spec.name() + ".title"), texts.get("chart.week"),
                    texts.get("chart." + spec.name() + ".axis"), new double[0], empty);
            if (spec.counts()) countAxis((NumberAxis) chart.getXYPlot().getRangeAxis());
            charts.add(chart);
            data.add((YIntervalSeriesCollection) chart.getXYPlot().getDataset());
        }
    }

    /** Whole numbers from zero, at least 0..5, so that a few ideas rise visibly and none sit on the floor. */
    private static void countAxis(NumberAxis axis) {
        axis.setRangeType(RangeType.POSITIVE);
        axis.setAutoRangeIncludesZero(true);
        axis.setAutoRangeMinimumSize(5);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    }

    List<JFreeChart> charts() {
        return charts;
    }

    JFreeChart headline() {
        return charts.get(0);
    }

    void clear() {
        for (YIntervalSeriesCollection d : data)
            for (int s = 0; s < d.getSeriesCount(); s++) d.getSeries(s).clear();
    }

    /** Appends weekly metric rows (in {@link Metric} order); one redraw per chart. */
    void append(List<double[]> rows) {
        if (rows.isEmpty()) return;
        for (int c = 0; c < SPECS.size(); c++) {
            List<Metric> metrics = SPECS.get(c).metrics();
            for (int s = 0; s < metrics.size(); s++) {
                YIntervalSeries series = data.get(c).getSeries(s);
                series.setNotify(false);
                for (double[] row : rows) {
                    double y = row[metrics.get(s).ordinal()];
                    if (!Double.isNaN(y)) series.add(row[Metric.STEP.ordinal()], y, y, y);
                }
                series.setNotify(true);
            }
        }
    }

    /** Number of points in a chart's series, for checks. */
    int points(int chart, int series) {
        return data.get(chart).getSeries(series).getItemCount();
    }
}
