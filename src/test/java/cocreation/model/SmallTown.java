package cocreation.model;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The baseline scenario as a small town of 1,000 (900 citizens, 80 officials, 20 organisations), started, for tests of one mechanism. */
final class SmallTown {
    private SmallTown() {
    }

    /** The town with these overrides (after the town's size), run for {@code weeks}. */
    static Municipality after(int weeks, List<String> overrides) throws Exception {
        List<String> all = new ArrayList<>(List.of("population.citizens=900", "population.officials=80",
                "population.organisations=20"));
        all.addAll(overrides);
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), all);
        Municipality m = new Municipality(s);
        m.start();
        for (int w = 0; w < weeks; w++) m.schedule.step(m);
        return m;
    }
}
