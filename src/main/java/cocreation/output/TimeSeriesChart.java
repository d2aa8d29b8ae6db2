package cocreation.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * XY line chart of several series over a shared x, with optional translucent bands
 * (e.g. confidence intervals). NaN y values are skipped; NaN band bounds collapse to y.
 */
public final class TimeSeriesChart {
    private TimeSeriesChart() {}

    /** Lower and upper band bounds, same length as x. */
    public record Band(double[] lower, double[] upper) {}

    public static JFreeChart build(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[]> series) {
        return build(title, xLabel, yLabel, x, series, Map.of());
    }

    /** bands: optional (null or partial map), keyed by series name. */
    public static JFreeChart build(String title, String xLabel, String yLabel, double[] x,
            Map<String, double[]> series, Map<String, Band> bands) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            Band band = bands == null ? null : bands.get(e.getKey());
            data.addSeries(toSeries(e.getKey(), x, e.getValue(), band));
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setAlpha(0.2f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Charts.color(i));
            r.setSeriesFillPaint(i, Charts.color(i));
            r.setSeriesStroke(i, Charts.lineStroke(i));
        }
        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        xAxis.setLowerMargin(0);
        xAxis.setUpperMargin(0);
        Charts.styleAxis(xAxis);
        Charts.styleAxis(yAxis);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, r);
        plot.setDomainGridlinePaint(Charts.gridPaint());
        plot.setRangeGridlinePaint(Charts.gridPaint());
        plot.setDomainGridlineStroke(Charts.gridStroke());
        plot.setRangeGridlineStroke(Charts.gridStroke());
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, Charts.TITLE_FONT, plot, !series.isEmpty());
        Charts.styleChart(chart);
        return chart;
    }

    public static void writePngAndSvg(Path base, String title, String xLabel, String yLabel, double[] x,
            Map<String, double[]> series) throws IOException {
        writePngAndSvg(base, title, xLabel, yLabel, x, series, Map.of());
    }

    /** Writes base.png and base.svg (900x500) atomically. */
    public static void writePngAndSvg(Path base, String title, String xLabel, String yLabel, double[] x,
            Map<String, double[]> series, Map<String, Band> bands) throws IOException {
        Charts.writePngAndSvg(base, build(title, xLabel, yLabel, x, series, bands),
                Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
    }

    /** Inline {@code <svg>} element for HTML; see {@link Charts#toSvg}. */
    public static String toSvg(JFreeChart chart, int width, int height) {
        return Charts.toSvg(chart, width, height);
    }

    private static YIntervalSeries toSeries(String name, double[] x, double[] y, Band band) {
        check(name, "y", x, y);
        if (band != null) {
            check(name, "lower", x, band.lower());
            check(name, "upper", x, band.upper());
        }
        YIntervalSeries s = new YIntervalSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(y[i]) || Double.isNaN(x[i])) continue;
            double lo = band == null || Double.isNaN(band.lower()[i]) ? y[i] : band.lower()[i];
            double hi = band == null || Double.isNaN(band.upper()[i]) ? y[i] : band.upper()[i];
            s.add(x[i], y[i], lo, hi);
        }
        return s;
    }

    private static void check(String name, String what, double[] x, double[] v) {
        if (v == null || v.length != x.length) {
            throw new IllegalArgumentException("Series '" + name + "': " + what + " has length "
                    + (v == null ? "null" : v.length) + ", x has " + x.length);
        }
    }
}
