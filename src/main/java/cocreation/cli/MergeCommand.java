package cocreation.cli;

import cocreation.scenario.ScenarioException;
import cocreation.sweep.Shard;
import cocreation.sweep.Sweep;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation merge}: the final files of a sharded sweep, the same bytes as an unsharded one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the folders of a sharded sweep (cocreation sweep --shard I/N) into the files of the whole "
                + "sweep. Checks they hold runs of the same spec and that no run is missing.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders (finished, or unfinished .partial ones).")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder for the merged sweep.")
    Path out;

    @Mixin
    Threads threads = new Threads();

    @Option(names = "--quiet", description = "No messages.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        Sweep.Options options = new Sweep.Options(threads.get(), false, Shard.ALL, quiet,
                Main.commandLine(), null);
        Sweep.Result r = Sweep.merge(dirs, out, options);
        if (!quiet) {
            System.err.println("merged: " + r.runs() + " runs, " + r.failed() + " failed");
            System.out.println(r.folder());
        }
        return 0;
    }
}
