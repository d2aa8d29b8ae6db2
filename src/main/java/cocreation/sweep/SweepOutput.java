package cocreation.sweep;

import cocreation.output.AtomicFiles;
import cocreation.output.Json;
import cocreation.output.TidyCsv;
import cocreation.run.DataPackage;
import cocreation.scenario.Columns;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.Factor;
import cocreation.statistics.Statistics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The tables of a finished sweep, written from the run records alone (never from anything that
 * depends on threads, timing or the order runs finished in, except timing.csv), so that a sweep,
 * a resumed sweep and a merge of shards write the same bytes.
 */
final class SweepOutput {
    private static final List<String> TABLES = List.of("runs.csv", "design.csv", "summary.csv", "timeseries.csv", "timing.csv",
            "sensitivity.csv");
    private final SweepSpec spec;
    private final Map<Integer, RunRecord> records;

    SweepOutput(SweepSpec spec, Map<Integer, RunRecord> records) {
        this.spec = spec;
        this.records = records;
    }

    /**
     * Writes every table and chart into {@code dir}; {@code seriesOf} gives each run's time-series file.
     * Returns what the sensitivity indices can be trusted for ({@link Sensitivity#notes}), empty for other designs.
     */
    List<String> write(Path dir, IntFunction<Path> seriesOf, int threads) throws IOException, InterruptedException {
        Json.write(dir.resolve("sweep.json"), spec.resolved());
        writeDesign(dir.resolve("design.csv"));
        writeRuns(dir.resolve("runs.csv"));
        writeTiming(dir.resolve("timing.csv"));
        if (spec.recordEvery() > 0) writeSeries(dir.resolve("timeseries.csv"), seriesOf);
        writeSummary(dir.resolve("summary.csv"));
        List<Sensitivity.Row> sensitivity = List.of();
        List<String> notes = List.of();
        if (spec.type().sensitivity()) {
            sensitivity = Sensitivity.analyse(spec, pointMeans(), pooledSd());
            writeSensitivity(dir.resolve("sensitivity.csv"), sensitivity);
            notes = Sensitivity.notes(spec, sensitivity);
        }
        DataPackage.write(dir, spec.name(), "Tables of a cocreation sweep (" + spec.type().key() + " design, " + spec.runs()
                + " runs).", TABLES, Map.of());
        new SweepCharts(spec, records, sensitivity).write(dir.resolve("charts"), threads);
        return notes;
    }

    int failed() {
        return (int) records.values().stream().filter(r -> !r.ok()).count();
    }

    private List<String> factorColumns() {
        List<String> c = new ArrayList<>();
        for (Factor f : spec.factors()) c.add(Columns.name(f.path()));
        return c;
    }

