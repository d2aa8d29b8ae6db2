package cocreation.validation;

import cocreation.output.TidyCsv;
import cocreation.scenario.Names;
import cocreation.sweep.SweepSpec;
import cocreation.sweep.design.DesignPoint;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results of one arm's finished sweep, read back from its runs.csv (and timeseries.csv), so
 * that every effect is computed from the files a reader can inspect. A run's value of a metric is
 * its final value, or the mean of its recorded values in a window of weeks.
 */
final class Runs {
    private final SweepSpec spec;
    private final Path folder;
    private final List<String> header;
    private final List<List<String>> rows;
    private List<List<String>> series;
    private List<String> seriesHeader;

    private Runs(SweepSpec spec, Path folder, List<List<String>> table) {
        this.spec = spec;
        this.folder = folder;
        this.header = table.get(0);
        this.rows = table.subList(1, table.size());
    }

    static Runs load(SweepSpec spec, Path folder) throws IOException {
        List<List<String>> table = TidyCsv.readRows(folder.resolve("runs.csv"));
        if (table.size() != spec.runs() + 1)
            throw new IOException(folder.resolve("runs.csv") + ": expected " + spec.runs() + " runs, found " + (table.size() - 1));
        return new Runs(spec, folder, table);
    }

    SweepSpec spec() {
        return spec;
    }

    /** The design point of each run, by run id. */
    DesignPoint point(int runId) {
        return spec.points().get(spec.designPoint(runId));
    }

    /** Runs that failed (their values are missing). */
    int failed() {
        int s = header.indexOf("status"), n = 0;
        for (List<String> r : rows) if (!r.get(s).equals("ok")) n++;
        return n;
    }

    /** One value per run (in run-id order) of the runs whose point has the given factor values. */
    double[] values(String metric, int[] weeks, Map<String, JsonNode> where) throws IOException {
        double[] all = weeks == null ? finals(metric) : windowMeans(metric, weeks);
        double[] out = new double[all.length];
        int n = 0;
        for (int id = 0; id < all.length; id++) if (selected(point(id), where)) out[n++] = all[id];
        return java.util.Arrays.copyOf(out, n);
    }

    /** Per run: the factor's value and the metric's value. */
    double[][] xy(String factor, String metric, int[] weeks) throws IOException {
        double[] y = weeks == null ? finals(metric) : windowMeans(metric, weeks);
        double[] x = new double[y.length];
        for (int id = 0; id < y.length; id++) x[id] = ((Number) point(id).values().get(factor)).doubleValue();
        return new double[][] {x, y};
    }

    /** Per design point, the metric's final values over its replicates. */
    double[][] byPoint(String metric) {
        double[] all = finals(metric);
        double[][] out = new double[spec.points().size()][spec.replications()];
        for (int id = 0; id < all.length; id++) out[spec.designPoint(id)][spec.replicate(id)] = all[id];
        return out;
    }

    /** Per design point: week -> the metric's values over its replicates at that week. */
    List<TreeMap<Integer, double[]>> seriesByPoint(String metric) throws IOException {
        loadSeries();
        int c = seriesHeader.indexOf(metric);
        List<TreeMap<Integer, double[]>> out = new ArrayList<>();
        for (int p = 0; p < spec.points().size(); p++) out.add(new TreeMap<>());
        for (List<String> r : series) {
            int id = Integer.parseInt(r.get(0)), week = Integer.parseInt(r.get(1));
            double[] v = out.get(spec.designPoint(id)).computeIfAbsent(week, w -> nans(spec.replications()));
            v[spec.replicate(id)] = number(r.get(c));
        }
        return out;
    }

    private double[] finals(String metric) {
        int c = header.indexOf(metric);
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(rows.get(i).get(c));
        return v;
    }

    private double[] windowMeans(String metric, int[] weeks) throws IOException {
        loadSeries();
        int c = seriesHeader.indexOf(metric);
        Map<Integer, double[]> sums = new HashMap<>();
        for (List<String> r : series) {
            int week = Integer.parseInt(r.get(1));
            if (week < weeks[0] || week > weeks[1]) continue;
            double[] s = sums.computeIfAbsent(Integer.parseInt(r.get(0)), id -> new double[2]);
            s[0] += number(r.get(c));
            s[1]++;
        }
        double[] v = new double[rows.size()];
        for (int id = 0; id < v.length; id++) {
            double[] s = sums.get(id);
            v[id] = s == null ? Double.NaN : s[0] / s[1];
        }
        return v;
    }

    private void loadSeries() throws IOException {
        if (series != null) return;
        Path file = folder.resolve("timeseries.csv");
        if (!Files.exists(file)) throw new IOException(file + ": missing (the experiment records no time series)");
        List<List<String>> table = TidyCsv.readRows(file);
        seriesHeader = table.get(0);
        series = table.subList(1, table.size());
    }

    static boolean selected(DesignPoint p, Map<String, JsonNode> where) {
        for (Map.Entry<String, JsonNode> e : where.entrySet()) if (!matches(p.values().get(e.getKey()), e.getValue())) return false;
        return true;
    }

    /** A design point's factor value equals a value written in a pattern file (numbers by value). */
    static boolean matches(Object pointValue, JsonNode wanted) {
        if (pointValue instanceof Number n) return wanted.isNumber() && n.doubleValue() == wanted.asDouble();
        if (pointValue instanceof Boolean b) return wanted.isBoolean() && b == wanted.asBoolean();
        return pointValue != null && wanted.isTextual() && pointValue.toString().equals(wanted.asText());
    }

    static String label(Object v) {
        return v instanceof Double d ? Names.number(d) : String.valueOf(v);
    }

    static double number(String cell) {
        return switch (cell) {
            case "", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(cell);
        };
    }

    private static double[] nans(int n) {
        double[] v = new double[n];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }
}
