package cocreation.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Grouped bar chart with optional symmetric error bars (value +- half-width), e.g. Sobol
 * first-order and total indices per parameter. NaN values are left out; NaN errors draw no bar.
 */
public final class BarChart {
    private BarChart() {}

    /** Single series, optional errors (null for none). */
    public static JFreeChart build(String title, String categoryLabel, String valueLabel,
            List<String> categories, double[] values, double[] errors, boolean horizontal) {
        return build(title, categoryLabel, valueLabel, categories, Map.of(valueLabel, values),
                errors == null ? Map.of() : Map.of(valueLabel, errors), horizontal);
    }

    /** Several series (grouped bars); errors keyed by series name, optional (null or partial). */
    public static JFreeChart build(String title, String categoryLabel, String valueLabel,
            List<String> categories, Map<String, double[]> values, Map<String, double[]> errors,
            boolean horizontal) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            double[] v = e.getValue();
            double[] err = errors == null ? null : errors.get(e.getKey());
            check(e.getKey(), "values", categories, v);
            if (err != null) check(e.getKey(), "errors", categories, err);
            for (int i = 0; i < categories.size(); i++) {
                Double mean = Double.isNaN(v[i]) ? null : v[i];
                Double sd = err == null || Double.isNaN(err[i]) ? null : err[i];
                data.add(mean, sd, e.getKey(), categories.get(i));
            }
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setErrorIndicatorStroke(new BasicStroke(1.5f));
        for (int i = 0; i < values.size(); i++) r.setSeriesPaint(i, Charts.color(i));
        CategoryAxis catAxis = new CategoryAxis(categoryLabel);
        NumberAxis valAxis = new NumberAxis(valueLabel);
        Charts.styleAxis(catAxis);
        Charts.styleAxis(valAxis);
        catAxis.setCategoryMargin(0.2);
        catAxis.setMaximumCategoryLabelLines(2);
        if (!horizontal && categories.size() > 6) {
            catAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        CategoryPlot plot = new CategoryPlot(data, catAxis, valAxis, r);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        if (horizontal) plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT); // value axis at bottom
        plot.setRangeGridlinePaint(Charts.gridPaint());
        plot.setRangeGridlineStroke(Charts.gridStroke());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeZeroBaselineVisible(true);
        JFreeChart chart = new JFreeChart(title, Charts.TITLE_FONT, plot, values.size() > 1);
        Charts.styleChart(chart);
        return chart;
    }

    /** Writes base.png and base.svg (900x500) atomically. */
    public static void writePngAndSvg(Path base, JFreeChart chart) throws IOException {
        Charts.writePngAndSvg(base, chart, Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT);
    }

    public static void writePngAndSvg(Path base, String title, String categoryLabel, String valueLabel,
            List<String> categories, Map<String, double[]> values, Map<String, double[]> errors,
            boolean horizontal) throws IOException {
        writePngAndSvg(base, build(title, categoryLabel, valueLabel, categories, values, errors, horizontal));
    }

    private static void check(String name, String what, List<String> categories, double[] v) {
        if (v == null || v.length != categories.size()) {
            throw new IllegalArgumentException("Series '" + name + "': " + what + " has length "
                    + (v == null ? "null" : v.length) + ", categories has " + categories.size());
        }
    }
}
