package cocreation.sweep;

import cocreation.model.Municipality;
import cocreation.output.Json;
import cocreation.output.OutputFolder;
import cocreation.output.Progress;
import cocreation.run.Manifest;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Runs a sweep or one shard of it, resumably, and merges shards. While running, results go to a
 * journal in {@code <out>.partial/} (see {@link Journal}); {@code <out>} itself appears, complete,
 * only at the end: the final tables for a whole sweep, or the finished journal for a shard, which
 * {@link #merge} turns into the same final tables.
 */
public final class Sweep {
    /**
     * How to run: threads, whether to resume (and then whether to run again the runs journalled as failed),
     * which shard, quiet, and the command line for the manifest.
     */
    public record Options(int threads, boolean resume, boolean retryFailed, Shard shard, boolean quiet, String commandLine,
                          String specFile) {
        public Options(int threads, boolean resume, Shard shard, boolean quiet, String commandLine, String specFile) {
            this(threads, resume, false, shard, quiet, commandLine, specFile);
        }
    }

    /** What happened: the output folder, runs in it, how many failed, and whether it was already complete. */
    public record Result(Path folder, int runs, int failed, boolean alreadyComplete) {}

    /** A shard's manifest lists a SHA-256 per run's time series: about 100 bytes each, for up to MAX_RUNS runs. */
    private static final int MANIFEST_BYTES = 200 * SpecReader.MAX_RUNS;

    private Sweep() {
    }

    public static Result run(SweepSpec spec, Path out, Options o) throws IOException, ScenarioException, InterruptedException {
        return run(spec, out, o, Simulation::run);
    }

    /** As {@link #run(SweepSpec, Path, Options)} with another model (tests use failing ones). */
    static Result run(SweepSpec spec, Path out, Options o, Function<Scenario, Municipality> model)
            throws IOException, ScenarioException, InterruptedException {
        long started = System.nanoTime();
        Path target = out.toAbsolutePath().normalize();
        Path partial = Journal.partialOf(target);
        boolean reopened = false;
        if (nonEmpty(target)) {
            if (!o.resume() || !finished(target))
                throw new ScenarioException("--out: " + target + " exists and is not empty" + (o.resume() ? " (and is not a finished sweep)" : ""));
            checkSameSweep(target, spec, o.shard());
            verifyFinished(target);
            int failed = failedIn(target);
            if (!o.retryFailed() || failed == 0) {
                // left by a kill after the final rename; kept on purpose while runs have failed, for --retry-failed
                if (failed == 0 && o.shard().whole() && Files.exists(partial)) deleteRecursively(partial);
                return new Result(target, count(spec, o.shard()), failed, true);
            }
            reopened = reopen(target, partial, o.shard());
        }
        if (Files.exists(partial) && !o.resume())
            throw new ScenarioException("--out: " + partial + " holds an unfinished sweep: add --resume to continue it, "
                    + "or delete it to start again");
        if (!reopened) OutputFolder.check(target, OutputFolder.DEFAULT_SPACE); // before the first run, not after the last

        int failed;
        try (Journal journal = Journal.open(partial, spec, o.shard())) {
            List<Integer> todo = new ArrayList<>();
            for (int id = o.shard().index(); id < spec.runs(); id += o.shard().count()) {
                RunRecord done = journal.done().get(id);
                if (done == null || (o.retryFailed() && !done.ok())) todo.add(id);
            }
            int failedBefore = (int) journal.done().values().stream().filter(r -> !r.ok()).count();
            if (o.retryFailed()) failedBefore = 0; // those failed runs are in todo again
            if (!o.quiet() && !journal.done().isEmpty())
                System.err.println("resuming: " + (count(spec, o.shard()) - todo.size()) + " of " + count(spec, o.shard())
                        + " runs already done" + (o.retryFailed() ? " (runs that failed run again)" : ""));
            try (Progress progress = Progress.create("sweep", todo.size(), o.quiet() || todo.isEmpty())) {
                progress.setExtraMessage(failedBefore + " failed");
                SweepRunner.run(spec, todo, o.threads(), journal, progress, model, failedBefore);
            }
            Map<Integer, RunRecord> records = Journal.read(partial, spec);
            failed = (int) records.values().stream().filter(r -> !r.ok()).count();
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("threads", o.threads());
            extra.put("shard", o.shard().whole() ? null : o.shard().toString());
            if (o.shard().whole()) {
                cleanStaleFolders(target);
                if (reopened) deleteRecursively(target); // the old tables, rebuilt from the journal now
                if (!o.quiet()) System.err.println("writing tables and charts...");
                finish(spec, records, id -> Journal.series(partial, id), target, o, extra, started);
            } else {
                Map<String, Object> manifest = manifest(spec, o, extra, records.size(), failed, started);
                manifest.put("outputs", Manifest.hashes(partial, List.of(".lock", "manifest.json")));
                Json.write(partial.resolve("manifest.json"), manifest);
            }
        }
        if (!o.shard().whole()) moveShard(partial, target);
        else if (failed == 0) deleteRecursively(partial);
        else if (!o.quiet())
            System.err.println(failed + " runs failed; their journal stays in " + partial + " so that --resume --retry-failed can run them again");
        return new Result(target, count(spec, o.shard()), failed, false);
    }

    /** A finished sweep folder: its manifest and spec are there (and, for a shard, no journal lock). */
    /** True where dir holds a finished sweep of this spec (a later --resume would verify and keep it). */
    public static boolean holdsFinished(Path dir, SweepSpec spec) throws IOException, ScenarioException {
        return finished(dir) && Journal.hashOf(dir.resolve(Journal.SPEC)).equals(spec.hash());
    }

    private static boolean finished(Path dir) {
        return Files.isRegularFile(dir.resolve("manifest.json")) && Files.isRegularFile(dir.resolve(Journal.SPEC));
    }

    /**
     * Makes a finished sweep unfinished again, to retry its failed runs. A shard's folder is its journal: it
     * goes back to its {@code .partial} name. A whole sweep's journal was kept beside it because runs failed;
     * its tables are rebuilt at the end (a kill before leaves the journal, from which --resume rebuilds them).
     */
    private static boolean reopen(Path target, Path partial, Shard shard) throws IOException, ScenarioException {
        if (!shard.whole()) {
            if (Files.exists(partial)) throw new ScenarioException("--out: both " + target + " and " + partial + " exist; delete one");
            Files.move(target, partial, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(partial.resolve("manifest.json")); // it would claim the journal is finished
            return true;
        }
        if (!Files.isDirectory(partial))
            throw new ScenarioException("--retry-failed: the journal of " + target + " (" + partial.getFileName()
                    + ") is gone, so its failed runs cannot be run again alone; sweep again into another --out");
        return true;
    }

    /**
     * A finished folder holds exactly the files its manifest lists, with their SHA-256: a table edited or
     * deleted since is found before the folder is trusted (resumed, merged).
     */
    static void verifyFinished(Path dir) throws IOException, ScenarioException {
        JsonNode outputs = ScenarioReader.readTree(dir.resolve("manifest.json"), MANIFEST_BYTES).path("outputs");
        if (!outputs.isObject())
            throw new ScenarioException(dir.resolve("manifest.json") + ": lists no SHA-256 of the files beside it (written by an older "
                    + "version?), so they cannot be checked; sweep again into another folder");
        Map<String, String> now = Manifest.hashes(dir, List.of("manifest.json", ".lock"));
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) outputs::fields) {
            String file = e.getKey(), sha = now.remove(file);
            if (sha == null) throw new ScenarioException(dir + ": " + file + " is missing (manifest.json lists it)");
            if (!sha.equals(e.getValue().asText()))
                throw new ScenarioException(dir + ": " + file + " has changed since the sweep wrote it (its SHA-256 is not the one "
                        + "manifest.json records)");
        }
        if (!now.isEmpty())
            throw new ScenarioException(dir + ": " + now.keySet().iterator().next() + " is not one of the files the sweep wrote");
    }

    /** A finished folder met by --resume must hold this spec and this shard. */
    private static void checkSameSweep(Path target, SweepSpec spec, Shard shard) throws ScenarioException {
        if (!Journal.hashOf(target.resolve(Journal.SPEC)).equals(spec.hash()))
            throw new ScenarioException("--out: " + target + " holds a finished sweep of a different spec");
        Path shardFile = target.resolve(Journal.SHARD);
        String was = "the whole sweep";
        if (Files.exists(shardFile)) {
            JsonNode info = ScenarioReader.readTree(shardFile);
            was = "shard " + info.path("shard").asText() + "/" + info.path("shards").asText();
        }
        String now = shard.whole() ? "the whole sweep" : "shard " + shard;
        if (!was.equals(now)) throw new ScenarioException("--out: " + target + " holds " + was + ", not " + now);
    }

    /**
     * Merges the journals of shard folders (finished, or {@code .partial} ones) into the final
     * tables of the whole sweep. All must hold runs of the same spec, and together every run.
     */
    public static Result merge(List<Path> dirs, Path out, Options o) throws IOException, ScenarioException, InterruptedException {
        long started = System.nanoTime();
        Path target = out.toAbsolutePath().normalize();
        if (nonEmpty(target)) throw new ScenarioException("--out: " + target + " exists and is not empty");
        OutputFolder.check(target, OutputFolder.DEFAULT_SPACE);
        SweepSpec spec = null;
        Path first = null;
        Map<Integer, RunRecord> records = new HashMap<>();
        Map<Integer, Path> from = new HashMap<>();
        java.util.Set<Integer> shardCounts = new java.util.HashSet<>();
        for (Path d : dirs) {
            Path dir = d.toAbsolutePath().normalize();
            if (!Files.isRegularFile(dir.resolve(Journal.SPEC)) || !Files.isRegularFile(dir.resolve(Journal.JOURNAL))) {
                boolean unfinished = Files.isDirectory(Journal.partialOf(dir));
                throw new ScenarioException(d + ": not a shard folder (no " + Journal.SPEC + " and " + Journal.JOURNAL + ")"
                        + (unfinished ? "; " + Journal.partialOf(dir).getFileName() + " beside it is unfinished: resume it"
                        + " (sweep --shard ... --resume) or pass it to merge as it is" : ""));
            }
            if (Files.exists(dir.resolve("manifest.json"))) verifyFinished(dir); // a finished shard; a .partial one has lines' checks only
            SweepSpec s = readSpec(dir);
            Path shardFile = dir.resolve(Journal.SHARD);
            shardCounts.add(Files.exists(shardFile) ? ScenarioReader.readTree(shardFile).path("shards").asInt(1) : 1);
            if (spec == null) {
                spec = s;
                first = d;
            } else if (!s.hash().equals(spec.hash())) {
                throw new ScenarioException(d + ": holds runs of a different sweep than " + first + " (spec sha256 "
                        + s.hash().substring(0, 12) + " vs " + spec.hash().substring(0, 12) + ")");
            }
            for (RunRecord r : Journal.read(dir, spec).values()) {
                RunRecord seen = records.get(r.runId());
                if (seen != null && !seen.sameResult(r))
                    throw new ScenarioException("run " + r.runId() + " differs between " + from.get(r.runId()) + " and " + dir);
                if (seen == null) {
                    records.put(r.runId(), r);
                    from.put(r.runId(), dir);
                }
            }
        }
        if (spec == null) throw new ScenarioException("merge: no folders given");
        List<Integer> missing = new ArrayList<>();
        for (int id = 0; id < spec.runs(); id++) if (!records.containsKey(id)) missing.add(id);
        if (!missing.isEmpty())
            throw new ScenarioException("merge: " + missing.size() + " of " + spec.runs() + " runs are missing: "
                    + RunIds.missing(missing, spec.runs(), shardCounts.size() == 1 ? shardCounts.iterator().next() : 1));
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("threads", o.threads());
        List<String> merged = new ArrayList<>();
        for (Path d : dirs) merged.add(d.toString());
        extra.put("merged_from", merged);
        if (!o.quiet()) System.err.println("writing tables and charts...");
        finish(spec, records, id -> Journal.series(from.get(id), id), target, o, extra, started);
        return new Result(target, spec.runs(), failedIn(target), false);
    }

    /** Reads a folder's sweep.json (its base scenario is inline). */
    static SweepSpec readSpec(Path dir) throws ScenarioException {
        Path file = dir.resolve(Journal.SPEC);
        String name = "sweep";
        Path shard = dir.resolve(Journal.SHARD);
        if (Files.exists(shard)) name = ScenarioReader.readTree(shard).path("spec_name").asText(name);
        try {
            return SpecReader.read(ScenarioReader.readTree(file), name, arg -> Path.of(arg));
        } catch (ScenarioException e) {
            List<String> p = new ArrayList<>();
            for (String problem : e.problems()) p.add(file + ": " + problem);
            throw new ScenarioException(p);
        }
    }

    private static void finish(SweepSpec spec, Map<Integer, RunRecord> records, IntFunction<Path> seriesOf, Path target,
                               Options o, Map<String, Object> extra, long started) throws IOException, InterruptedException {
        try (OutputFolder folder = OutputFolder.create(target)) {
            SweepOutput output = new SweepOutput(spec, records);
            List<String> notes = output.write(folder.path(), seriesOf, o.threads());
            for (String n : notes)
                if (n.startsWith("warning:") || !o.quiet()) System.err.println(n.startsWith("warning:") ? n : "note: " + n);
            Map<String, Object> manifest = manifest(spec, o, extra, records.size(), output.failed(), started);
            if (!notes.isEmpty()) manifest.put("sensitivity_notes", notes);
            manifest.put("outputs", Manifest.hashes(folder.path(), List.of()));
            Json.write(folder.path().resolve("manifest.json"), manifest);
            folder.commit();
        }
    }

    private static Map<String, Object> manifest(SweepSpec spec, Options o, Map<String, Object> extra, int runs, int failed,
                                                long started) {
        Map<String, Object> m = Manifest.base(o.commandLine());
        m.put("spec_name", spec.name());
        m.put("spec_file", o.specFile());
        m.put("spec_sha256", spec.hash());
        m.put("description", spec.description);
        Map<String, Object> design = new LinkedHashMap<>();
        design.put("type", spec.type().key());
        design.putAll(new java.util.TreeMap<>(spec.designParameters));
        design.put("points", spec.points().size());
        design.put("seed", spec.designSeed);
        m.put("design", design);
        m.put("factors", spec.resolved().get("factors"));
        m.put("replications", spec.replications());
        m.put("seed", spec.seed());
        m.put("seed_rule", "run_id = design_point * replications + replicate; seed = Seeds.derive(seed, "
                + (spec.commonSeeds() ? "replicate)" : "run_id)"));
        m.put("steps", spec.steps);
        m.put("record_every", spec.recordEvery());
        m.put("runs", runs);
        m.put("failed", failed);
        m.putAll(extra);
        m.put("wall_ms", (System.nanoTime() - started) / 1_000_000);
        return m;
    }

    private static int count(SweepSpec spec, Shard shard) {
        int n = 0;
        for (int id = shard.index(); id < spec.runs(); id += shard.count()) n++;
        return n;
    }

    private static int failedIn(Path finished) throws ScenarioException {
        return ScenarioReader.readTree(finished.resolve("manifest.json"), MANIFEST_BYTES).path("failed").asInt();
    }

    /** A finished shard: its journal folder, renamed to the final name (without the lock file). */
    private static void moveShard(Path partial, Path target) throws IOException {
        Files.deleteIfExists(partial.resolve(".lock"));
        Files.createDirectories(target.getParent());
        if (Files.isDirectory(target)) Files.delete(target); // empty, checked at the start
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Temporary output folders left by a kill while the final files were written (we hold the lock). */
    private static void cleanStaleFolders(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, "." + target.getFileName() + ".partial-*")) {
            for (Path p : s) deleteRecursively(p);
        }
    }

    private static boolean nonEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return false;
        if (!Files.isDirectory(dir)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
