package cocreation.validation;

import cocreation.output.BarChart;
import cocreation.output.Charts;
import cocreation.output.TimeSeriesChart;
import cocreation.report.Html;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.Factor;
import cocreation.statistics.Statistics;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;

/**
 * The charts of a pattern, as inline SVG: for each metric its checks use, the mean and 95% interval
 * (Student t over replicates) at every design point of every arm. Bars over the experiment's first
 * factor, one colour per arm and value of the other factors; or, for a check over a window of weeks,
 * lines over the weeks.
 */
final class PatternCharts {
    static final int WIDTH = Html.CHART_WIDTH, HEIGHT = Html.CHART_HEIGHT;

    /** A chart and its caption. */
    record Figure(String svg, String caption) {}

    private PatternCharts() {
    }

    static List<Figure> of(Validation.Outcome o) throws IOException {
        Map<String, Boolean> drawn = new LinkedHashMap<>();
        for (Finding f : o.findings()) {
            Check c = f.check();
            if (!c.kind().ofMetric()) continue;
            drawn.merge(c.metric(), c.weeks() != null, Boolean::logicalOr);
        }
        List<Figure> out = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : drawn.entrySet())
            out.add(e.getValue() ? overTime(o, e.getKey()) : bars(o, e.getKey()));
        return out;
    }

    private static Figure bars(Validation.Outcome o, String metric) {
        Factor first = o.arms().values().iterator().next().spec().factors().get(0);
        List<String> categories = new ArrayList<>();
        Map<String, double[]> means = new LinkedHashMap<>(), errors = new LinkedHashMap<>();
        for (Runs r : o.arms().values())
            for (DesignPoint p : r.spec().points()) {
                String c = Runs.label(p.values().get(first.path()));
                if (!categories.contains(c)) categories.add(c);
            }
        for (Map.Entry<String, Runs> arm : o.arms().entrySet()) {
            Runs r = arm.getValue();
            double[][] values = r.byPoint(metric);
            for (DesignPoint p : r.spec().points()) {
                String series = seriesName(arm.getKey(), p, first.path());
                int c = categories.indexOf(Runs.label(p.values().get(first.path())));
                Statistics.Summary s = Statistics.summarize(Effects.finite(values[p.index()]));
                means.computeIfAbsent(series, k -> nans(categories.size()))[c] = s.mean();
                errors.computeIfAbsent(series, k -> nans(categories.size()))[c] = (s.ciHigh() - s.ciLow()) / 2;
            }
        }
        JFreeChart chart = BarChart.build(metric, first.path(), metric, categories, means, errors, false);
        if (means.size() == 1) chart.removeLegend();
        return new Figure(Html.svg(Charts.toSvg(chart, WIDTH, HEIGHT)),
                metric + " at the end of the run by " + first.path() + ": mean over the replicates of each point, "
                        + "error bars the 95% interval of the mean.");
    }

    private static Figure overTime(Validation.Outcome o, String metric) throws IOException {
        double[] x = null;
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, TimeSeriesChart.Band> bands = new LinkedHashMap<>();
        for (Map.Entry<String, Runs> arm : o.arms().entrySet()) {
            Runs r = arm.getValue();
            List<TreeMap<Integer, double[]>> byPoint = r.seriesByPoint(metric);
            for (DesignPoint p : r.spec().points()) {
                TreeMap<Integer, double[]> weeks = byPoint.get(p.index());
                if (x == null) x = weeks.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
                double[] mean = nans(x.length), low = nans(x.length), high = nans(x.length);
                int i = 0;
                for (double[] v : weeks.values()) {
                    if (i >= x.length) break;
                    Statistics.Summary s = Statistics.summarize(Effects.finite(v));
                    mean[i] = s.mean();
                    low[i] = s.ciLow();
                    high[i++] = s.ciHigh();
                }
                String name = seriesName(arm.getKey(), p, null);
                series.put(name, mean);
                bands.put(name, new TimeSeriesChart.Band(low, high));
            }
        }
        JFreeChart chart = TimeSeriesChart.build(metric + " over time", "week", metric, x, series, bands);
        return new Figure(Html.svg(Charts.toSvg(chart, WIDTH, HEIGHT)),
                metric + " by week: mean over the replicates of each point, bands the 95% interval of the mean.");
    }

    /** The arm and the point's values of every factor but {@code skip}, e.g. "facilitated, population.diversity=1". */
    private static String seriesName(String arm, DesignPoint p, String skip) {
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        if (!arm.isEmpty()) parts.add(arm);
        p.values().forEach((k, v) -> {
            if (!k.equals(skip)) parts.add(shortPath(k) + "=" + Runs.label(v));
        });
        return parts.isEmpty() ? "all runs" : String.join(", ", parts);
    }

    /** The last part of a scenario path: "mean_degree" for network.mean_degree. */
    static String shortPath(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static double[] nans(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
