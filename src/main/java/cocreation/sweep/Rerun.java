package cocreation.sweep;

import cocreation.model.Municipality;
import cocreation.output.Numbers;
import cocreation.output.TidyCsv;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a finished sweep, again: its scenario is the sweep's base with the run's design point
 * and seed (from the folder's sweep.json, verified against its manifest), so the model gives the
 * same run, now with its whole time series. {@link #differences} compares the rerun with the row the
 * sweep wrote in runs.csv: empty when it is the same run.
 */
public final class Rerun {
    private final SweepSpec spec;
    private final int runId;
    private final List<String> header;
    private final List<String> recorded;

    private Rerun(SweepSpec spec, int runId, List<String> header, List<String> recorded) {
        this.spec = spec;
        this.runId = runId;
        this.header = header;
        this.recorded = recorded;
    }

    /** Reads a finished sweep folder and picks one of its runs; refuses a changed folder or an id it does not hold. */
    public static Rerun of(Path sweepDir, int runId) throws IOException, ScenarioException {
        if (!java.nio.file.Files.isRegularFile(sweepDir.resolve("manifest.json")))
            throw new ScenarioException(sweepDir + ": not a finished sweep folder (no manifest.json; a sweep still running writes "
                    + "into <out>.partial, a shard is merged first)");
        if (!java.nio.file.Files.isRegularFile(sweepDir.resolve("runs.csv")))
            throw new ScenarioException(sweepDir + ": holds no runs.csv (a shard's folder: merge the shards, then rerun from the merged folder)");
        Sweep.verifyFinished(sweepDir);
        SweepSpec spec = Sweep.readSpec(sweepDir);
        if (runId < 0 || runId >= spec.runs())
            throw new ScenarioException("RUN_ID: " + runId + " is not a run of " + sweepDir + " (its runs are 0.." + (spec.runs() - 1) + ")");
        List<List<String>> row = TidyCsv.readRow(sweepDir.resolve("runs.csv"), runId);
        if (row == null || row.get(1).isEmpty() || !row.get(1).get(0).equals(Integer.toString(runId)) || row.get(0).size() != row.get(1).size())
            throw new ScenarioException(sweepDir.resolve("runs.csv") + ": row " + (runId + 1) + " is not run " + runId
                    + " (the table does not match its sweep.json)");
        return new Rerun(spec, runId, row.get(0), row.get(1));
    }

    public SweepSpec spec() {
        return spec;
    }

    public long seed() {
        return spec.seed(runId);
    }

    /** Whether the sweep's run failed (its message is then in {@link #recordedError}). */
    public boolean recordedFailed() {
        return !recorded.get(header.indexOf("status")).equals("ok");
    }

    public String recordedError() {
        return recorded.get(header.indexOf("error"));
    }

    /** The run's scenario: the sweep's base, the run's design point and its seed. */
    public Scenario scenario() throws ScenarioException {
        return spec.scenario(runId);
    }

    /** The factor values of the run, as runs.csv names them, in words ("municipality.regime=regime_2.0, ..."). */
    public String point() {
        List<String> parts = new ArrayList<>();
        int first = header.indexOf("seed") + 1, last = header.indexOf("status");
        for (int c = first; c < last; c++) parts.add(header.get(c) + "=" + recorded.get(c));
        return String.join(", ", parts);
    }

    /** The metrics in which the rerun differs from runs.csv, as "metric: sweep X, rerun Y"; empty if none. */
    public List<String> differences(Municipality m) {
        RunRecord again = RunRecord.of(runId, seed(), m, 0);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RunRecord.METRICS.size(); i++) {
            String name = RunRecord.METRICS.get(i);
            int c = header.indexOf(name);
            if (c < 0) {
                out.add(name + ": not in runs.csv (written by another version?)");
                continue;
            }
            String now = Numbers.csv(again.metric(i));
            if (!now.equals(recorded.get(c))) out.add(name + ": sweep " + recorded.get(c) + ", rerun " + now);
        }
        return out;
    }
}