    /** A point's factor values as the tables write them (choices that look like numbers named). */
    private static List<Object> factorValues(DesignPoint p) {
        List<Object> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : p.values().entrySet()) out.add(Columns.value(e.getKey(), e.getValue()));
        return out;
    }

    private void writeDesign(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("design_point", "block", "sample", "moved_factor"));
        header.addAll(factorColumns());
        List<List<Object>> rows = new ArrayList<>();
        for (DesignPoint p : spec.points()) {
            List<Object> row = new ArrayList<>(List.of(p.index(), p.block().name().toLowerCase(java.util.Locale.ROOT),
                    p.sample(), p.factor() < 0 ? "" : Columns.name(spec.factors().get(p.factor()).path())));
            row.addAll(factorValues(p));
            rows.add(row);
        }
        TidyCsv.write(file, header, rows);
    }

    private void writeRuns(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("run_id", "design_point", "replicate", "seed"));
        header.addAll(factorColumns());
        header.addAll(List.of("status", "error"));
        header.addAll(RunRecord.METRICS);
        TidyCsv.write(file, header, new AbstractList<List<Object>>() {
            @Override
            public List<Object> get(int id) {
                RunRecord r = records.get(id);
                List<Object> row = new ArrayList<>(header.size());
                row.add(id);
                row.add(spec.designPoint(id));
                row.add(spec.replicate(id));
                row.add(r.seed());
                row.addAll(factorValues(spec.points().get(spec.designPoint(id))));
                row.add(r.ok() ? "ok" : "failed");
                row.add(r.error());
                for (double v : r.metrics()) row.add(v);
                return row;
            }

            @Override
            public int size() {
                return spec.runs();
            }
        });
    }

    private void writeTiming(Path file) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int id = 0; id < spec.runs(); id++) rows.add(List.of(id, records.get(id).wallMs()));
        TidyCsv.write(file, List.of("run_id", "wall_ms"), rows);
    }

    /** Concatenates the runs' series files in run-id order, streaming. */
    private void writeSeries(Path file, IntFunction<Path> seriesOf) throws IOException {
        List<Object> header = new ArrayList<>(List.of("run_id", "step"));
        for (cocreation.model.Metric m : cocreation.model.Metric.values())
            if (m != cocreation.model.Metric.STEP) header.add(m.column());
        AtomicFiles.write(file, out -> {
            out.write(TidyCsv.line(header).getBytes(StandardCharsets.UTF_8));
            for (int id = 0; id < spec.runs(); id++) {
                if (!records.get(id).ok()) continue;
                try (InputStream in = Files.newInputStream(seriesOf.apply(id))) {
                    in.transferTo(out);
                }
            }
        });
    }

    /** summary.csv, streamed: one row per design point and metric. */
    private void writeSummary(Path file) throws IOException {
        List<String> header = new ArrayList<>(List.of("design_point"));
        header.addAll(factorColumns());
        header.addAll(List.of("metric", "n", "mean", "sd", "ci_low", "ci_high"));
        int metrics = RunRecord.METRICS.size();
        TidyCsv.write(file, header, new AbstractList<List<Object>>() {
            @Override
            public List<Object> get(int i) {
                DesignPoint p = spec.points().get(i / metrics);
                int m = i % metrics;
                Statistics.Summary s = Statistics.summarize(values(spec, records, p.index(), m));
                List<Object> row = new ArrayList<>(header.size());
                row.add(p.index());
                row.addAll(factorValues(p));
                row.addAll(List.of(RunRecord.METRICS.get(m), s.n(), s.mean(), s.sd(), s.ciLow(), s.ciHigh()));
                return row;
            }

            @Override
            public int size() {
                return spec.points().size() * metrics;
            }
        });
    }

    /** The metric's values over a design point's replicates that ran and have a value. */
    static double[] values(SweepSpec spec, Map<Integer, RunRecord> records, int point, int metric) {
        double[] v = new double[spec.replications()];
        int n = 0;
        for (int rep = 0; rep < spec.replications(); rep++) {
            RunRecord r = records.get(point * spec.replications() + rep);
            if (r.ok() && !Double.isNaN(r.metric(metric))) v[n++] = r.metric(metric);
        }
        return java.util.Arrays.copyOf(v, n);
    }

    /** [metric][design point]: the mean over the point's replicates. */
    private double[][] pointMeans() {
        int metrics = RunRecord.METRICS.size(), points = spec.points().size();
        double[][] y = new double[metrics][points];
        for (int m = 0; m < metrics; m++)
            for (int p = 0; p < points; p++) y[m][p] = Statistics.mean(values(spec, records, p, m));
        return y;
    }

    /** Per metric: sqrt(sum (n-1) sd^2 / sum (n-1)) over design points; NaN without replicates. */
    private double[] pooledSd() {
        int metrics = RunRecord.METRICS.size();
        double[] out = new double[metrics];
        for (int m = 0; m < metrics; m++) {
            double squares = 0, df = 0;
            for (int p = 0; p < spec.points().size(); p++) {
                double[] v = values(spec, records, p, m);
                double sd = Statistics.sd(v);
                if (v.length >= 2 && !Double.isNaN(sd)) {
                    squares += (v.length - 1) * sd * sd;
                    df += v.length - 1;
                }
            }
            out[m] = df == 0 ? Double.NaN : Math.sqrt(squares / df);
        }
        return out;
    }

    private void writeSensitivity(Path file, List<Sensitivity.Row> rows) throws IOException {
        List<String> header = new ArrayList<>(List.of("metric", "factor", "path"));
        header.addAll(Sensitivity.columns(spec));
        List<List<Object>> out = new ArrayList<>();
        for (Sensitivity.Row r : rows) {
            List<Object> row = new ArrayList<>(List.of(r.metric(), Columns.name(r.factor()), r.factor()));
            for (double v : r.values()) row.add(v);
            out.add(row);
        }
        TidyCsv.write(file, header, out);
    }
}
