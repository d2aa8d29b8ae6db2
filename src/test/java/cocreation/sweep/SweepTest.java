package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Municipality;
import cocreation.output.TidyCsv;
import cocreation.run.Seeds;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.statistics.Statistics;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    @TempDir Path tmp;

    /** The model, but runs whose seed is a multiple of 3 throw. */
    static final Function<Scenario, Municipality> SOMETIMES_FAILS = s -> {
        if (s.seed % 3 == 0) throw new IllegalStateException("no budget for seed " + s.seed);
        return Simulation.run(s);
    };

    static ObjectNode spec() {
        ObjectNode spec = SpecReaderTest.tiny();
        spec.putObject("record").put("every", 4);
        return spec;
    }

    private Path sweep(SweepSpec spec, String out, int threads, Shard shard, Function<Scenario, Municipality> model)
            throws Exception {
        Sweep.Result r = Sweep.run(spec, tmp.resolve(out), Fixtures.options(threads, false, shard), model);
        assertFalse(r.alreadyComplete());
        return r.folder();
    }

    /** A master seed whose 12 runs include failing ones (seed % 3 == 0) but not only those. */
    static ObjectNode withSomeFailures(ObjectNode spec) {
        for (long master = 1; ; master++) {
            long failing = 0;
            for (int id = 0; id < 12; id++) if (Seeds.derive(master, id) % 3 == 0) failing++;
            if (failing >= 2 && failing <= 6) {
                spec.put("seed", master);
                return spec;
            }
        }
    }

    @Test
    void resultsDoNotDependOnThreadsAndFailedRunsAreRecorded() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", withSomeFailures(spec())));
        Path one = sweep(spec, "one", 1, Shard.ALL, SOMETIMES_FAILS);
        Path two = sweep(spec, "two", 2, Shard.ALL, SOMETIMES_FAILS);
        Fixtures.assertSameOutputs(one, two);
        assertTrue(Files.exists(Journal.partialOf(one)), "the journal is kept while runs have failed, for --retry-failed");

        List<List<String>> runs = TidyCsv.readRows(one.resolve("runs.csv"));
        List<String> header = runs.get(0);
        assertEquals(List.of("run_id", "design_point", "replicate", "seed", "municipality.time_pressure",
                "municipality.regime", "status", "error"), header.subList(0, 8));
        assertEquals(13, runs.size(), "a header and one row per run");
        int failed = 0;
        for (int id = 0; id < 12; id++) {
            List<String> row = runs.get(id + 1);
            long seed = Seeds.derive(spec.seed(), id);
            assertEquals(List.of(String.valueOf(id), String.valueOf(id / 2), String.valueOf(id % 2), String.valueOf(seed)),
                    row.subList(0, 4), "runs sorted by run_id; seed from master seed and run id");
            boolean fails = seed % 3 == 0;
            assertEquals(fails ? "failed" : "ok", row.get(6));
            assertEquals(fails ? "IllegalStateException: no budget for seed " + seed : "", row.get(7));
            assertEquals(fails, row.get(header.indexOf("ideas_proposed")).isEmpty());
            if (fails) failed++;
        }
        assertTrue(failed > 0 && failed < 12);

        // summary: n and mean of each point over its runs that did not fail
        List<List<String>> summary = TidyCsv.readRows(one.resolve("summary.csv"));
        int col = header.indexOf("trust_between");
        for (List<String> row : summary.subList(1, summary.size())) {
            if (!row.get(3).equals("trust_between")) continue;
            int point = Integer.parseInt(row.get(0));
            List<Double> values = new ArrayList<>();
            for (int rep = 0; rep < 2; rep++) {
                String v = runs.get(point * 2 + rep + 1).get(col);
                if (!v.isEmpty()) values.add(Double.parseDouble(v));
            }
            assertEquals(String.valueOf(values.size()), row.get(4));
            if (!values.isEmpty())
                assertEquals(Statistics.mean(values.stream().mapToDouble(Double::doubleValue).toArray()),
                        Double.parseDouble(row.get(5)), 1e-9);
        }

        // time series: weeks 4, 8 and 12 of each run that did not fail
        List<List<String>> series = TidyCsv.readRows(one.resolve("timeseries.csv"));
        assertEquals(List.of("run_id", "step"), series.get(0).subList(0, 2));
        assertEquals(1 + 3 * (12 - failed), series.size());
        assertEquals(List.of("4", "8", "12"), series.subList(1, 4).stream().map(r -> r.get(1)).toList());
        assertTrue(Files.isRegularFile(one.resolve("charts/ideas_proposed-by-municipality.time_pressure.png")));
        assertTrue(Files.isRegularFile(one.resolve("charts/ideas_proposed-by-municipality.regime.svg")));
    }

    @Test
    void shardsMergeIntoTheSameBytesAsOneSweep() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", spec()));
        Path whole = sweep(spec, "whole", 2, Shard.ALL, Simulation::run);
        List<Path> shards = new ArrayList<>();
        for (int i = 0; i < 3; i++) shards.add(sweep(spec, "shard" + i, 1, new Shard(i, 3), Simulation::run));
        assertEquals(4, Journal.read(shards.get(1), spec).size(), "shard 1/3 of 12 runs: ids 1, 4, 7, 10");
        assertEquals(List.of(1, 4, 7, 10), new ArrayList<>(new java.util.TreeSet<>(Journal.read(shards.get(1), spec).keySet())));

        assertTrue(Sweep.run(spec, shards.get(0), Fixtures.options(1, true, new Shard(0, 3)), Simulation::run).alreadyComplete());
        ScenarioException notWhole = assertThrows(ScenarioException.class,
                () -> Sweep.run(spec, shards.get(0), Fixtures.options(1, true, Shard.ALL), Simulation::run));
        assertTrue(notWhole.problems().get(0).endsWith("holds shard 0/3, not the whole sweep"), notWhole.problems().toString());

        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> Sweep.merge(List.of(shards.get(0), shards.get(2)), tmp.resolve("m0"), Fixtures.options(1, false, Shard.ALL)));
        assertEquals("merge: 4 of 12 runs are missing: all of shard 1/3", missing.problems().get(0));
        assertFalse(Files.exists(tmp.resolve("m0")));

        Path merged = Sweep.merge(List.of(shards.get(2), shards.get(0), shards.get(1)), tmp.resolve("merged"),
                Fixtures.options(2, false, Shard.ALL)).folder();
        Fixtures.assertSameOutputs(whole, merged);

        ObjectNode other = spec();
        other.put("seed", 99);
        Path stranger = sweep(Fixtures.read(Fixtures.write(tmp, "other", other)), "stranger", 1, new Shard(1, 3), Simulation::run);
        ScenarioException different = assertThrows(ScenarioException.class,
                () -> Sweep.merge(List.of(shards.get(0), stranger, shards.get(2)), tmp.resolve("m1"), Fixtures.options(1, false, Shard.ALL)));
        assertTrue(different.problems().get(0).contains("holds runs of a different sweep"), different.problems().toString());
    }

    /** Thrown by a model to stop the sweep the hard way, like a crash. */
    static final class Crash extends Error {
        Crash() {
            super("crash");
        }
    }

    @Test
    void resumeAfterACrashAndATornLineRunsOnlyWhatIsMissing() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", spec()));
        Path reference = sweep(spec, "reference", 2, Shard.ALL, Simulation::run);

        AtomicInteger started = new AtomicInteger();
        Function<Scenario, Municipality> crashes = s -> {
            if (started.incrementAndGet() > 5) throw new Crash();
            return Simulation.run(s);
        };
        Path out = tmp.resolve("resumed");
        assertThrows(IllegalStateException.class, () -> Sweep.run(spec, out, Fixtures.options(1, false, Shard.ALL), crashes));
        Path partial = Journal.partialOf(out);
        assertFalse(Files.exists(out), "no final folder before the sweep is complete");
        assertEquals(5, Journal.read(partial, spec).size());
        // a torn last line, as a kill in the middle of a write leaves, and a stray temporary file
        Files.writeString(partial.resolve("journal.csv"), "7,123,ok,,1", StandardOpenOption.APPEND);
        Files.writeString(partial.resolve("timeseries/.7.csv.tmp-1"), "half a file");

        ScenarioException noResume = assertThrows(ScenarioException.class,
                () -> Sweep.run(spec, out, Fixtures.options(2, false, Shard.ALL), Simulation::run));
        assertTrue(noResume.problems().get(0).contains("add --resume"), noResume.problems().toString());

        // a kill while the final files were written leaves a hidden temporary output folder
        Path stale = Files.createDirectories(tmp.resolve(".resumed.partial-123"));
        Files.writeString(stale.resolve("runs.csv"), "half a table");

        AtomicInteger ran = new AtomicInteger();
        Sweep.Result r = Sweep.run(spec, out, Fixtures.options(2, true, Shard.ALL), s -> {
            ran.incrementAndGet();
            return Simulation.run(s);
        });
        assertEquals(12 - 5, ran.get(), "only the missing runs ran");
        assertFalse(Files.exists(partial));
        Fixtures.assertSameOutputs(reference, r.folder());

        assertFalse(Files.exists(stale), "the stale temporary folder is cleaned up");

        // a kill after the final rename but before the journal folder was deleted
        Files.createDirectories(partial.resolve("timeseries"));
        Sweep.Result again = Sweep.run(spec, out, Fixtures.options(2, true, Shard.ALL), Simulation::run);
        assertTrue(again.alreadyComplete());
        assertFalse(Files.exists(partial));
        ScenarioException exists = assertThrows(ScenarioException.class,
                () -> Sweep.run(spec, out, Fixtures.options(2, false, Shard.ALL), Simulation::run));
        assertTrue(exists.problems().get(0).contains("exists and is not empty"));
    }

    @Test
    void resumeRefusesAJournalOfAnotherSpec() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", spec()));
        Path out = tmp.resolve("out");
        AtomicInteger started = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> Sweep.run(spec, out, Fixtures.options(1, false, Shard.ALL), s -> {
            if (started.incrementAndGet() > 2) throw new Crash();
            return Simulation.run(s);
        }));
        ObjectNode changed = spec();
        changed.put("replications", 3);
        SweepSpec other = Fixtures.read(Fixtures.write(tmp, "s", changed));
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> Sweep.run(other, out, Fixtures.options(1, true, Shard.ALL), Simulation::run));
        assertTrue(e.problems().get(0).contains("holds runs of a different spec"), e.problems().toString());
        ScenarioException shard = assertThrows(ScenarioException.class,
                () -> Sweep.run(spec, out, Fixtures.options(1, true, new Shard(0, 2)), Simulation::run));
        assertTrue(shard.problems().get(0).contains("was started as shard 0/1, not 0/2"), shard.problems().toString());
    }

    @Test
    void sensitivityDesignsWriteIndicesForEveryMetricAndFactor() throws Exception {
        ObjectNode spec = spec();
        spec.remove("record");
        spec.put("replications", 1);
        spec.putObject("design").put("type", "sobol").put("base_samples", 4).put("bootstrap", 100);
        spec.putArray("factors").addObject().put("path", "municipality.time_pressure").put("min", 0).put("max", 1);
        ((com.fasterxml.jackson.databind.node.ArrayNode) spec.get("factors")).addObject()
                .put("path", "trust.initial").put("min", 0.2).put("max", 0.8);
        SweepSpec sobol = Fixtures.read(Fixtures.write(tmp, "sobol", spec));
        Path out = sweep(sobol, "sobol", 2, Shard.ALL, Simulation::run);
        List<List<String>> rows = TidyCsv.readRows(out.resolve("sensitivity.csv"));
        assertEquals(List.of("metric", "factor", "path", "S1", "S1_ci_low", "S1_ci_high", "ST", "ST_ci_low", "ST_ci_high"),
                rows.get(0));
        assertEquals(1 + 2 * RunRecord.METRICS.size(), rows.size());
        assertTrue(Files.isRegularFile(out.resolve("charts/sensitivity-ideas_proposed.png")));
        String notes = cocreation.output.Json.mapper().readTree(out.resolve("manifest.json").toFile()).get("sensitivity_notes").toString();
        assertTrue(notes.contains("warning: Sobol indices") && notes.contains("base samples"),
                "four base samples give implausible indices, and the note says how many would do: " + notes);

        spec.putObject("design").put("type", "morris").put("trajectories", 2).put("levels", 4);
        Path morris = sweep(Fixtures.read(Fixtures.write(tmp, "morris", spec)), "morris", 2, Shard.ALL, Simulation::run);
        List<List<String>> m = TidyCsv.readRows(morris.resolve("sensitivity.csv"));
        assertEquals(List.of("metric", "factor", "path", "mu", "mu_star", "mu_star_conf", "sigma", "effects", "mu_star_noise"),
                m.get(0));
        for (List<String> row : m.subList(1, m.size())) {
            // one effect per trajectory, fewer where the metric has no value at a point (cost_per_value before any
            // value is gained, arena_trust where no session could be held)
            int effects = Integer.parseInt(row.get(7));
            assertTrue(effects >= 0 && effects <= 2, row.toString());
            assertEquals(effects == 0, row.get(3).isEmpty(), row.toString());
            assertEquals(effects < 2, row.get(5).isEmpty(), "mu*'s interval needs two effects: " + row);
            if (row.get(0).equals("ideas_proposed")) assertEquals(2, effects);
            if (!row.get(4).isEmpty()) assertTrue(Double.parseDouble(row.get(4)) >= Math.abs(Double.parseDouble(row.get(3))) - 1e-9,
                    "mu* >= |mu|: " + row);
        }
        assertTrue(Files.isRegularFile(morris.resolve("charts/morris-plane-ideas_proposed.svg")));
        String morrisNotes = cocreation.output.Json.mapper().readTree(morris.resolve("manifest.json").toFile()).get("sensitivity_notes").toString();
        assertTrue(morrisNotes.contains("Morris: the widest interval of mu*") && morrisNotes.contains("trajectories would narrow"),
                morrisNotes);
    }

    @Test
    void aDataPackageDescribesEveryColumnOfEveryTable() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "dp", spec()));
        Path out = sweep(spec, "dp", 2, Shard.ALL, Simulation::run);
        cocreation.DataPackages.assertDescribes(out, List.of("runs.csv", "design.csv", "summary.csv", "timing.csv", "timeseries.csv"));
        com.fasterxml.jackson.databind.JsonNode p = cocreation.output.Json.mapper().readTree(out.resolve("datapackage.json").toFile());
        com.fasterxml.jackson.databind.JsonNode runs = p.get("resources").get(0).get("schema").get("fields");
        assertEquals("integer", runs.get(3).get("type").asText(), "the seed is an integer");
        assertEquals("string", runs.get(5).get("type").asText(), "the regime is a category, not a number");
        assertEquals("[\"regime_1.0\",\"regime_2.0\",\"regime_3.0\"]", runs.get(5).get("constraints").get("enum").toString(),
                "the choices as the tables write them");
        List<List<String>> table = TidyCsv.readRows(out.resolve("runs.csv"));
        assertTrue(table.get(1).get(5).matches("regime_[123]\\.0"), "a regime never reads as a number: " + table.get(1));
    }

    @Test
    void runIdsAreListedCompactly() {
        assertEquals("3-5, 9, 12-14", RunIds.compact(List.of(3, 4, 5, 9, 12, 13, 14)));
        assertEquals("all of shard 1/4; 2, 8", RunIds.missing(List.of(1, 2, 5, 8, 9), 10, 4));
    }
}
