package cocreation.cli;

import cocreation.scenario.ScenarioException;
import cocreation.sweep.Shard;
import cocreation.sweep.SpecReader;
import cocreation.sweep.Sweep;
import cocreation.sweep.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation sweep}: a parameter sweep with replications, on all cores, resumable and shardable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a parameter sweep (grid, lhs, morris or sobol design) and write runs.csv, summary.csv, "
                + "sensitivity.csv, timeseries.csv, manifest.json and charts/.",
                "Finished runs are journalled in <out>.partial/ as they end; --resume continues after a crash or kill."})
final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec (JSON), or the name of one in scenarios/sweeps/.")
    String spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/sweeps/<spec>, or <spec>-shard-I-of-N).")
    Path out;

    @Mixin
    Threads threads = new Threads();

    @Option(names = "--resume", description = "Continue an interrupted sweep in the same --out folder: run only what is missing.")
    boolean resume;

    @Option(names = "--retry-failed", description = "With --resume: run again the runs journalled as failed (say, for lack of memory), "
            + "also in a finished sweep or shard.")
    boolean retryFailed;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (I from 0): the runs with run_id %% N == I. "
            + "Combine the shard folders with 'cocreation merge'.")
    String shard;

    @Option(names = "--quiet", description = "No progress bar and no messages.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int pool = threads.get();
        if (retryFailed && !resume) throw new ScenarioException("--retry-failed: only with --resume");
        Shard part;
        try {
            part = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException("--shard: " + e.getMessage());
        }
        Path file = specFile(spec);
        SweepSpec s = SpecReader.read(file, Home::scenario);
        for (String w : s.warnings()) System.err.println("warning: " + w);
        Path dir = out != null ? out : Path.of("results", "sweeps",
                s.name() + (part.whole() ? "" : "-shard-" + part.index() + "-of-" + part.count()));
        Sweep.Options options = new Sweep.Options(pool, resume, retryFailed, part, quiet,
                Main.commandLine(), file.toString());
        Sweep.Result r = Sweep.run(s, dir, options);
        if (!quiet) {
            String what = part.whole() ? "sweep" : "shard " + part;
            System.err.println(r.alreadyComplete() ? what + " was already complete"
                    + (r.failed() > 0 ? " (" + r.failed() + " runs failed: --resume --retry-failed runs them again)" : "")
                    : what + " done: " + r.runs() + " runs, " + r.failed() + " failed"
                    + (r.failed() > 0 ? " (see the status and error columns" + (part.whole() ? " of runs.csv)" : " of journal.csv)") : ""));
            if (!part.whole() && !r.alreadyComplete())
                System.err.println("when every shard is done: cocreation merge <shard folders...> --out <folder>");
            System.out.println(r.folder());
        }
        return 0;
    }

    /** A path, or a spec name in scenarios/sweeps/ ("grid-time-pressure"). */
    static Path specFile(String arg) {
        return Home.fileOrPreset(arg, Home.scenarios().resolve("sweeps"));
    }
}
