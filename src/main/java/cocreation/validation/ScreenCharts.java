package cocreation.validation;

import cocreation.output.BarChart;
import cocreation.output.Charts;
import cocreation.report.Html;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The lever screen's two charts, in the look of the other charts (built on {@link BarChart}):
 * the strongest ratio of each screened parameter, sorted, with the talk's levers in another colour;
 * and the levers' ratios on each key output. Ratios are drawn on a log scale (they span decades)
 * with the threshold as a dashed line; undefined ones are left out, infinite ones (an output that
 * does not vary between replicates) reach the right edge.
 */
final class ScreenCharts {
    static final String STRONGEST = "lever-screen-strongest", LEVERS = "lever-screen-levers";
    static final int WIDTH = 900;
    /** The lowest ratio an axis shows: the power of ten below the smallest one drawn, but no lower than this. */
    private static final double LOWEST = 0.01;

    /** A chart, its file name (without extension), size and caption. */
    record Figure(String name, JFreeChart chart, int width, int height, String caption) {
        /** Inline SVG for the page, scaled by its own viewBox. */
        String svg() {
            String s = Charts.toSvg(chart, width, height);
            return Html.svg(s.contains("viewBox") ? s : s.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + width + " " + height + "\" "));
        }
    }

    private ScreenCharts() {
    }

    static List<Figure> of(LeverScreen.Result r) {
        return List.of(strongest(r), levers(r));
    }

    /** Writes each chart as PNG and SVG into the folder. */
    static void write(Path dir, List<Figure> figures) throws IOException {
        for (Figure f : figures) Charts.writePngAndSvg(dir.resolve(f.name()), f.chart(), f.width(), f.height());
    }

    private static Figure strongest(LeverScreen.Result r) {
        List<LeverScreen.Parameter> sorted = new ArrayList<>(r.parameters());
        sorted.removeIf(p -> Double.isNaN(p.strongestRatio()));
        sorted.sort(Comparator.comparingDouble(LeverScreen.Parameter::strongestRatio).reversed()
                .thenComparing(LeverScreen.Parameter::path));
        List<String> names = sorted.stream().map(LeverScreen.Parameter::path).toList();
        double[] values = sorted.stream().mapToDouble(LeverScreen.Parameter::strongestRatio).toArray();
        double top = top(values, r.screen().threshold());
        JFreeChart chart = BarChart.build("Strongest effect of each parameter, against replicate noise", "parameter",
                "mu* / replicate noise, on its most affected output (log scale)", names, clip(values, top), null, true);
        Set<String> levers = Set.copyOf(r.screen().levers());
        CategoryPlot plot = logScale(chart, floor(values), top, r.screen().threshold(), new StatisticalBarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return levers.contains(names.get(column)) ? Charts.color(1) : Charts.color(0);
            }
        });
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("a lever of the talk", Charts.color(1)));
        legend.add(new LegendItem("another parameter", Charts.color(0)));
        plot.setFixedLegendItems(legend);
        chart.addLegend(new org.jfree.chart.title.LegendTitle(plot));
        styleLegend(chart);
        int height = 140 + 15 * names.size();
        int undefined = r.parameters().size() - names.size();
        return new Figure(STRONGEST, chart, WIDTH, height, "Each screened parameter's largest ratio of mu* to replicate noise "
                + "over all " + r.outputs().size() + " outputs, largest first; the dashed line is the threshold ("
                + LeverScreen.text(r.screen().threshold()) + "), below which a parameter moves nothing the noise could not."
                + (undefined > 0 ? " " + undefined + " parameters have no defined ratio and are not drawn." : ""));
    }

    private static Figure levers(LeverScreen.Result r) {
        List<LeverScreen.Parameter> levers = r.levers();
        List<String> names = levers.stream().map(LeverScreen.Parameter::path).toList();
        Map<String, double[]> series = new LinkedHashMap<>();
        double top = r.screen().threshold();
        for (int k = 0; k < r.screen().keyOutputs().size(); k++) {
            int key = k;
            double[] v = levers.stream().mapToDouble(p -> p.keyRatios()[key]).toArray();
            series.put(r.screen().keyOutputs().get(k), v);
            top = Math.max(top, top(v, r.screen().threshold()));
        }
        double edge = top;
        series.replaceAll((k, v) -> clip(v, edge));
        JFreeChart chart = BarChart.build("The talk's levers on the key outputs", "lever",
                "mu* / replicate noise (log scale)", names, series, null, true);
        StatisticalBarRenderer bars = new StatisticalBarRenderer();
        for (int i = 0; i < series.size(); i++) bars.setSeriesPaint(i, Charts.color(i));
        double floor = floor(series.values().toArray(double[][]::new));
        logScale(chart, floor, edge, r.screen().threshold(), bars);
        styleLegend(chart);
        int height = 160 + (8 + 9 * series.size()) * names.size();
        return new Figure(LEVERS, chart, WIDTH, height, "Each lever's ratio of mu* to replicate noise on each key output; "
                + "a lever moves a key output where its bar crosses the dashed threshold (" + LeverScreen.text(r.screen().threshold())
                + "). Missing bars: no defined ratio, or below " + LeverScreen.text(floor) + ".");
    }

    /** Replaces the chart's value axis by a log axis from floor to top, with the threshold line and the given bars. */
    private static CategoryPlot logScale(JFreeChart chart, double floor, double top, double threshold, StatisticalBarRenderer bars) {
        CategoryPlot plot = chart.getCategoryPlot();
        ValueAxis linear = plot.getRangeAxis();
        LogAxis log = new LogAxis(linear.getLabel());
        log.setLabelFont(linear.getLabelFont());
        log.setLabelPaint(linear.getLabelPaint());
        log.setTickLabelFont(linear.getTickLabelFont());
        log.setTickLabelPaint(linear.getTickLabelPaint());
        log.setAxisLinePaint(linear.getAxisLinePaint());
        log.setTickMarkPaint(linear.getTickMarkPaint());
        log.setNumberFormatOverride(new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        log.setTickUnit(new NumberTickUnit(1), false, true); // a tick per decade
        log.setRange(floor * 0.999, top); // just below the floor, so that its tick is drawn
        plot.getDomainAxis().setLowerMargin(0.01);
        plot.getDomainAxis().setUpperMargin(0.01);
        plot.setRangeAxis(log);
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        plot.setRenderer(bars);
        ValueMarker line = new ValueMarker(threshold, Color.DARK_GRAY,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel("threshold " + LeverScreen.text(threshold));
        line.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        line.setLabelBackgroundColor(Color.WHITE);
        plot.addRangeMarker(line);
        return plot;
    }

    private static void styleLegend(JFreeChart chart) {
        if (chart.getLegend() == null) return;
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    }

    /** The axis start: the power of ten at or below the smallest positive ratio, within LOWEST..1. */
    private static double floor(double[]... values) {
        double min = 1;
        for (double[] vs : values) for (double v : vs) if (v > 0 && v < min) min = v;
        return Math.max(LOWEST, Math.pow(10, Math.floor(Math.log10(min))));
    }

    /** The axis end: twice the largest finite ratio (and the threshold), so that infinite ones show at the edge. */
    private static double top(double[] values, double threshold) {
        double max = threshold;
        for (double v : values) if (Double.isFinite(v)) max = Math.max(max, v);
        return max * 2;
    }

    private static double[] clip(double[] values, double top) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) if (out[i] > top) out[i] = top;
        return out;
    }
}
