package cocreation.sweep;

import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.output.Numbers;
import cocreation.run.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What one finished run left: its status and every summary metric (the final value of each
 * {@link Metric} and the {@link Summary#DERIVED} values), or the message it failed with. In the
 * journal the metrics are written exactly (shortest round-trip text), so the final tables are the
 * same whether a run's record was read back from disk or not.
 */
public record RunRecord(int runId, long seed, boolean ok, String error, long wallMs, double[] metrics) {
    /** The summary metric columns, in order: final metric values, then the derived ones. */
    public static final List<String> METRICS = metricColumns();

    static final List<String> JOURNAL_HEADER = journalHeader();

    public RunRecord {
        metrics = metrics.clone();
    }

    @Override
    public double[] metrics() {
        return metrics.clone();
    }

    double metric(int i) {
        return metrics[i];
    }

    static RunRecord of(int runId, long seed, Municipality m, long wallMs) {
        Map<String, Double> finals = Summary.finals(m), derived = Summary.derived(m);
        double[] v = new double[METRICS.size()];
        for (int i = 0; i < v.length; i++) {
            Double x = finals.containsKey(METRICS.get(i)) ? finals.get(METRICS.get(i)) : derived.get(METRICS.get(i));
            v[i] = x == null ? Double.NaN : x;
        }
        return new RunRecord(runId, seed, true, "", wallMs, v);
    }

    static RunRecord failed(int runId, long seed, Throwable e, long wallMs) {
        double[] v = new double[METRICS.size()];
        Arrays.fill(v, Double.NaN);
        return new RunRecord(runId, seed, false, message(e), wallMs, v);
    }

    /** A one-line message: class and text (no newlines, so a torn journal line is always the last one). */
    static String message(Throwable e) {
        String m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return m.replaceAll("[\\r\\n]+", " ");
    }

    /** The journal row but its check (which {@link Journal} adds): exact numbers, "NaN" for missing values. */
    List<String> journalRow() {
        List<String> row = new ArrayList<>(JOURNAL_HEADER.size());
        row.add(Integer.toString(runId));
        row.add(Long.toString(seed));
        row.add(ok ? "ok" : "failed");
        row.add(error);
        row.add(Long.toString(wallMs));
        for (double v : metrics) row.add(ok ? Numbers.formatExact(v) : "");
        return row;
    }

    static RunRecord parse(List<String> row) {
        if (row.size() != JOURNAL_HEADER.size())
            throw new IllegalArgumentException("expected " + JOURNAL_HEADER.size() + " cells, found " + row.size());
        double[] v = new double[METRICS.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(row.get(5 + i));
        String status = row.get(2);
        if (!status.equals("ok") && !status.equals("failed")) throw new IllegalArgumentException("status '" + status + "'");
        return new RunRecord(Integer.parseInt(row.get(0)), Long.parseLong(row.get(1)), status.equals("ok"), row.get(3),
                Long.parseLong(row.get(4)), v);
    }

    /** The result part of a record (everything but the wall time), to compare copies of one run. */
    boolean sameResult(RunRecord o) {
        return runId == o.runId && seed == o.seed && ok == o.ok && error.equals(o.error) && Arrays.equals(metrics, o.metrics);
    }

    private static double number(String s) {
        return switch (s) {
            case "", "NaN" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }

    private static List<String> metricColumns() {
        List<String> c = new ArrayList<>();
        for (Metric m : Metric.values()) if (m != Metric.STEP) c.add(m.column());
        c.addAll(Summary.DERIVED);
        return Collections.unmodifiableList(c);
    }

    private static List<String> journalHeader() {
        List<String> h = new ArrayList<>(List.of("run_id", "seed", "status", "error", "wall_ms"));
        h.addAll(METRICS);
        h.add("check");
        return Collections.unmodifiableList(h);
    }
}
