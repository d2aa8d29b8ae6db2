package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpecReaderTest {

    /** A small valid grid spec on the baseline preset; tests change one thing in it. */
    static ObjectNode tiny() {
        try {
            return (ObjectNode) ScenarioReader.JSON.readTree("""
                    {
                      "scenario": "baseline",
                      "set": {"population.citizens": 60, "population.officials": 15, "population.organisations": 5},
                      "steps": 12,
                      "seed": 3,
                      "replications": 2,
                      "design": {"type": "grid", "levels": 3},
                      "factors": [
                        {"path": "municipality.time_pressure", "min": 0.1, "max": 0.9},
                        {"path": "municipality.regime", "values": ["1.0", "3.0"]}
                      ],
                      "metrics": ["ideas_proposed"]
                    }""");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static SweepSpec read(JsonNode tree) throws ScenarioException {
        return SpecReader.read(tree, "test", arg -> Path.of("scenarios", arg + ".json"));
    }

    static List<String> problems(JsonNode tree) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> read(tree));
        return e.problems();
    }

    private static void assertProblem(JsonNode tree, String expected) {
        List<String> p = problems(tree);
        assertTrue(p.stream().anyMatch(s -> s.contains(expected)), "expected '" + expected + "' in " + p);
    }

    private static ObjectNode factor(ObjectNode spec, int i) {
        return (ObjectNode) spec.withArray("factors").get(i);
    }

    @Test
    void readsAValidSpecIntoRunsAndSeeds() throws ScenarioException {
        SweepSpec s = read(tiny());
        assertEquals(6, s.points().size(), "3 levels x 2 values");
        assertEquals(12, s.runs(), "6 points x 2 replications");
        assertEquals(List.of("ideas_proposed"), s.chartMetrics);
        assertEquals(5, s.designPoint(10));
        assertEquals(1, s.replicate(11));
        assertNotEquals(s.seed(0), s.seed(1));
        // a run's scenario: the base with set applied, the point's values and the run's own seed
        var scenario = s.scenario(11);
        assertEquals(60, scenario.population.citizens);
        assertEquals(12, scenario.steps);
        assertEquals(0.9, scenario.municipality.time_pressure, 1e-12);
        assertEquals("3.0", scenario.municipality.regime);
        assertEquals(s.seed(11), scenario.seed);
    }

    @Test
    void commonSeedsShareAReplicatesSeedAcrossDesignPoints() throws ScenarioException {
        SweepSpec own = read(tiny());
        ObjectNode tree = tiny();
        tree.put("seeds", "per_replicate");
        SweepSpec common = read(tree);
        assertTrue(common.commonSeeds());
        assertEquals(common.seed(1), common.seed(11), "replicate 1 of point 0 and of point 5");
        assertNotEquals(common.seed(0), common.seed(1));
        assertNotEquals(own.seed(1), own.seed(11), "by default each run has its own seed");
        assertNotEquals(own.hash(), common.hash(), "the seed rule is part of the spec");
        tree.put("seeds", "per_point");
        assertProblem(tree, "seeds: 'per_point' is not one of per_run");
        tree.put("seeds", 3);
        assertProblem(tree, "seeds: expected text");
    }

    @Test
    void resolvedSpecReadsBackToTheSameHash() throws ScenarioException {
        SweepSpec s = read(tiny());
        assertTrue(s.resolved().get("scenario").isObject(), "base scenario is inlined");
        SweepSpec again = SpecReader.read(s.resolved(), "test", arg -> {
            throw new AssertionError("no file should be needed");
        });
        assertEquals(s.hash(), again.hash());
        ObjectNode changed = tiny();
        changed.put("seed", 4);
        assertNotEquals(s.hash(), read(changed).hash());
    }

    @Test
    void aSpecFileWithASecondObjectOrGarbageAfterItIsRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String tail : List.of("{\"replications\": 1}", " garbage", "\u0000")) {
            Path file = Files.writeString(dir.resolve("spec.json"), tiny().toString() + tail);
            ScenarioException e = assertThrows(ScenarioException.class, () -> SpecReader.read(file, arg -> Path.of("scenarios", arg + ".json")));
            assertTrue(e.problems().get(0).startsWith(file + ": not valid JSON at line 1"), e.problems().toString());
        }
        Path file = Files.writeString(dir.resolve("spec.json"), tiny().toString() + "\n");
        assertEquals(12, SpecReader.read(file, arg -> Path.of("scenarios", arg + ".json")).runs(), "a trailing newline is fine");
    }

    @Test
    void aFactorAlsoFixedInSetIsAContradiction() throws ScenarioException {
        ObjectNode spec = tiny();
        ((ObjectNode) spec.get("set")).put("municipality.time_pressure", 0.3);
        assertProblem(spec, "set.municipality.time_pressure: fixes municipality.time_pressure, which factors[0] varies; drop one of them");
        spec = tiny();
        ((ObjectNode) spec.get("set")).putObject("municipality").put("regime", "2.0");
        assertProblem(spec, "set.municipality: fixes municipality.regime, which factors[1] varies");
        spec = tiny();
        ((ObjectNode) spec.get("set")).putObject("municipality").put("leadership", 0.9); // a section set whole, the factor's key not in it
        assertEquals(12, read(spec).runs());
    }

    @Test
    void warningsOfTheDesignsScenariosAreCollectedOnce() throws ScenarioException {
        ObjectNode spec = tiny();
        ((ObjectNode) spec.get("set")).put("arenas[0].start_week", 100); // after the 12 steps, at every point
        assertEquals(List.of("arenas[0].start_week: 100 is after the last week (steps 12): the arena never meets"), read(spec).warnings());
    }

    @Test
    void unknownKeysAndPathsGetDidYouMean() {
        ObjectNode spec = tiny();
        spec.put("replicatoins", 3);
        factor(spec, 0).put("path", "municipality.time_presure");
        List<String> p = problems(spec);
        assertTrue(p.contains("replicatoins: unknown key (did you mean 'replications'?)"), p.toString());
        assertTrue(p.contains("factors[0].path: unknown scenario path 'municipality.time_presure' "
                + "(did you mean 'municipality.time_pressure'?)"), p.toString());
    }

    @Test
    void listElementPathsNeedTheElement() throws ScenarioException {
        ObjectNode spec = tiny();
        factor(spec, 0).put("path", "arenas[0].facilitation.humour");
        assertEquals(6, read(spec).points().size(), "the baseline has arena 0");
        factor(spec, 0).put("path", "arenas[1].facilitation.humour");
        assertProblem(spec, "factors[0].path: arenas[1].facilitation.humour: arenas[1] does not exist (the scenario has 1)");
        factor(spec, 0).put("path", "arenas[0].facilitation.humor");
        assertProblem(spec, "(did you mean 'arenas[0].facilitation.humour'?)");
    }

    @Test
    void rangesMustBeNonEmptyAndWithinTheParameter() {
        ObjectNode spec = tiny();
        factor(spec, 0).put("min", 0.5).put("max", 0.5);
        assertProblem(spec, "factors[0]: municipality.time_pressure: empty range [0.5, 0.5]");
        factor(spec, 0).put("min", 0.2).put("max", 1.5);
        assertProblem(spec, "factors[0].max: 1.5 is above the maximum of municipality.time_pressure (1)");
        factor(spec, 0).put("max", 0.8).put("distribution", "uniform").put("path", "population.citizens");
        assertProblem(spec, "factors[0].distribution: 'population.citizens' takes whole numbers: use integer-uniform");
        ObjectNode text = tiny();
        factor(text, 1).remove("values");
        factor(text, 1).put("min", 1).put("max", 3);
        assertProblem(text, "factors[1]: 'municipality.regime' is a choice parameter: list its values instead of a range");
    }

    @Test
    void listedValuesMustFitTheParameter() {
        ObjectNode spec = tiny();
        ((ArrayNode) factor(spec, 1).get("values")).add("4.0");
        assertProblem(spec, "factors[1].values[2]: municipality.regime: \"4.0\" is not one of 1.0, 2.0, 3.0");
        ObjectNode empty = tiny();
        factor(empty, 1).putArray("values");
        assertProblem(empty, "factors[1].values: expected a non-empty list");
    }

    @Test
    void replicationsSeedsAndRecordAreChecked() {
        ObjectNode spec = tiny();
        spec.put("replications", 0);
        assertProblem(spec, "replications: 0 is below 1");
        spec = tiny();
        spec.remove("replications");
        assertProblem(spec, "replications: missing");
        spec = tiny();
        spec.putObject("record").put("every", 13);
        assertProblem(spec, "record.every: 13 is above the number of steps (12)");
        spec = tiny();
        spec.putArray("metrics").add("trust_betwen");
        assertProblem(spec, "metrics[0]: \"trust_betwen\" is not a metric (did you mean 'trust_between'?)");
        spec = tiny();
        ((ObjectNode) spec.get("set")).put("population.citizen", 10);
        assertProblem(spec, "set.population.citizen: unknown scenario path 'population.citizen' (did you mean 'population.citizens'?)");
        spec = tiny();
        ((ObjectNode) spec.get("set")).put("seed", 10);
        assertProblem(spec, "set.seed: each run's seed is derived from the spec's seed");
    }

    @Test
    void designsThatDoNotFitTheFactorsAreRejected() {
        ObjectNode spec = tiny();
        spec.putObject("design").put("type", "morris").put("trajectories", 4).put("levels", 4);
        factor(spec, 0).put("levels", 3);
        ArrayNode values = (ArrayNode) factor(spec, 1).get("values");
        values.removeAll();
        for (int i = 0; i < 6; i++) values.add(0.1 * i);
        factor(spec, 1).put("path", "trust.initial");
        List<String> p = problems(spec);
        assertTrue(p.contains("factors[0].levels: only used by grid designs"), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("factors[1].values: Morris with 4 levels reaches only 4 of its 6 values")), p.toString());

        ObjectNode lhs = tiny();
        lhs.putObject("design").put("type", "lhs");
        assertProblem(lhs, "design.samples: missing (a lhs design needs it)");
        ObjectNode typo = tiny();
        typo.putObject("design").put("type", "sobl").put("base_samples", 8);
        assertProblem(typo, "did you mean 'sobol'?");
        ObjectNode odd = tiny();
        odd.putObject("design").put("type", "morris").put("trajectories", 4).put("levels", 3);
        assertProblem(odd, "design.levels: Morris needs an even number of levels, got 3");
    }

    @Test
    void designPointsThatMakeInvalidScenariosAreFoundUpFront() {
        ObjectNode spec = tiny();
        ArrayNode factors = spec.putArray("factors");
        factors.addObject().put("path", "problems.wickedness").putArray("values").add(3).add(8);
        factors.addObject().put("path", "problems.parts").putArray("values").add(6).add(10);
        List<String> p = problems(spec);
        assertEquals(1, p.size(), p.toString());
        assertEquals("design point 2 (problems.wickedness=8, problems.parts=6): problems.wickedness: 8 must be below "
                + "problems.parts (6)", p.get(0));
    }

    @Test
    void exampleSpecsAreValidAndNamedAfterTheirDesign() throws IOException, ScenarioException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios", "sweeps"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        List<String> designs = files.stream().map(f -> f.getFileName().toString().split("-")[0]).toList();
        assertEquals(List.of("grid", "lhs", "morris", "sobol"), designs);
        for (Path f : files) {
            SweepSpec s = SpecReader.read(f, arg -> Path.of("scenarios", arg + ".json"));
            assertEquals(f.getFileName().toString().split("-")[0], s.type().key(), f.toString());
            assertTrue(s.runs() > 0);
        }
    }
}
