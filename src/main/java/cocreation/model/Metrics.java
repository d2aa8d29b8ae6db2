package cocreation.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Counters the mechanisms update, and the weekly rows that {@link Measurement} records. */
public final class Metrics implements Serializable {
    private static final long serialVersionUID = 6L;

    /** Proposals by origin, and where they ended, by origin and end stage. */
    final long[] proposedBy = new long[Origin.values().length];
    final long[][] ended = new long[Origin.values().length][Idea.Stage.values().length];
    long isNew, useful, used, notNew, notUseful, harmful;
    /**
     * Net value put to use (gains minus losses), the change drift made to practice, and the change
     * replacing problems made (new practice minus old), summed over problems.
     */
    double valueGained, valueDrift, valueTurnover;
    long problemsReplaced;
    double budgetSpent, timeToUseSum;
    long sessions, sessionsCancelled, participations, arenaProposals, tables, tablesInConflict;
    /** Participations in which the participant felt heard. */
    long heard;
    /** Free hours spent in arenas, co-production and shared decisions. */
    double participantHours;
    /** Staff hours arena sessions took from in-house production, overtime premium included. */
    double staffHoursInArenas;
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

    long proposed() {
        long n = 0;
        for (long p : proposedBy) n += p;
        return n;
    }

    /** Proposals that ended in a stage, over all origins. */
    long ended(Idea.Stage stage) {
        long n = 0;
        for (long[] byStage : ended) n += byStage[stage.ordinal()];
        return n;
    }

    /** Proposals of an origin that ended in a stage. */
    public long ended(Origin origin, Idea.Stage stage) {
        return ended[origin.ordinal()][stage.ordinal()];
    }

    public long proposed(Origin origin) {
        return proposedBy[origin.ordinal()];
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
