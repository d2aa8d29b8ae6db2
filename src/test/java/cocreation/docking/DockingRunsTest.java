package cocreation.docking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Small end-to-end runs of both dockings: same seed, same result; the pieces fit together. */
class DockingRunsTest {
    private static final NetworkSearch.Settings SMALL = new NetworkSearch.Settings(20, 12, 3, 60, 8, List.of(
            new NetworkSearch.Network("linear", "line", 2, 0), new NetworkSearch.Network("complete", "complete", 19, 0)));

    @Test
    void networkSearchRunsAndRepeatsItself() {
        NetworkSearch.Result a = NetworkSearch.run(SMALL, 5), b = NetworkSearch.run(SMALL, 5);
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(a.score()[k], b.score()[k]);
            assertArrayEquals(a.distinct()[k], b.distinct()[k]);
        }
        assertEquals(a.score()[0][0], a.score()[1][0], "every network starts from the same solutions");
        for (double[] curve : a.score()) for (double x : curve) assertTrue(x > 0 && x <= 1, "scores are shares of the maximum");
        assertEquals(1, a.distinct()[1][60], "a complete network ends holding one solution");
        assertTrue(a.distinct()[0][5] >= a.distinct()[1][5], "the line keeps more solutions early on");
    }

    @Test
    void everyAgentsScoreOnlyRises() {
        // copying a strictly better solution or keeping a strictly better flip: the mean score cannot fall
        NetworkSearch.Result r = NetworkSearch.run(SMALL, 11);
        for (double[] curve : r.score())
            for (int t = 1; t < curve.length; t++) assertTrue(curve[t] >= curve[t - 1], "round " + t);
    }

    @Test
    void theContestRunsAndTheBestAreTheMostAble() {
        DiversityContest.Settings s = new DiversityContest.Settings(200, 100, 2, 6, 4, 0);
        DiversityContest.Result a = DiversityContest.run(s, 3), b = DiversityContest.run(s, 3);
        assertEquals(a, b);
        assertTrue(a.best().ability() >= a.random().ability());
        assertTrue(a.topAbility() >= a.best().ability() && a.best().ability() >= a.meanAbility());
        assertTrue(a.best().value() >= a.best().ability() - 1e-9, "a group does at least as well as its members on average");
        assertEquals(4, a.random().members().stream().distinct().count(), "drawn without repeats");
    }
}
