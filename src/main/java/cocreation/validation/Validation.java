package cocreation.validation;

import cocreation.output.AtomicFiles;
import cocreation.output.Json;
import cocreation.output.OutputFolder;
import cocreation.run.Manifest;
import cocreation.scenario.ScenarioException;
import cocreation.sweep.Shard;
import cocreation.sweep.Sweep;
import cocreation.sweep.SweepSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs each pattern's experiment (one sweep per arm, on the sweep machinery), measures its checks
 * from the sweeps' own tables, and writes validation.csv, validation.html and manifest.json beside
 * the experiments' folders. The whole folder appears only when everything is done.
 */
public final class Validation {
    /** Files that record how and how fast a sweep ran, not what it found. */
    static final List<String> NOT_RESULTS = List.of("manifest.json", "timing.csv");
    /** A repeated experiment runs on one thread, then on two: fixed, so that validation.csv is the same whatever --threads is. */
    static final int FIRST_THREADS = 1, SECOND_THREADS = 2;

    /** How to run: quick or full, threads, quiet, and the command line for the manifest. */
    /**
     * How to run. reuse, where not null, is an earlier validate output whose experiments are copied in
     * and kept where they hold the same sweep (each verified against its manifest by the sweep's resume);
     * the others run again.
     */
    public record Options(boolean quick, int threads, boolean quiet, String commandLine, Path reuse) {
        public Options(boolean quick, int threads, boolean quiet, String commandLine) {
            this(quick, threads, quiet, commandLine, null);
        }
    }

    /**
     * One pattern's result: its findings, status, the runs of each arm, how long it took, a lever
     * screen's result and a docking's replications (else null).
     */
    public record Outcome(Pattern pattern, List<Finding> findings, Check.Status status, Map<String, Runs> arms, long wallMs,
                          LeverScreen.Result screen, DockingRun.Result docking) {
        /** Runs made, counting both runs of a repeated experiment, and a docking's replications. */
        int runs() {
            if (docking != null) return docking.replications();
            return arms.values().stream().mapToInt(r -> r.spec().runs()).sum() * (pattern.repeats() ? 2 : 1);
        }

        int failed() {
            return arms.values().stream().mapToInt(Runs::failed).sum();
        }
    }

    private Validation() {
    }

