package cocreation.cli;

import cocreation.model.Municipality;
import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.output.OutputFolder;
import cocreation.output.Progress;
import cocreation.run.Checkpoints;
import cocreation.run.Manifest;
import cocreation.run.RunResults;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation run}: one headless run of a scenario, written to a results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario without a window and write timeseries.csv, summary.json, manifest.json and charts/.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "Scenario file or preset name (default: the preset ${DEFAULT-VALUE}, scenarios/baseline.json).")
    String scenario;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario>/<seed>-<time>/).")
    Path out;

    @Option(names = "--quiet", description = "No progress bar and no messages.")
    boolean quiet;

    @Option(names = "--checkpoint-every", paramLabel = "N", description = "Write a MASON checkpoint every N weeks to <out>.checkpoint.")
    int checkpointEvery;

    @Option(names = "--resume-from", paramLabel = "FILE", description = "Continue a run from a checkpoint (to --steps, or the scenario's steps).")
    Path resumeFrom;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (checkpointEvery < 0) throw new ScenarioException("--checkpoint-every: " + checkpointEvery + " is below 0");
        if (resumeFrom != null && (options.seed != null || !options.overrides.isEmpty()))
            throw new ScenarioException("--resume-from: --seed and --set cannot change a checkpointed run");
        int resumedWeek = 0;
        String resumedSha = null;
        if (resumeFrom != null) {
            resumedWeek = Checkpoints.header(resumeFrom).week(); // a folder, FIFO, empty or foreign file stops here
            resumedSha = Hashing.sha256(resumeFrom);
            checkRecordedHash(resumeFrom, resumedSha);
        }
        Scenario s = resumeFrom == null ? options.load(Home.scenario(scenario)) : null;
        // The place is probed and claimed before the first week: a bad --out costs no simulating.
        long space = OutputFolder.DEFAULT_SPACE + 2048L * (options.steps != null ? options.steps : s != null ? s.steps : 0);
        String name = s == null ? resumeName() : s.name;
        try (OutputFolder folder = out != null ? OutputFolder.create(out, space)
                : OutputFolder.createUnique(Path.of("results", name), (s == null ? "resumed" : s.seed) + "-" + now(), space)) {
            Path dir = out != null ? out : Path.of("results", name, folder.finalDir().getFileName().toString());
            Path checkpoint = checkpointEvery > 0 ? dir.resolveSibling(dir.getFileName() + ".checkpoint") : null;
            Municipality m;
            try (LazyProgress progress = new LazyProgress(quiet)) {
                if (resumeFrom == null) {
                    progress.total = s.steps;
                    m = Simulation.run(s, checkpointEvery, checkpoint, progress);
                } else {
                    int steps = options.steps != null ? options.steps : -1;
                    m = Simulation.resume(resumeFrom, steps, checkpointEvery, checkpoint, progress);
                    s = m.scenario();
                }
            }
            write(folder, m, s, started, checkpointRecord(checkpoint, resumedWeek, m.week()), resumedSha);
            if (!quiet) {
                for (String line : cocreation.run.Summary.headline(m)) System.err.println(line);
                System.out.println(dir);
            }
        }
        return 0;
    }

    private void write(OutputFolder folder, Municipality m, Scenario s, long started, Map<String, Object> checkpoint,
                       String resumedSha) throws IOException {
        RunResults.write(m, folder.path());
        Map<String, Object> manifest = Manifest.base(Main.commandLine());
        manifest.put("scenario_name", s.name);
        manifest.put("scenario_file", resumeFrom == null ? Home.scenario(scenario).toString() : null);
        manifest.put("resumed_from", resumeFrom == null ? null : resumeFrom.toString());
        if (resumedSha != null) manifest.put("resumed_from_sha256", resumedSha);
        if (checkpoint != null) manifest.put("checkpoint", checkpoint);
        Manifest.finishRun(manifest, s, m.week(), started, folder.path());
        Json.write(folder.path().resolve("manifest.json"), manifest);
        folder.commit();
    }

    /** The last checkpoint this run wrote, for the manifest: a later resume checks the file against it. */
    private Map<String, Object> checkpointRecord(Path checkpoint, int from, int to) throws IOException {
        int week = Simulation.lastCheckpointWeek(from, to, checkpointEvery);
        if (checkpoint == null || week == 0) return null;
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("file", checkpoint.getFileName().toString());
        c.put("week", week);
        c.put("sha256", Hashing.sha256(checkpoint));
        return c;
    }

    /**
     * A checkpoint {@code <dir>.checkpoint} beside a finished run {@code <dir>} must be the one that run's
     * manifest records: a changed file is refused even if it is a well-formed checkpoint.
     */
    static void checkRecordedHash(Path file, String sha) throws ScenarioException {
        String name = file.getFileName().toString();
        if (!name.endsWith(".checkpoint")) return;
        Path manifest = file.resolveSibling(name.substring(0, name.length() - ".checkpoint".length())).resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) return;
        JsonNode recorded;
        try {
            recorded = ScenarioReader.readTree(manifest).path("checkpoint");
        } catch (ScenarioException e) {
            System.err.println("warning: " + e.problems().get(0) + "; " + file + " is checked by its own header only");
            return;
        }
        if (recorded.path("file").asText().equals(name) && !recorded.path("sha256").asText().equals(sha))
            throw new ScenarioException(file + ": its SHA-256 is not the one " + manifest + " records for it (week "
                    + recorded.path("week").asText() + "): the file has changed since that run wrote it");
    }

    private String resumeName() {
        String n = resumeFrom.getFileName().toString();
        return n.endsWith(".checkpoint") ? n.substring(0, n.length() - ".checkpoint".length()) : n;
    }

    static String now() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }

    /** A progress bar that appears only once a run has taken more than a second. */
    static final class LazyProgress implements IntConsumer, AutoCloseable {
        private final boolean quiet;
        private final long start = System.nanoTime();
        long total;
        private Progress bar;
        private int shown;

        LazyProgress(boolean quiet) {
            this.quiet = quiet;
        }

        @Override
        public void accept(int week) {
            if (quiet) return;
            if (bar == null) {
                if (System.nanoTime() - start < 1_000_000_000L) return;
                bar = Progress.create("weeks", Math.max(total, week), false);
            }
            bar.stepBy(week - shown);
            shown = week;
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
