package cocreation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every preset runs for a simulated year with its seed, and its series obey their definitions. */
class PresetSmokeTest {
    static Stream<Path> presets() throws Exception {
        return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("presets")
    void runsAndKeepsItsInvariants(Path preset) throws Exception {
        Scenario s = ScenarioReader.read(preset, List.of("steps=60"));
        Municipality m = Simulation.run(s);
        List<double[]> rows = m.metrics().rows();
        assertEquals(60, rows.size());
        double[] previous = null;
        for (double[] r : rows) {
            for (Metric x : List.of(Metric.SYSTEM2_SHARE, Metric.HABIT_MEAN, Metric.TRUST_WITHIN, Metric.TRUST_BETWEEN,
                    Metric.GENERALIZED_TRUST, Metric.CROSS_SECTOR_TIE_SHARE, Metric.PRACTICE_VALUE, Metric.INSTITUTIONAL_TRUST,
                    Metric.FATIGUE_MEAN, Metric.POLITICAL_PRESSURE)) {
                double v = r[x.ordinal()];
                assertTrue(Double.isNaN(v) || (v >= 0 && v <= 1), x + " = " + v);
            }
            assertTrue(r[Metric.INNOVATIONS_NEW.ordinal()] >= r[Metric.INNOVATIONS_USEFUL.ordinal()]);
            assertTrue(r[Metric.INNOVATIONS_NEW.ordinal()] >= r[Metric.INNOVATIONS_USED.ordinal()]);
            assertTrue(r[Metric.IDEAS_PUT_TO_USE.ordinal()] >= r[Metric.INNOVATIONS_USED.ordinal()] + r[Metric.IDEAS_HARMFUL.ordinal()]);
            assertEquals(r[Metric.IDEAS_PROPOSED.ordinal()],
                    r[Metric.INNOVATIONS_NEW.ordinal()] + r[Metric.IDEAS_NOT_NEW.ordinal()]);
            double ended = 0;
            for (Metric x : List.of(Metric.IDEAS_MERGED, Metric.IDEAS_NOT_HEARD, Metric.IDEAS_SHELVED, Metric.IDEAS_REJECTED,
                    Metric.IDEAS_UNFUNDED, Metric.IDEAS_NO_BIDDER, Metric.IDEAS_STALLED, Metric.IDEAS_WITHDRAWN,
                    Metric.IDEAS_NOT_ADOPTED, Metric.IDEAS_OVERTAKEN, Metric.IDEAS_PUT_TO_USE)) ended += r[x.ordinal()];
            assertEquals(r[Metric.IDEAS_PROPOSED.ordinal()], ended + r[Metric.IDEAS_IN_PIPELINE.ordinal()], 0,
                    "every proposed idea is somewhere");
            if (previous != null)
                for (Metric x : List.of(Metric.IDEAS_PROPOSED, Metric.INNOVATIONS_USED, Metric.BUDGET_SPENT, Metric.ARENA_SESSIONS))
                    assertTrue(r[x.ordinal()] >= previous[x.ordinal()], x + " is cumulative");
            previous = r;
        }
        assertTrue(rows.get(59)[Metric.IDEAS_PROPOSED.ordinal()] > 0, "ideas are proposed within a year");
        assertTrue(m.network().ties() > 0);
    }
}
