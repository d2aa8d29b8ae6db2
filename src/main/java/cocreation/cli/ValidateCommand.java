package cocreation.cli;

import cocreation.scenario.ScenarioException;
import cocreation.validation.Check;
import cocreation.validation.Pattern;
import cocreation.validation.PatternReader;
import cocreation.validation.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cocreation validate}: one experiment per known pattern, and whether the model reproduces it. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run the experiment of every pattern in validation/ and write validation.html and validation.csv: "
                + "each pattern's claim, source, experiment, effect with its 95%% interval, and whether it is reproduced.",
                "--quick runs smaller experiments that still decide each pattern (for CI)."})
final class ValidateCommand implements Callable<Integer> {
    @Option(names = "--quick", description = "Fewer replications (and for some patterns fewer actors and weeks).")
    boolean quick;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/validation-<time>, or validation-quick-<time>).")
    Path out;

    @Mixin
    Threads threads = new Threads();

    @Option(names = "--patterns", paramLabel = "DIR", description = "Folder of pattern files (default: validation/).")
    Path patterns;

    @Option(names = "--only", paramLabel = "ID", split = ",", description = "Only these patterns (file names without .json).")
    List<String> only = List.of();

    @Option(names = "--reuse", paramLabel = "DIR", description = "An earlier validate output (finished or killed): its experiments that hold "
            + "the same sweeps are verified and kept, the rest run again (for new texts or a changed pattern, without rerunning all).")
    Path reuse;

    @Option(names = "--quiet", description = "No progress and no messages.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        int pool = threads.get();
        Path dir = patterns != null ? patterns : Files.isDirectory(Path.of("validation")) ? Path.of("validation")
                : Home.dir().resolve("validation");
        List<Pattern> read = PatternReader.readAll(dir, only, Home::scenario);
        if (reuse != null && !Files.isDirectory(reuse.resolve("experiments"), java.nio.file.LinkOption.NOFOLLOW_LINKS))
            throw new ScenarioException("--reuse: " + reuse + " is not the output of a validate run (it has no experiments folder)");
        String time = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = out != null ? out : Path.of("results", "validation-" + (quick ? "quick-" : "") + time);
        if (nonEmpty(target)) throw new ScenarioException("--out: " + target + " exists and is not empty");
        List<Validation.Outcome> outcomes = Validation.run(read, target,
                new Validation.Options(quick, pool, quiet, Main.commandLine(), reuse));
        if (!quiet) {
            for (Validation.Outcome o : outcomes)
                System.err.printf("%-16s %s%n", o.status() == Check.Status.REPRODUCED ? "reproduced" : "NOT reproduced", o.pattern().title());
            System.out.println(target.toAbsolutePath().normalize());
        }
        return 0;
    }

    private static boolean nonEmpty(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return false;
        if (!Files.isDirectory(dir)) return true;
        try (var s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }
}
