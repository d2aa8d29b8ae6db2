package cocreation.cli;

import cocreation.model.Municipality;
import cocreation.output.Json;
import cocreation.output.OutputFolder;
import cocreation.run.Manifest;
import cocreation.run.RunResults;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import cocreation.sweep.Rerun;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation rerun SWEEP_DIR RUN_ID}: one run of a finished sweep again, with its whole time series. */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Run one run of a finished sweep again, exactly (its design point and seed), and write it as run does: "
                + "timeseries.csv of every week, summary.json, charts/ and manifest.json.",
                "The rerun is checked against the sweep's runs.csv: if any metric differs (another version of the model), "
                        + "it says which and exits with 1."})
final class RerunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "A finished sweep's folder (with runs.csv, sweep.json and manifest.json).")
    Path sweepDir;

    @Parameters(index = "1", paramLabel = "RUN_ID", description = "The run's run_id in runs.csv.")
    int runId;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: <SWEEP_DIR>-run-<RUN_ID>, beside the sweep).")
    Path out;

    @Option(names = "--quiet", description = "No messages but warnings.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Rerun rerun = Rerun.of(sweepDir, runId);
        Scenario s = rerun.scenario();
        Path dir = out != null ? out : sweepDir.toAbsolutePath().normalize().resolveSibling(
                sweepDir.toAbsolutePath().normalize().getFileName() + "-run-" + runId);
        if (!quiet) System.err.println("run " + runId + " of " + sweepDir + ": " + rerun.point() + ", seed " + rerun.seed());
        try (OutputFolder folder = OutputFolder.create(dir, OutputFolder.DEFAULT_SPACE + 2048L * s.steps)) {
            Municipality m;
            try {
                m = Simulation.run(s);
            } catch (RuntimeException e) {
                if (rerun.recordedFailed())
                    throw new IllegalStateException("run " + runId + " failed again, as in the sweep (" + rerun.recordedError() + "): " + e, e);
                throw e;
            }
            List<String> differences = rerun.recordedFailed() ? List.of("status: the sweep's run failed (" + rerun.recordedError()
                    + "), the rerun did not") : rerun.differences(m);
            RunResults.write(m, folder.path());
            Map<String, Object> manifest = Manifest.base(Main.commandLine());
            manifest.put("scenario_name", s.name);
            Map<String, Object> of = new LinkedHashMap<>();
            of.put("sweep", sweepDir.toAbsolutePath().normalize().toString());
            of.put("run_id", runId);
            of.put("spec_sha256", rerun.spec().hash());
            manifest.put("rerun_of", of);
            manifest.put("same_as_sweep", differences.isEmpty());
            if (!differences.isEmpty()) manifest.put("differences", differences);
            Manifest.finishRun(manifest, s, m.week(), started, folder.path());
            Json.write(folder.path().resolve("manifest.json"), manifest);
            folder.commit();
            if (!differences.isEmpty()) {
                System.err.println("warning: the rerun differs from the sweep's run in " + differences.size() + " metrics (first: "
                        + differences.get(0) + "); was the sweep made by another version? The rerun is kept in " + dir);
                System.out.println(dir);
                return 1;
            }
            if (!quiet) System.err.println("the same run as in the sweep: all " + cocreation.sweep.RunRecord.METRICS.size()
                    + " metrics of runs.csv agree");
            System.out.println(dir);
        }
        return 0;
    }
}
