package cocreation.run;

import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.output.TidyCsv;
import cocreation.output.TimeSeriesChart;
import cocreation.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a finished run's tidy time series, summary and charts into a folder. */
public final class RunResults {
    private RunResults() {
    }

    public static void write(Municipality m, Path dir) throws IOException {
        List<String> header = new ArrayList<>();
        for (Metric x : Metric.values()) header.add(x.column());
        List<List<Object>> rows = new ArrayList<>();
        for (double[] r : m.metrics().rows()) {
            List<Object> row = new ArrayList<>(r.length);
            for (int i = 0; i < r.length; i++) row.add(i == 0 ? (Object) (long) r[i] : (Object) r[i]);
            rows.add(row);
        }
        TidyCsv.write(dir.resolve("timeseries.csv"), header, rows);
        Json.write(dir.resolve("summary.json"), Summary.of(m));
        DataPackage.write(dir, m.scenario().name, "The weekly time series of one cocreation run (scenario " + m.scenario().name
                + ", seed " + m.fullSeed() + ", " + m.week() + " weeks); summary.json holds its final and derived values.",
                List.of("timeseries.csv"), java.util.Map.of());
        writeCharts(m, dir.resolve("charts"));
    }

    /** The key series as PNG and SVG charts. */
    static void writeCharts(Municipality m, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<double[]> rows = m.metrics().rows();
        double[] x = column(rows, Metric.STEP);
        chart(dir, "innovations", "Ideas that are new, useful and put to use", "ideas (cumulative)", x, rows,
                Metric.INNOVATIONS_NEW, Metric.INNOVATIONS_USEFUL, Metric.INNOVATIONS_USED);
        chart(dir, "trust", "Trust within and between sectors", "trust (0..1)", x, rows,
                Metric.TRUST_WITHIN, Metric.TRUST_BETWEEN, Metric.GENERALIZED_TRUST);
        chart(dir, "thinking", "Deliberation and habit", "share / strength (0..1)", x, rows,
                Metric.SYSTEM2_SHARE, Metric.HABIT_MEAN);
        chart(dir, "practice", "Value of practice and rising expectations", "value", x, rows,
                Metric.PRACTICE_VALUE, Metric.EXPECTATION, Metric.EXPECTATION_GAP);
    }

    private static void chart(Path dir, String name, String title, String yLabel, double[] x, List<double[]> rows,
                              Metric... metrics) throws IOException {
        Map<String, double[]> series = new LinkedHashMap<>();
        for (Metric metric : metrics) series.put(metric.column(), column(rows, metric));
        TimeSeriesChart.writePngAndSvg(dir.resolve(name), title, "week", yLabel, x, series);
    }

    static double[] column(List<double[]> rows, Metric metric) {
        double[] c = new double[rows.size()];
        for (int i = 0; i < c.length; i++) c[i] = rows.get(i)[metric.ordinal()];
        return c;
    }
}
