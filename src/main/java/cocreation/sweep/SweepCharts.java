package cocreation.sweep;

import cocreation.output.BarChart;
import cocreation.output.MorrisPlane;
import cocreation.output.TimeSeriesChart;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.Factor;
import cocreation.statistics.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The charts of a sweep (PNG and SVG). Grid and Latin hypercube: each chart metric against each
 * factor, the mean over all runs at each factor value with its 95% Student-t band (other factors
 * vary within a group, except in a grid, which draws a line per level of one other factor; a Latin
 * hypercube's range factors are cut into up to 10 bins of equal count). Morris and Sobol: one bar chart of the indices per metric. Metrics without values are
 * left out. Charts are independent, so they are drawn in parallel.
 */
final class SweepCharts {
    private static final int BINS = 10;

    private final SweepSpec spec;
    private final Map<Integer, RunRecord> records;
    private final List<Sensitivity.Row> sensitivity;

    SweepCharts(SweepSpec spec, Map<Integer, RunRecord> records, List<Sensitivity.Row> sensitivity) {
        this.spec = spec;
        this.records = records;
        this.sensitivity = sensitivity;
    }

    void write(Path dir, int threads) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Callable<Void>> charts = new ArrayList<>();
        for (String metric : spec.chartMetrics) {
            int m = RunRecord.METRICS.indexOf(metric);
            if (spec.type().sensitivity()) charts.add(() -> sensitivityChart(dir, metric));
            else for (int f = 0; f < spec.factors().size(); f++) {
                int factor = f;
                charts.add(() -> factorChart(dir, m, factor));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (Future<Void> f : pool.invokeAll(charts)) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    throw new IllegalStateException("a chart failed: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String slug(String path) {
        return path.replace("[", "").replace("]", "");
    }

    /** Runs grouped by the factor's value (or bin): x, label, and the metric's values. */
    private record Group(double x, String label, double[] values) {}

    private Void factorChart(Path dir, int metric, int factorIndex) throws IOException {
        Factor f = spec.factors().get(factorIndex);
        String name = RunRecord.METRICS.get(metric);
        Factor by = numeric(f) ? splitBy(factorIndex) : null;
        Map<String, List<DesignPoint>> subsets = new LinkedHashMap<>();
        if (by == null) subsets.put(name, spec.points());
        else for (DesignPoint p : spec.points())
            subsets.computeIfAbsent(by.path() + " = " + label(p.values().get(by.path())), k -> new ArrayList<>()).add(p);
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, TimeSeriesChart.Band> bands = new LinkedHashMap<>();
        List<Group> groups = List.of();
        boolean any = false;
        for (Map.Entry<String, List<DesignPoint>> subset : subsets.entrySet()) {
            groups = groups(f, metric, subset.getValue());
            double[] mean = new double[groups.size()], lo = new double[groups.size()], hi = new double[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                Statistics.Summary s = Statistics.summarize(groups.get(g).values());
                mean[g] = s.mean();
                lo[g] = s.ciLow();
                hi[g] = s.ciHigh();
                any |= !Double.isNaN(mean[g]);
            }
            series.put(subset.getKey(), mean);
            bands.put(subset.getKey(), new TimeSeriesChart.Band(lo, hi));
        }
        if (!any) return null;
        Path base = dir.resolve(name + "-by-" + slug(f.path()));
        String title = name + " by " + f.path() + (by == null ? "" : ", for each " + by.path());
        String yLabel = name + " (mean, 95% CI)";
        if (numeric(f)) {
            double[] x = groups.stream().mapToDouble(Group::x).toArray();
            String xLabel = f.path() + (binned(f) ? " (bins of equal count)" : "");
            TimeSeriesChart.writePngAndSvg(base, title, xLabel, yLabel, x, series, bands);
        } else {
            TimeSeriesChart.Band band = bands.get(name);
            double[] half = new double[groups.size()];
            for (int g = 0; g < half.length; g++) half[g] = (band.upper()[g] - band.lower()[g]) / 2;
            List<String> labels = groups.stream().map(Group::label).toList();
            BarChart.writePngAndSvg(base, title, f.path(), yLabel, labels, series, Map.of(name, half), false);
        }
        return null;
    }

    /**
     * In a grid, a numeric factor's chart draws one line per level of the other factor with the
     * fewest levels (at most 6), so that interactions show; otherwise one line over all runs.
     */
    private Factor splitBy(int factorIndex) {
        if (spec.type() != SweepSpec.DesignType.GRID) return null;
        Factor best = null;
        long fewest = 7;
        for (int i = 0; i < spec.factors().size(); i++) {
            if (i == factorIndex) continue;
            String path = spec.factors().get(i).path();
            long levels = spec.points().stream().map(p -> p.values().get(path)).distinct().count();
            if (levels >= 2 && levels < fewest) {
                fewest = levels;
                best = spec.factors().get(i);
            }
        }
        return best;
    }

    private static String label(Object v) {
        return v instanceof Double d ? cocreation.output.Numbers.format(d) : String.valueOf(v);
    }

    private boolean numeric(Factor f) {
        return !f.isDiscrete() || f.values().stream().allMatch(v -> v instanceof Number);
    }

    private boolean binned(Factor f) {
        return spec.type() == SweepSpec.DesignType.LHS && !f.isDiscrete() && spec.points().size() > BINS;
    }

    private List<Group> groups(Factor f, int metric, List<DesignPoint> subset) {
        List<DesignPoint> points = new ArrayList<>(subset);
        List<List<DesignPoint>> parts = new ArrayList<>();
        if (binned(f)) {
            points.sort(Comparator.comparingDouble((DesignPoint p) -> x(p, f)).thenComparingInt(DesignPoint::index));
            for (int b = 0; b < BINS; b++)
                parts.add(points.subList(b * points.size() / BINS, (b + 1) * points.size() / BINS));
        } else {
            Map<Object, List<DesignPoint>> byValue = new LinkedHashMap<>();
            for (DesignPoint p : points) byValue.computeIfAbsent(p.values().get(f.path()), k -> new ArrayList<>()).add(p);
            parts.addAll(byValue.values());
            if (numeric(f)) parts.sort(Comparator.comparingDouble(part -> x(part.get(0), f)));
        }
        List<Group> groups = new ArrayList<>();
        for (List<DesignPoint> part : parts) {
            double x = 0;
            List<Double> values = new ArrayList<>();
            for (DesignPoint p : part) {
                if (numeric(f)) x += x(p, f) / part.size();
                for (double v : SweepOutput.values(spec, records, p.index(), metric)) values.add(v);
            }
            groups.add(new Group(x, label(part.get(0).values().get(f.path())),
                    values.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return groups;
    }

    private static double x(DesignPoint p, Factor f) {
        return ((Number) p.values().get(f.path())).doubleValue();
    }

    private Void sensitivityChart(Path dir, String metric) throws IOException {
        List<String> factors = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (Sensitivity.Row r : sensitivity)
            if (r.metric().equals(metric)) {
                factors.add(r.factor());
                values.add(r.values());
            }
        if (values.stream().allMatch(v -> Double.isNaN(v[0]))) return null;
        int k = factors.size();
        Map<String, double[]> series = new LinkedHashMap<>();
        Map<String, double[]> errors = new LinkedHashMap<>();
        String title, valueLabel;
        if (spec.type() == SweepSpec.DesignType.MORRIS) {
            series.put("mu*", column(values, Sensitivity.MU_STAR, k));
            series.put("sigma", column(values, Sensitivity.SIGMA, k));
            errors.put("mu*", column(values, Sensitivity.MU_STAR_CONF, k));
            if (!Double.isNaN(values.get(0)[Sensitivity.NOISE]))
                series.put("mu* from replicate noise alone", column(values, Sensitivity.NOISE, k));
            title = "Morris screening of " + metric + " (bars on mu*: 95% bootstrap CI)";
            valueLabel = "effect of moving the factor over its range";
        } else {
            series.put("S1 (first order)", column(values, 0, k));
            series.put("ST (total)", column(values, 3, k));
            errors.put("S1 (first order)", halfWidth(values, 1, 2, k));
            errors.put("ST (total)", halfWidth(values, 4, 5, k));
            title = "Sobol indices of " + metric + " (bars: 95% bootstrap CI)";
            valueLabel = "share of variance";
        }
        BarChart.writePngAndSvg(dir.resolve("sensitivity-" + metric), title, "factor", valueLabel, factors, series,
                errors, true);
        if (spec.type() == SweepSpec.DesignType.MORRIS) {
            List<MorrisPlane.Point> points = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                double[] v = values.get(i);
                points.add(new MorrisPlane.Point(factors.get(i), v[Sensitivity.MU_STAR], v[Sensitivity.MU_STAR_CONF],
                        v[Sensitivity.SIGMA]));
            }
            String prefix = MorrisPlane.commonPrefix(points);
            MorrisPlane.writePngAndSvg(dir.resolve("morris-plane-" + metric), "Morris mu* and sigma of " + metric
                    + (prefix.isEmpty() ? "" : " (factors of " + prefix.substring(0, prefix.length() - 1) + ")"), points,
                    values.get(0)[Sensitivity.NOISE]);
        }
        return null;
    }

    private static double[] column(List<double[]> rows, int c, int k) {
        double[] out = new double[k];
        for (int i = 0; i < k; i++) out[i] = rows.get(i)[c];
        return out;
    }

    /** Bar charts draw symmetric error bars: half the width of the (asymmetric) bootstrap interval. */
    private static double[] halfWidth(List<double[]> rows, int low, int high, int k) {
        double[] out = new double[k];
        for (int i = 0; i < k; i++) out[i] = (rows.get(i)[high] - rows.get(i)[low]) / 2;
        return out;
    }
}
