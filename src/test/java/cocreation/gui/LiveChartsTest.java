package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class LiveChartsTest {
    private static double[] row(int week, double proposed, double isNew, double used) {
        double[] r = new double[Metric.values().length];
        Arrays.fill(r, 0.5);
        r[Metric.STEP.ordinal()] = week;
        r[Metric.IDEAS_PROPOSED.ordinal()] = proposed;
        r[Metric.INNOVATIONS_NEW.ordinal()] = isNew;
        r[Metric.INNOVATIONS_USEFUL.ordinal()] = isNew / 2;
        r[Metric.IDEAS_PUT_TO_USE.ordinal()] = used;
        r[Metric.INNOVATIONS_USED.ordinal()] = used / 2;
        r[Metric.IDEAS_HARMFUL.ordinal()] = 0;
        return r;
    }

    @Test
    void ideasPutToUseHaveAChartAndAScaleOfTheirOwn() {
        LiveCharts charts = new LiveCharts(Texts.of(Language.EN));
        JFreeChart headline = charts.headline();
        assertSame(charts.charts().get(0), headline, "the headline comes first");
        XYPlot plot = headline.getXYPlot();
        assertEquals(1, plot.getRangeAxisCount(), "one axis, its own");
        List<String> series = new ArrayList<>();
        for (int s = 0; s < plot.getDataset().getSeriesCount(); s++) series.add(String.valueOf(plot.getDataset().getSeriesKey(s)));
        assertEquals(List.of("put to use", "new, useful and put to use", "harmful (worse than before)"), series);
        for (int c = 1; c < LiveCharts.SPECS.size(); c++) {
            List<Metric> others = LiveCharts.SPECS.get(c).metrics();
            assertFalse(others.contains(Metric.IDEAS_PUT_TO_USE) || others.contains(Metric.INNOVATIONS_USED), "not beside the new ideas");
        }

        // Hundreds of new ideas and a few put to use: the few must rise on their own scale, not lie flat.
        List<double[]> rows = new ArrayList<>();
        for (int w = 0; w <= 52; w++) rows.add(row(w, 4 * w, 3 * w, w / 13));
        charts.append(rows);
        ValueAxis own = plot.getRangeAxis(), ideas = charts.charts().get(1).getXYPlot().getRangeAxis();
        assertTrue(ideas.getUpperBound() >= 200, "the new ideas' axis: " + ideas.getRange());
        assertTrue(own.getUpperBound() <= 6, "the headline's axis fits its own numbers: " + own.getRange());
        assertEquals(0, own.getLowerBound(), "counts start at zero");
        assertEquals(53, charts.points(0, 0));
    }

    @Test
    void aHeadlineAtZeroSitsOnTheFloorOfAReadableScale() {
        LiveCharts charts = new LiveCharts(Texts.of(Language.NB));
        charts.append(List.of(row(0, 0, 0, 0), row(1, 3, 2, 0)));
        ValueAxis own = charts.headline().getXYPlot().getRangeAxis();
        assertEquals(0, own.getLowerBound());
        assertTrue(own.getUpperBound() >= 5, own.getRange().toString());
        assertEquals("Nyttiggjort", charts.headline().getTitle().getText());
    }
}
