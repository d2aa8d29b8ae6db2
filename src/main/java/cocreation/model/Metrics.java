package cocreation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Counters the mechanisms update, and the weekly rows that {@link Measurement} records. */
public final class Metrics implements Serializable {
    private static final long serialVersionUID = 1L;

    long proposed, isNew, useful, used, notNew, notUseful, notHeard, shelved, rejected, unfunded, notAdopted, putToUse;
    double budgetSpent, valueGained, timeToUseSum;
    long sessions, sessionsCancelled, participations;
    /** Acts of sharing one's idea (a measurement only: no mechanism reads it). */
    long shared;
    double latestArenaDiversity = Double.NaN;
    double latestArenaTrust = Double.NaN;
    double arenaGainSum, noveltySum;
    long weekDecisions, weekSystem2;

    private final List<double[]> rows = new ArrayList<>();

    void decision(boolean system2) {
        weekDecisions++;
        if (system2) weekSystem2++;
    }

    void record(double[] row) {
        rows.add(row);
    }

    /** The recorded rows, one per week, in {@link Metric} order. */
    public List<double[]> rows() {
        return rows;
    }

    /** The latest row, or null before the first week. */
    public double[] latest() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1);
    }

    public double latest(Metric m) {
        double[] r = latest();
        return r == null ? Double.NaN : r[m.ordinal()];
    }
}
