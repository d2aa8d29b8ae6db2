package cocreation.gui;

import cocreation.model.Metric;
import cocreation.output.Charts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The innovation pipeline at a glance: the three tests as a funnel (proposed, new, useful, put to
 * use) and, stage by stage, how many ideas sit in the pipeline now and where the others stopped.
 * Bars are named by keys of the window's texts. Only touched on the Swing thread.
 */
final class PipelineView {
    /** A bar: its kind (colour). */
    enum Kind { TEST, NOW, STOPPED, USED }

    /** A bar: its key (its label in the window's texts is bar.KEY), kind and where its number comes from. */
    record Bar(String key, Kind kind, Metric metric) {
    }

    static final List<Bar> TESTS = List.of(
            new Bar("proposed", Kind.TEST, Metric.IDEAS_PROPOSED),
            new Bar("new", Kind.TEST, Metric.INNOVATIONS_NEW),
            new Bar("useful", Kind.TEST, Metric.INNOVATIONS_USEFUL),
            new Bar("innovation", Kind.USED, Metric.INNOVATIONS_USED));

    /** Stages; the three "now" bars have no metric column (counts come from the pipeline). */
    static final List<Bar> STAGES = List.of(
            new Bar("waiting", Kind.NOW, null),
            new Bar("in_production", Kind.NOW, null),
            new Bar("spreading", Kind.NOW, null),
            new Bar("not_heard", Kind.STOPPED, Metric.IDEAS_NOT_HEARD),
            new Bar("shelved", Kind.STOPPED, Metric.IDEAS_SHELVED),
            new Bar("rejected", Kind.STOPPED, Metric.IDEAS_REJECTED),
            new Bar("unfunded", Kind.STOPPED, Metric.IDEAS_UNFUNDED),
            new Bar("no_bidder", Kind.STOPPED, Metric.IDEAS_NO_BIDDER),
            new Bar("stalled", Kind.STOPPED, Metric.IDEAS_STALLED),
            new Bar("withdrawn", Kind.STOPPED, Metric.IDEAS_WITHDRAWN),
            new Bar("not_adopted", Kind.STOPPED, Metric.IDEAS_NOT_ADOPTED),
            new Bar("overtaken", Kind.STOPPED, Metric.IDEAS_OVERTAKEN),
            new Bar("put_to_use", Kind.USED, Metric.IDEAS_PUT_TO_USE));

    static final Color TEST = new Color(0x999999), NOW = Charts.color(0), STOPPED = Charts.color(1), USED = Charts.color(2);

    private final Texts texts;
    private final DefaultCategoryDataset tests = new DefaultCategoryDataset();
    private final DefaultCategoryDataset stages = new DefaultCategoryDataset();
    final JFreeChart testsChart;
    final JFreeChart stagesChart;

    PipelineView(Texts texts) {
        this.texts = texts;
        clear();
        testsChart = chart(texts.get("pipeline.tests"), texts.get("pipeline.cumulative"), tests, TESTS);
        stagesChart = chart(texts.get("pipeline.stages"), texts.get("pipeline.ideas"), stages, STAGES);
    }

    void clear() {
        show(new WeekReport(0, null, 0, 0, 0, 0));
    }

    void show(WeekReport w) {
        for (Bar b : TESTS) tests.setValue(w.value(b.metric()), "ideas", label(b));
        int[] now = {w.waiting(), w.inProduction(), w.spreading()};
        for (int i = 0; i < STAGES.size(); i++) {
            Bar b = STAGES.get(i);
            stages.setValue(b.kind() == Kind.NOW ? now[i] : w.value(b.metric()), "ideas", label(b));
        }
    }

    private String label(Bar b) {
        return texts.get("bar." + b.key());
    }

    /** The number a bar shows now, by its key, for checks. */
    double value(String key) {
        for (Bar b : TESTS) if (b.key().equals(key)) return tests.getValue("ideas", label(b)).doubleValue();
        for (Bar b : STAGES) if (b.key().equals(key)) return stages.getValue("ideas", label(b)).doubleValue();
        throw new IllegalArgumentException("no bar " + key);
    }

    private static JFreeChart chart(String title, String valueLabel, DefaultCategoryDataset data, List<Bar> bars) {
        BarRenderer r = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                switch (bars.get(column).kind()) {
                    case NOW: return NOW;
                    case STOPPED: return STOPPED;
                    case USED: return USED;
                    default: return TEST;
                }
            }
        };
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryAxis stagesAxis = new CategoryAxis();
        stagesAxis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        stagesAxis.setCategoryMargin(0.2);
        stagesAxis.setMaximumCategoryLabelWidthRatio(0.55f); // room for "waiting for review" in a narrow panel
        NumberAxis count = new NumberAxis(valueLabel);
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits(java.util.Locale.ROOT)); // the same labels on every machine
        count.setUpperMargin(0.25); // room for the numbers beside the bars
        count.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        CategoryPlot plot = new CategoryPlot(data, stagesAxis, count, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
