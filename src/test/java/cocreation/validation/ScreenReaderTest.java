package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.ScenarioException;
import cocreation.sweep.SweepSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed screen reads as a Morris sweep over the registry; broken screens are reported by file and path. */
class ScreenReaderTest {
    static final Path FILE = Path.of("validation", "00-lever-screen.json");

    @TempDir
    Path tmp;

    private String problems(String text) throws Exception {
        Path file = tmp.resolve("00-lever-screen.json");
        Files.writeString(file, text);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PatternReader.read(file, PatternReaderTest.PRESETS));
        for (String p : e.problems()) assertTrue(p.startsWith(file + ": "), p);
        return String.join("\n", e.problems());
    }

    @Test
    void theCommittedScreenIsAMorrisSweepOverEveryScreenedParameter() throws Exception {
        Pattern p = PatternReader.read(FILE, PatternReaderTest.PRESETS);
        assertTrue(p.isScreen());
        long levers = ParameterRegistry.all().stream().filter(i -> i.screened() && !i.type().equals("text")).count();
        SweepSpec full = p.spec("", false), quick = p.spec("", true);
        assertEquals(levers, full.factors().size());
        assertEquals(full.factors(), quick.factors());
        assertEquals(SweepSpec.DesignType.MORRIS, full.type());
        assertEquals(16 * (levers + 1) * 8, full.runs());
        assertEquals(2 * (levers + 1) * 2, quick.runs(), "quick: 2 trajectories");
        assertEquals(104, quick.steps());
        assertEquals(List.of(Check.Kind.PARAMETERS_MOVE, Check.Kind.LEVERS_MOVE), p.checks().stream().map(Check::kind).toList());
        assertTrue(p.screen().levers().contains("arenas[0].depth"));
        assertEquals(List.of("ideas_put_to_use", "value_gained", "practice_value_gain"), p.screen().keyOutputs());
        assertEquals(levers, p.screen().screened().size());
        assertEquals(ParameterRegistry.all().size(), p.screen().screened().size() + p.screen().notScreened().size());
    }

    @Test
    void unknownKeysBadValuesAndBadRangesAreReportedTogether() throws Exception {
        String good = Files.readString(FILE);
        String broken = good.replace("\"trajectories\": 16", "\"trajectory\": 16")
                .replace("\"population.citizens\": [1000, 2000]", "\"population.citizens\": [2000, 1000], \"trust.initial\": [0.2, 1.5]")
                .replace("\"key_outputs\": [\"ideas_put_to_use\"", "\"key_outputs\": [\"ideas_put_to_us\"")
                .replace("\"quick\": {\"trajectories\": 2", "\"quick\": {\"trajectorie\": 2")
                .replace("\"replications\": 8,", "\"replications\": 1,");
        String all = problems(broken);
        for (String expected : List.of(
                "screen.trajectory: unknown key (did you mean 'screen.trajectories'?)",
                "screen.trajectories: missing",
                "quick.trajectorie: unknown key (did you mean 'quick.trajectories'?)",
                "screen.replications: the replicate-noise reference needs at least 2 replications",
                "screen.key_outputs[0]: 'ideas_put_to_us' is not a metric (did you mean 'ideas_put_to_use'?)"))
            assertTrue(all.contains(expected), "missing: " + expected + "\nin:\n" + all);

        all = problems(good.replace("\"population.citizens\": [1000, 2000]", "\"population.citizens\": [2000, 1000], "
                + "\"trust.initial\": [0.2, 1.5]").replace("\"population.openness\", \"trust.initial\"", "\"population.openness\", \"trust.intial\""));
        for (String expected : List.of(
                "screen.ranges.population.citizens: 2000..1000 is not a range (low must be below high)",
                "screen.ranges.trust.initial: 0.2..1.5 is outside the limits of trust.initial (0..1)",
                "screen.levers[10]: 'trust.intial' is not a scenario parameter (did you mean 'trust.initial'?)"))
            assertTrue(all.contains(expected), "missing: " + expected + "\nin:\n" + all);
    }

    @Test
    void aScreenHasNoExperimentAndItsLeversMustBeScreened() throws Exception {
        String good = Files.readString(FILE);
        String all = problems(good.replace("\"quick\":", "\"checks\": [], \"quick\":")
                .replace("\"municipality.regime\", \"municipality.leadership\"", "\"seed\", \"arenas[1].depth\""));
        assertTrue(all.contains("checks: a screen pattern has none (the screen is its experiment, and decides it)"), all);
        assertTrue(all.contains("screen.levers[0]: 'seed' is not screened (each run's seed is derived from the screen's seed)"), all);
        assertTrue(all.contains("screen.levers[1]: 'arenas[1].depth' is not a factor of the screen: list parameters are "
                + "screened on their first element (arenas[0].depth)"), all);
    }

    @Test
    void rangesThatCanMakeAnInvalidRunFailAtReadTimeNamingBoth() throws Exception {
        String all = problems(Files.readString(FILE).replace("\"ranges\": {", "\"ranges\": {\"problems.wickedness\": [0, 15], "));
        assertTrue(all.contains("screen: problems.parts and problems.wickedness cannot be screened together: problems.parts = 14 "
                + "with problems.wickedness = 15 makes an invalid scenario"), all);
    }

    @Test
    void theSweepReadersOwnChecksApplyAndNameTheFactor() throws Exception {
        // 4 Morris levels over a choice of 4 values is fine; 2 levels are not
        String all = problems(Files.readString(FILE).replace("\"levels\": 4", "\"levels\": 2"));
        assertTrue(all.matches("(?s).*screen: factors\\[\\d+] \\(municipality\\.regime\\)\\.values: Morris with 2 levels reaches "
                + "only 2 of its 3 values.*"), all);
    }
}
