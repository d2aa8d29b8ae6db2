package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.output.TidyCsv;
import cocreation.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docking patterns: read strictly, measured from their own tables, the same bytes whatever the threads. */
class DockingTest {
    static final Function<String, Path> PRESETS = name -> Path.of("scenarios", name + ".json");

    @TempDir
    Path tmp;

    @Test
    void theCommittedDockingPatternsRead() throws Exception {
        for (String id : List.of("05-lazer-friedman", "06-hong-page")) {
            Pattern p = PatternReader.read(Path.of("validation", id + ".json"), PRESETS);
            assertTrue(p.isDocking(), id);
            assertFalse(p.hasArms(), id);
            assertTrue(p.docking().replications(true) < p.docking().replications(false), id + ": quick is smaller");
            assertEquals(p.checks().size(), p.docking().references().size());
        }
    }

    @Test
    void brokenDockingPatternsAreReportedWithFileAndPath() throws Exception {
        String good = Files.readString(Path.of("validation", "05-lazer-friedman.json"));
        String broken = good.replace("\"agents\": 100", "\"agent\": 100")
                .replace("\"shape\": \"complete\"", "\"shape\": \"compete\"")
                .replaceFirst("\\{\"of\": \"linear\", \"weight\": -1}", "{\"of\": \"lineal\", \"weight\": -1}")
                .replace("\"metric\": \"distinct\", \"rounds\": [10, 10]", "\"metric\": \"distinct\", \"rounds\": [10, 500]")
                .replace("\"quick\": {\"replications\": 100}", "\"quick\": {\"replications\": 5000}");
        Path file = tmp.resolve("05-lazer-friedman.json");
        Files.writeString(file, broken);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PatternReader.read(file, PRESETS));
        String all = String.join("\n", e.problems());
        for (String expected : List.of(
                file + ": docking.agent: unknown key (did you mean 'docking.agents'?)",
                file + ": docking.agents: missing",
                file + ": docking.networks[1].shape: 'compete' is not one of ring, line, complete, random, small_world (did you mean 'complete'?)",
                file + ": checks[0].contrast[1].of: 'lineal' is not a network of the docking",
                file + ": checks[6].rounds: expected [from, to], whole rounds with 0 <= from <= to <= 200",
                file + ": quick.replications: 5000 is more than the full run's 1000"))
            assertTrue(all.contains(expected), "missing: " + expected + "\nin:\n" + all);
        String hp = Files.readString(Path.of("validation", "06-hong-page.json"))
                .replace("\"metric\": \"value\"", "\"metric\": \"score\"").replace("\"l\": 12", "\"l\": 2");
        Files.writeString(file, hp);
        all = String.join("\n", assertThrows(ScenarioException.class, () -> PatternReader.read(file, PRESETS)).problems());
        assertTrue(all.contains("checks[0].metric: 'score' is not a measure of hong_page (one of value, diversity, ability)"), all);
        assertTrue(all.contains("docking.k: 3 is more than l (2)"), all);
    }

    @Test
    void theOvertakingRoundIsWhereTheDifferenceStaysAbove0() {
        assertEquals(2, DockingRun.overtakeRound(new double[] {0, -1, 0.5, 0.2, 0.1, 0.3}));
        assertEquals(4, DockingRun.overtakeRound(new double[] {0, -1, 0.5, -0.2, 0.1, 0.3}), "the last crossing counts");
        assertEquals(-1, DockingRun.overtakeRound(new double[] {0, 1, 1, -0.1}));
        assertEquals(2, DockingRun.overtakeMeasure(new double[] {0, -1, 0.5, -0.2, 0.1, 0.3}, 5, true), "rounds 4 and 5 ahead");
        assertEquals(0, DockingRun.overtakeMeasure(new double[] {0, 1, 1, -0.1}, 3, true));
        assertTrue(Double.isNaN(DockingRun.overtakeMeasure(new double[] {0, 1, 1, -0.1}, 3, false)));
    }

    /** A small docking of each kind, run on one thread and on two: identical files, and findings that follow from replications.csv. */
    @Test
    void smallDockingsGiveTheSameFilesWhateverTheThreads() throws Exception {
        Path patterns = Files.createDirectories(tmp.resolve("patterns"));
        Files.writeString(patterns.resolve("lf.json"), Files.readString(Path.of("validation", "05-lazer-friedman.json"))
                .replace("\"replications\": 1000", "\"replications\": 12").replace("\"quick\": {\"replications\": 100}", "\"quick\": {\"replications\": 8}")
                .replace("\"rounds\": 200", "\"rounds\": 60").replace("\"parts\": 20", "\"parts\": 12"));
        Files.writeString(patterns.resolve("hp.json"), Files.readString(Path.of("validation", "06-hong-page.json"))
                .replace("\"replications\": 500", "\"replications\": 6").replace("\"quick\": {\"replications\": 50}", "\"quick\": {\"replications\": 4}")
                .replace("\"points\": 2000", "\"points\": 300").replace("\"l\": 12", "\"l\": 6"));
        List<Pattern> read = PatternReader.readAll(patterns, List.of(), PRESETS);
        for (int threads : new int[] {1, 2})
            Validation.run(read, tmp.resolve("t" + threads), new Validation.Options(true, threads, true, "test"));
        for (String f : files(tmp.resolve("t1")))
            if (!f.endsWith("manifest.json"))
                assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(f)), Files.readAllBytes(tmp.resolve("t2").resolve(f)), f);
        assertEquals(files(tmp.resolve("t1")), files(tmp.resolve("t2")));
        List<List<String>> validation = TidyCsv.readRows(tmp.resolve("t1").resolve("validation.csv"));
        List<List<String>> reps = TidyCsv.readRows(tmp.resolve("t1").resolve("experiments/hp/replications.csv"));
        // the first check of hp, random minus best, is the mean of its values in replications.csv
        double sum = 0;
        int n = 0;
        for (List<String> r : reps.subList(1, reps.size()))
            if (r.get(2).equals("0")) {
                sum += Double.parseDouble(r.get(4));
                n++;
            }
        assertEquals(4, n, "quick: four landscapes");
        List<String> h = validation.get(0);
        List<String> first = validation.stream().filter(r -> r.get(0).equals("hp")).findFirst().orElseThrow();
        assertEquals(sum / n, Double.parseDouble(first.get(h.indexOf("effect"))), 1e-9);
        assertTrue(Files.readString(tmp.resolve("t1").resolve("validation.html")).contains("score over rounds"));
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