    public static List<Outcome> run(List<Pattern> patterns, Path out, Options o)
            throws IOException, ScenarioException, InterruptedException {
        long started = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.create(out)) {
            if (o.reuse() != null) copyExperiments(o.reuse().resolve("experiments"), folder.path().resolve("experiments"));
            for (int i = 0; i < patterns.size(); i++) {
                Pattern p = patterns.get(i);
                if (!o.quiet()) System.err.println("pattern " + (i + 1) + "/" + patterns.size() + ": " + p.id() + " - " + p.title());
                outcomes.add(run(p, folder.path().resolve("experiments").resolve(p.id()), o));
            }
            Path dir = folder.path();
            ValidationTable.write(dir.resolve("validation.csv"), outcomes);
            for (Outcome oc : outcomes)
                if (oc.screen() != null) {
                    ScreenTables.write(dir, oc.screen());
                    ScreenCharts.write(dir, ScreenCharts.of(oc.screen()));
                }
            AtomicFiles.writeString(dir.resolve("validation.html"), ValidationPage.html(outcomes, o.quick()));
            cocreation.run.DataPackage.write(dir, "validation", "The tables of cocreation's validation" + (o.quick() ? " (quick run)" : "")
                    + ": every check of every pattern, and the lever screen's tables; each experiment's own tables are in "
                    + "experiments/<pattern>/, with their own datapackage.json where the experiment is a sweep.",
                    ScreenTables.FILES, ScreenTables.COLUMNS);
            Json.write(dir.resolve("manifest.json"), manifest(outcomes, o, dir, started));
            folder.commit();
        }
        return outcomes;
    }

    private static Outcome run(Pattern p, Path dir, Options o) throws IOException, ScenarioException, InterruptedException {
        long started = System.nanoTime();
        Map<String, Runs> arms = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        LeverScreen.Result screen = null;
        DockingRun.Result docking = null;
        if (p.isDocking()) {
            docking = DockingRun.run(p.docking(), o.quick(), o.threads());
            findings.addAll(DockingRun.findings(docking, p.checks()));
            DockingRun.write(docking, p.checks(), dir);
        } else if (p.isScreen()) {
            SweepSpec spec = p.spec("", o.quick());
            // the lever tests live inside the screen's folder: a reused screen is verified without them
            Path levers = dir.resolve("levers"), aside = dir.resolveSibling("." + dir.getFileName() + "-levers");
            boolean moved = o.reuse() != null && Files.isDirectory(levers);
            if (moved) Files.move(levers, aside);
            sweep(p, spec, dir, o.threads(), o);
            if (moved) Files.move(aside, levers);
            arms.put("", Runs.load(spec, dir));
            List<LeverScreen.Effect> effects = LeverScreen.read(dir.resolve("sensitivity.csv"));
            List<String> outputs = effects.stream().map(LeverScreen.Effect::output).distinct().toList();
            List<LeverTests.Test> tests = new ArrayList<>(), anyOutput = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, SweepSpec> e : (o.quick() ? p.quick() : p.full()).entrySet()) {
                if (!LeverTests.isLeverArm(e.getKey())) continue;
                String lever = LeverTests.lever(e.getValue());
                if (!o.quiet()) System.err.println("  lever " + lever);
                Path where = dir.resolve("levers").resolve(String.format(java.util.Locale.ROOT, "%02d-", ++i)
                        + lever.replaceAll("[^A-Za-z0-9_.-]", "_"));
                sweep(p, e.getValue(), where, o.threads(), o);
                Runs runs = Runs.load(e.getValue(), where);
                arms.put(e.getKey(), runs);
                tests.addAll(LeverTests.of(lever, p.screen().keyOutputs(), runs));
                anyOutput.addAll(LeverTests.of(lever, outputs, runs));
            }
            screen = LeverScreen.analyse(p.screen(), effects, tests, anyOutput);
            findings.addAll(LeverScreen.findings(screen, p.checks(), design(spec)));
        } else if (p.repeats()) {
            SweepSpec spec = p.spec("", o.quick());
            Path first = dir.resolve("first"), second = dir.resolve("second");
            sweep(p, spec, first, FIRST_THREADS, o);
            sweep(p, spec, second, SECOND_THREADS, o);
            arms.put("", Runs.load(spec, first));
            for (Check c : p.checks())
                if (c.kind() == Check.Kind.IDENTICAL) findings.add(compare(c, first, second));
                else findings.add(Finding.of(c, arms));
        } else {
            for (String arm : p.arms()) {
                SweepSpec spec = p.spec(arm, o.quick());
                Path where = arm.isEmpty() ? dir : dir.resolve(arm);
                if (!o.quiet() && p.hasArms()) System.err.println("  arm " + arm);
                sweep(p, spec, where, o.threads(), o);
                arms.put(arm, Runs.load(spec, where));
            }
            for (Check c : p.checks()) findings.add(Finding.of(c, arms));
        }
        boolean all = findings.stream().filter(f -> f.check().decides()).allMatch(f -> f.status() == Check.Status.REPRODUCED);
        return new Outcome(p, findings, all ? Check.Status.REPRODUCED : Check.Status.NOT_REPRODUCED, arms,
                (System.nanoTime() - started) / 1_000_000, screen, docking);
    }

    /** Copies an earlier run's experiments: plain folders and regular files only (no links). */
    private static void copyExperiments(Path from, Path to) throws IOException, ScenarioException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS))
            throw new ScenarioException("--reuse: " + from.getParent() + " holds no experiments folder of a validate run");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) throw new ScenarioException("--reuse: " + p + " is a link; only plain files are reused");
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else if (Files.isRegularFile(p)) Files.copy(p, target);
                else throw new ScenarioException("--reuse: " + p + " is not a regular file");
            }
        }
    }

    /** The screen's design in words, for its findings. */
    private static String design(SweepSpec spec) {
        int factors = spec.factors().size();
        return "Morris elementary effects per unit of design coordinate over " + spec.points().size() / (factors + 1)
                + " trajectories of " + (factors + 1) + " points x " + spec.replications() + " replications of " + spec.steps()
                + " weeks; replicate noise from the pooled replicate standard deviation";
    }

    private static void sweep(Pattern p, SweepSpec spec, Path where, int threads, Options o)
            throws IOException, ScenarioException, InterruptedException {
        boolean reuse = o.reuse() != null;
        if (reuse && Files.exists(where) && !Sweep.holdsFinished(where, spec)) Sweep.deleteRecursively(where);
        Sweep.Options so = new Sweep.Options(threads, reuse, Shard.ALL, o.quiet(), o.commandLine(), p.file().toString());
        Sweep.run(spec, where, so);
    }

    /** Compares two output folders file by file, leaving out what records timing. */
    static Finding compare(Check c, Path a, Path b) throws IOException {
        TreeSet<String> names = new TreeSet<>(files(a));
        names.addAll(files(b));
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            Path fa = a.resolve(name), fb = b.resolve(name);
            if (!Files.exists(fa) || !Files.exists(fb) || !Arrays.equals(Files.readAllBytes(fa), Files.readAllBytes(fb)))
                differing.add(name);
        }
        return Finding.identical(c, differing.size(), names.size(), FIRST_THREADS, SECOND_THREADS, differing);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !NOT_RESULTS.contains(name)).sorted().toList();
        }
    }

    private static Map<String, Object> manifest(List<Outcome> outcomes, Options o, Path dir, long started) throws IOException {
        Map<String, Object> m = Manifest.base(o.commandLine());
        m.put("mode", o.quick() ? "quick" : "full");
        m.put("threads", o.threads());
        if (o.reuse() != null) m.put("reused_from", o.reuse().toAbsolutePath().normalize().toString());
        List<Object> patterns = new ArrayList<>();
        for (Outcome out : outcomes) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", out.pattern().id());
            p.put("file", out.pattern().file().toString());
            p.put("sha256", out.pattern().hash());
            p.put("status", out.status().text);
            p.put("runs", out.runs());
            p.put("failed", out.failed());
            p.put("wall_ms", out.wallMs());
            patterns.add(p);
        }
        m.put("patterns", patterns);
        m.put("wall_ms", (System.nanoTime() - started) / 1_000_000);
        Map<String, String> hashes = Manifest.hashes(dir, List.of());
        hashes.keySet().removeIf(k -> k.startsWith("experiments/"));
        m.put("outputs", hashes);
        return m;
    }
}
