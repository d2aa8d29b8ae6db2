package cocreation.model;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classroom window restarts one model: MASON's console re-seeds it and calls start() again.
 * Nothing of the stopped run may carry into the next (money kept back, staff hours owed, pressure).
 */
class RestartTest {
    @Test
    void aRestartedModelRunsAsAFreshOne() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), List.of("population.citizens=900",
                "population.officials=80", "population.organisations=20", "arenas[0].every_weeks=1"));
        Municipality restarted = new Municipality(s);
        restarted.start();
        for (int w = 0; w < 70; w++) restarted.schedule.step(restarted);
        assertTrue(restarted.runningSpend > 0, "the first run spent on running costs");
        restarted.setSeed(s.seed);
        restarted.start();
        Municipality fresh = new Municipality(s);
        fresh.setSeed(s.seed);
        fresh.start();
        for (int w = 0; w < 60; w++) {
            restarted.schedule.step(restarted);
            fresh.schedule.step(fresh);
            assertArrayEquals(fresh.metrics.latest(), restarted.metrics.latest(), "week " + (w + 1));
            assertEquals(fresh.runningSpendLastYear, restarted.runningSpendLastYear, "running costs kept back, week " + (w + 1));
            assertEquals(fresh.staffHoursOwed, restarted.staffHoursOwed, "staff hours owed, week " + (w + 1));
        }
    }
}
