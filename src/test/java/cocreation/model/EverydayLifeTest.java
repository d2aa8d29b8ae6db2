package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

/** Meetings are drawn a block of actors ahead for speed only: the block size changes no result. */
class EverydayLifeTest {

    private static List<double[]> run(int block, double meetingsPerWeek) throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"),
                List.of("steps=40", "population.citizens=700", "population.officials=80", "population.organisations=20",
                        "network.meetings_per_week=" + meetingsPerWeek));
        Municipality m = new Municipality(s) {
            @Override
            protected Steppable phase(Steppable step, int ordering) {
                return ordering == EVERYDAY_LIFE ? new EverydayLife(actors.length, fullSeed(), block) : step;
            }
        };
        m.start();
        while (m.week() < s.steps) m.schedule.step(m);
        return m.metrics().rows();
    }

    @Test
    void blockSizeChangesNothing() throws Exception {
        for (double meetings : new double[] {1, 2.5}) {
            List<double[]> reference = run(1, meetings);
            for (int block : new int[] {7, 64, 1000}) {
                List<double[]> other = run(block, meetings);
                assertEquals(reference.size(), other.size());
                for (int w = 0; w < reference.size(); w++)
                    assertArrayEquals(reference.get(w), other.get(w), "block " + block + ", week " + (w + 1));
            }
        }
    }
}
