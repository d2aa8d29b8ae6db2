package cocreation.report;

import cocreation.output.Charts;
import cocreation.statistics.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The report's first chart: each option's difference from the baseline on the key outcomes, as a
 * percentage of the baseline's mean, with its 95% interval (a forest plot), one colour per option.
 */
final class ForestPlot {
    /** The outcomes it shows, top to bottom. */
    static final List<Outcome> ROWS = List.of(Outcome.PRIMARY, Outcome.INNOVATION.get(3), Outcome.COST.get(0),
            Outcome.RELATIONAL.get(0), Outcome.RELATIONAL.get(1));

    private ForestPlot() {
    }

    /** [estimate, low, high] in percent of the baseline's mean; NaN where the baseline's mean is 0 or not measured. */
    static double[] percent(Outcome o, Estimate baselineMean, Estimate difference, Estimate ratio) {
        double base = baselineMean.value();
        if (o.scale() != Outcome.Scale.LEVEL && ratio.bounded() && base > 0)
            return new double[] {100 * (ratio.value() - 1), 100 * (ratio.low() - 1), 100 * (ratio.high() - 1)};
        if (!(Math.abs(base) > 0) || difference.n() == 0 || !difference.bounded()) return new double[] {Double.NaN, Double.NaN, Double.NaN};
        double s = 100 / Math.abs(base);
        return new double[] {s * difference.value(), s * difference.low(), s * difference.high()};
    }

    static JFreeChart build(Comparison c) {
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        int options = c.options.size() - 1, series = 0;
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setCapLength(6);
        r.setErrorStroke(new BasicStroke(2f));
        for (int k = 0; k < c.options.size(); k++) {
            if (k == c.baseline) continue;
            XYIntervalSeries s = new XYIntervalSeries(c.option(k).name());
            for (int row = 0; row < ROWS.size(); row++) {
                Outcome o = ROWS.get(row);
                double[] p = percent(o, c.mean(o.column(), c.baseline), c.difference(o.column(), k), c.ratio(o.column(), k));
                if (Double.isNaN(p[0])) continue;
                // options side by side within a row, top to bottom in their order
                double y = ROWS.size() - 1 - row + 0.25 - 0.5 * (series + 0.5) / options;
                s.add(p[0], p[1], p[2], y, y, y);
            }
            data.addSeries(s);
            r.setSeriesPaint(series, Charts.color(k));
            r.setSeriesShapesVisible(series, true);
            r.setSeriesLinesVisible(series, false);
            series++;
        }
        r.setErrorPaint(null); // error bars in each series' colour
        String[] labels = new String[ROWS.size()];
        for (int row = 0; row < ROWS.size(); row++) labels[ROWS.size() - 1 - row] = Wording.capitalize(ROWS.get(row).term());
        SymbolAxis rows = new SymbolAxis(null, labels);
        rows.setGridBandsVisible(false);
        NumberAxis x = new NumberAxis("difference from " + c.baselineName() + ", % of its mean (95% interval)");
        Charts.styleAxis(x);
        Charts.styleAxis(rows);
        XYPlot plot = new XYPlot(data, x, rows, r);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.VERTICAL);
        plot.addDomainMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        plot.setDomainGridlinePaint(Charts.gridPaint());
        plot.setRangeGridlinePaint(Charts.gridPaint());
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart("Each option against " + c.baselineName(), Charts.TITLE_FONT, plot, true);
        Charts.styleChart(chart);
        return chart;
    }
}
