package cocreation.report;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.statistics.Estimate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RobustnessTest {
    private static Estimate e(double v) {
        return new Estimate(v, v - 1, v + 1, 10);
    }

    /** Two worlds, three options: A wins one world big and loses the other badly; B is never best but never far behind. */
    @Test
    void theMostRobustOptionHasTheLeastLargestRegretNotTheMostWins() {
        Estimate[][][] est = new Estimate[3][3][2];
        double[][] innovations = {{10, 8, 2}, {1, 7, 8}, {9, 8, 3}}; // [world][option]
        for (int w = 0; w < 3; w++)
            for (int k = 0; k < 3; k++) {
                est[w][k][0] = e(innovations[w][k]);
                est[w][k][1] = e(0);
            }
        List<Robustness.World> worlds = List.of(new Robustness.World(0, Map.of()), new Robustness.World(1, Map.of()),
                new Robustness.World(2, Map.of()));
        Robustness r = new Robustness(List.of(), worlds, est);
        List<Robustness.Standing> s = r.standings(0);
        assertEquals(2, s.get(0).best(), "A is best in two worlds");
        assertEquals(0, s.get(1).best());
        assertEquals(7, s.get(0).maxRegret(), 1e-12, "A falls 7 short in world 2");
        assertEquals(2, s.get(1).maxRegret(), 1e-12, "B falls at most 2 short");
        assertEquals(1, r.mostRobust(0), "B, the option that never falls far behind, is the robust choice");
        assertEquals(1, s.get(0).worst(), 1e-12);
        assertEquals(1, s.get(0).worstWorld());
        assertEquals((0 + 7 + 0) / 3.0, s.get(0).meanRegret(), 1e-12);
        assertEquals(3, r.standings(1).stream().filter(x -> x.best() == 3).count(), "ties count as best for each");
        assertEquals(1, r.typicalHalfWidth(0), 1e-12);
    }
}
