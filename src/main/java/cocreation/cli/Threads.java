package cocreation.cli;

import cocreation.run.ParallelRuns;
import cocreation.scenario.ScenarioException;
import picocli.CommandLine.Option;

/** {@code --threads N}, as every command that runs or draws in parallel takes it (a picocli mixin). */
final class Threads {
    @Option(names = "--threads", paramLabel = "N",
            description = "Runs (and charts) at once (default: all cores, here ${DEFAULT-VALUE}). The results do not depend on it.")
    int threads = ParallelRuns.defaultThreads();

    /** The thread count, checked. */
    int get() throws ScenarioException {
        if (threads < 1) throw new ScenarioException("--threads: " + threads + " is below 1");
        return threads;
    }

    /** The problem with the count, for commands that list every problem at once; null if none. */
    String problem() {
        return threads < 1 ? "--threads: " + threads + " is below 1" : null;
    }
}
