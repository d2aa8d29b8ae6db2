package cocreation.cli;

import cocreation.statistics.Estimate;
import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.output.OutputFolder;
import cocreation.output.Progress;
import cocreation.report.Comparison;
import cocreation.report.ComparisonFiles;
import cocreation.report.Alternative;
import cocreation.report.Intervals;
import cocreation.report.Replications;
import cocreation.report.Robustness;
import cocreation.report.Uncertainty;
import cocreation.report.Worlds;
import cocreation.report.OptionRun;
import cocreation.report.ScenarioDiff;
import cocreation.run.Manifest;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import cocreation.sweep.SpecReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation compare}: several options for one municipality, replicated, in a report a planner can read. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare options for one municipality: run each scenario N times (the same seeds for every option) and write "
                + "report.html (self-contained, opens offline), comparison.csv, replications.csv, timeseries.csv and manifest.json.",
                "Example: cocreation compare baseline kommune-3 larvik-48-hours --replications 30"})
final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Two or more scenario files or preset names; the first is the baseline unless --baseline says otherwise.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "30",
            description = "Runs per option (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--baseline", paramLabel = "NAME", description = "The option the others are compared with: its name (the file name without .json) or the argument given (default: the first).")
    String baseline;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/compare-<time>/).")
    Path out;

    @Option(names = "--seed", description = "Master seed; replication i of every option uses a seed derived from it and i (default: the first scenario's seed).")
    Long seed;

    @Option(names = "--steps", description = "Weeks to simulate, for every option (overrides the scenarios').")
    Integer steps;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a parameter in every option, e.g. --set population.citizens=1000 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Mixin
    Threads threads = new Threads();

    @Option(names = "--quiet", description = "No progress bar and no messages.")
    boolean quiet;

    @Option(names = "--uncertain", paramLabel = "PATH=MIN:MAX",
            description = {"An uncertainty of the world (not a decision), e.g. --uncertain municipality.drift=0:0.04 (repeatable). "
                    + "Every option then also runs in --worlds worlds drawn from one Latin hypercube of the uncertainties "
                    + "(the same worlds and seeds for every option), and the report says which option is best how often, "
                    + "its regret and its worst case."})
    List<String> uncertain = new ArrayList<>();

    @Option(names = "--worlds", paramLabel = "N",
            description = "Worlds to sample with --uncertain (default: 16); each runs every option --replications times.")
    Integer worldsGiven;

    /** The worlds to sample: --worlds, or 16. */
    private int worlds() {
        return worldsGiven != null ? worldsGiven : 16;
    }

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        if (scenarios.size() < 2)
            problems.add("SCENARIO: give at least two scenarios to compare (files or preset names), got " + scenarios.size());
        if (replications < 2)
            problems.add("--replications: " + replications + " is below 2; confidence intervals need at least 2 runs per option");
        else if ((long) scenarios.size() * replications > SpecReader.MAX_RUNS)
            problems.add("--replications: " + replications + " for " + scenarios.size() + " options is "
                    + (long) scenarios.size() * replications + " runs, above the limit of " + SpecReader.MAX_RUNS);
        if (threads.problem() != null) problems.add(threads.problem());
        if (seed != null && (seed < 0 || seed > (1L << 53) - 1)) problems.add("--seed: " + seed + " is outside 0..2^53-1");
        List<Uncertainty> uncertainties = new ArrayList<>();
        for (String u : uncertain) {
            Uncertainty x = Uncertainty.parse(u, problems);
            if (x != null && uncertainties.stream().anyMatch(y -> y.path().equals(x.path())))
                problems.add("--uncertain " + u + ": " + x.path() + " is given twice");
            else if (x != null) uncertainties.add(x);
        }
        int worlds = worlds();
        if (uncertain.isEmpty() && worldsGiven != null) problems.add("--worlds: only with --uncertain (the worlds are drawn from its ranges)");
        else if (!uncertain.isEmpty() && worlds < 2) problems.add("--worlds: " + worlds + " is below 2; robustness needs at least 2 worlds");
        else if (!uncertain.isEmpty() && (long) scenarios.size() * replications * (worlds + 1) > SpecReader.MAX_RUNS)
            problems.add("--worlds: " + worlds + " worlds of " + scenarios.size() + " options at " + replications + " replications is "
                    + (long) scenarios.size() * replications * (worlds + 1) + " runs, above the limit of " + SpecReader.MAX_RUNS);
        for (String o : overrides)
            for (Uncertainty u : uncertainties)
                if (o.startsWith(u.path() + "=")) problems.add("--set " + o + ": fixes " + u.path() + ", which --uncertain varies; drop one");
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        List<Alternative> options = load(problems);
        if (problems.isEmpty()) problems.addAll(Alternative.problems(options));
        int base = 0;
        if (problems.isEmpty() && baseline != null) {
            base = -1;
            String wanted = baseline.endsWith(".json") ? baseline.substring(0, baseline.length() - 5) : baseline;
            for (int k = 0; k < options.size(); k++)
                if (options.get(k).name().equals(wanted) || scenarios.get(k).equals(baseline)) base = k;
            if (base < 0)
                problems.add("--baseline: '" + baseline + "' is not one of the options: "
                        + String.join(", ", options.stream().map(Alternative::name).toList()));
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        for (int k = 0; k < options.size(); k++) {
            if (k == base) continue;
            for (String d : ScenarioDiff.inTheWorld(options.get(base).scenario(), options.get(k).scenario()))
                System.err.println("warning: " + options.get(k).name() + " differs from " + options.get(base).name()
                        + " in the world it assumes, not in a decision: " + d);
        }
        long master = seed != null ? seed : options.get(0).scenario().seed;
        int pool = threads.get();
        // the worlds' own seed, apart from the replications' (which use indices 0, 1, ...)
        List<Robustness.World> sample = uncertainties.isEmpty() ? List.of()
                : Worlds.sample(uncertainties, worlds(), cocreation.run.Seeds.derive(master, -2));
        List<List<Alternative>> inWorlds = inWorlds(options, uncertainties, sample); // every world checked before any run
        // The place is probed and claimed before the first run.
        try (OutputFolder folder = out != null ? OutputFolder.create(out)
                : OutputFolder.createUnique(Path.of("results"), "compare-" + RunCommand.now(), OutputFolder.DEFAULT_SPACE)) {
            List<OptionRun> runs;
            Robustness robustness = null;
            try (Progress progress = Progress.create("runs", (long) options.size() * replications * (1 + sample.size()), quiet)) {
                runs = Replications.run(options, replications, master, pool, progress);
                if (!sample.isEmpty()) robustness = robustness(uncertainties, sample, inWorlds, master, pool, progress);
            }
            Comparison comparison = new Comparison(options, base, replications, master, overrides, runs, robustness);
            ComparisonFiles.write(comparison, folder.path());
            Json.write(folder.path().resolve("manifest.json"), manifest(comparison, folder.path(), started));
            folder.commit();
            if (!quiet) System.out.println(out != null ? out : Path.of("results", folder.finalDir().getFileName().toString()));
        }
        return 0;
    }

    /**
     * Every option in each sampled world: its scenario as read, with the world's values set (files are
     * not read again). All problems of all worlds are collected, so a world that makes an option invalid
     * stops the command before anything runs.
     */
    private static List<List<Alternative>> inWorlds(List<Alternative> options, List<Uncertainty> uncertainties,
                                                    List<Robustness.World> sample) throws ScenarioException {
        List<List<Alternative>> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Robustness.World w : sample) {
            List<String> sets = Worlds.overrides(uncertainties, w);
            List<Alternative> inWorld = new ArrayList<>();
            for (Alternative o : options) {
                try {
                    Scenario s = ScenarioReader.bind(ScenarioReader.withOverrides(ScenarioReader.JSON.valueToTree(o.scenario()), sets));
                    s.name = o.name();
                    inWorld.add(new Alternative(o.name(), o.file(), o.sha256(), s));
                } catch (ScenarioException e) {
                    for (String p : e.problems())
                        problems.add("--uncertain: world " + (w.index() + 1) + " (" + String.join(", ", sets) + "), " + o.name() + ": " + p);
                }
            }
            out.add(inWorld);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return out;
    }

    /** Runs every option in every world (replication i uses the same seed in every world and option). */
    private Robustness robustness(List<Uncertainty> uncertainties, List<Robustness.World> sample, List<List<Alternative>> inWorlds,
                                  long master, int pool, Progress progress) throws InterruptedException, ScenarioException {
        Estimate[][][] estimates = new Estimate[sample.size()][][];
        for (Robustness.World w : sample) {
            List<Alternative> inWorld = inWorlds.get(w.index());
            estimates[w.index()] = Worlds.estimates(Replications.run(inWorld, replications, master, pool, progress), inWorld.size(),
                    replications);
        }
        return new Robustness(uncertainties, sample, estimates);
    }

    /** Reads every scenario, collecting each one's problems rather than stopping at the first. */
    private List<Alternative> load(List<String> problems) throws IOException {
        List<String> all = new ArrayList<>(overrides);
        if (steps != null) all.add("steps=" + steps);
        List<Alternative> options = new ArrayList<>();
        for (String arg : scenarios) {
            Path file = Home.scenario(arg);
            if (!Files.exists(file)) {
                problems.add(arg + ": no such scenario file or preset (see: cocreation scenarios)");
                continue;
            }
            try {
                Scenario s = ScenarioReader.read(file, all);
                for (String w : ScenarioReader.warnings(s)) System.err.println("warning: " + file + ": " + w);
                String name = file.getFileName().toString();
                s.name = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
                options.add(new Alternative(s.name, file, Hashing.sha256(file), s));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        return options;
    }

    private Map<String, Object> manifest(Comparison c, Path dir, long started) throws IOException {
        Map<String, Object> m = Manifest.base(Main.commandLine());
        List<Object> options = new ArrayList<>();
        for (Alternative o : c.options) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", o.name());
            e.put("file", o.file().toString().replace('\\', '/'));
            e.put("sha256", o.sha256());
            e.put("scenario", Manifest.scenario(o.scenario()));
            options.add(e);
        }
        m.put("options", options);
        m.put("baseline", c.baselineName());
        m.put("replications", c.replications);
        m.put("master_seed", c.masterSeed);
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < c.replications; i++) seeds.add(c.seed(i));
        m.put("seeds", seeds);
        m.put("steps", c.steps);
        m.put("overrides", c.overrides);
        if (c.robustness != null) {
            List<Object> u = new ArrayList<>();
            for (Uncertainty x : c.robustness.uncertainties) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("path", x.path());
                e.put("min", x.min());
                e.put("max", x.max());
                u.add(e);
            }
            m.put("uncertainties", u);
            m.put("worlds", c.robustness.worlds.size());
        }
        m.put("wall_ms", (System.nanoTime() - started) / 1_000_000);
        m.put("outputs", Manifest.hashes(dir, List.of()));
        return m;
    }
}
