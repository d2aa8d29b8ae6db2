package cocreation.gui;

import cocreation.model.Metric;
import cocreation.output.TimeSeriesChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The four time-series charts of the talk's concepts, styled like the headless run's charts and
 * growing by one point a week. Only touched on the Swing thread.
 */
final class LiveCharts {
    /** One chart: its file name on export, title, value axis and series (metric and plain label). */
    record Spec(String name, String title, String yLabel, List<Metric> metrics, List<String> labels) {
    }

    static final List<Spec> SPECS = List.of(
            new Spec("innovations", "New, useful, put to use", "ideas (cumulative)",
                    List.of(Metric.INNOVATIONS_NEW, Metric.INNOVATIONS_USEFUL, Metric.INNOVATIONS_USED),
                    List.of("new", "new and useful", "new, useful and put to use")),
            new Spec("trust", "Trust within and between sectors", "trust (0..1)",
                    List.of(Metric.TRUST_WITHIN, Metric.TRUST_BETWEEN, Metric.GENERALIZED_TRUST),
                    List.of("within sectors", "between sectors", "generalised trust")),
            new Spec("thinking", "Thinking slowly, and habit", "share / strength (0..1)",
                    List.of(Metric.SYSTEM2_SHARE, Metric.HABIT_MEAN),
                    List.of("System 2 share of decisions", "habit strength")),
            new Spec("expectations", "Rising expectations and practice", "value (0..1)",
                    List.of(Metric.EXPECTATION, Metric.PRACTICE_VALUE, Metric.EXPECTATION_GAP),
                    List.of("expectation", "value of practice", "expectation gap")));

    private final List<JFreeChart> charts = new ArrayList<>();
    private final List<YIntervalSeriesCollection> data = new ArrayList<>();

    LiveCharts() {
        for (Spec spec : SPECS) {
            Map<String, double[]> empty = new LinkedHashMap<>();
            for (String label : spec.labels()) empty.put(label, new double[0]);
            JFreeChart chart = TimeSeriesChart.build(spec.title(), "week", spec.yLabel(), new double[0], empty);
            charts.add(chart);
            data.add((YIntervalSeriesCollection) chart.getXYPlot().getDataset());
        }
    }

    List<JFreeChart> charts() {
        return charts;
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
