package cocreation.docking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.model.Actor;
import cocreation.model.Municipality;
import cocreation.model.NetworkBuilder;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network builder's fixed shapes have the degrees, size and connectedness their names promise. */
class NetworkShapesTest {
    private static int[][] shape(String name, int n, double degree, double rewiring, long seed) {
        int[][] g = NetworkBuilder.neighbours(name, n, degree, rewiring, new MersenneTwisterFast(seed));
        for (int i = 0; i < n; i++)
            for (int j : g[i]) {
                assertTrue(j != i, name + ": a loop at " + i);
                assertTrue(java.util.Arrays.binarySearch(g[j], i) >= 0, name + ": tie " + i + "-" + j + " only at one end");
            }
        return g;
    }

    private static int ties(int[][] g) {
        int sum = 0;
        for (int[] row : g) sum += row.length;
        return sum / 2;
    }

    /** Nodes reached from node 0. */
    static int reached(int[][] g) {
        boolean[] seen = new boolean[g.length];
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        seen[0] = true;
        int count = 1;
        while (!queue.isEmpty())
            for (int j : g[queue.poll()])
                if (!seen[j]) {
                    seen[j] = true;
                    count++;
                    queue.add(j);
                }
        return count;
    }

    @Test
    void aRingTiesEveryoneToItsTwoNeighboursInOneCircle() {
        int[][] g = shape("ring", 100, 2, 0, 1);
        for (int i = 0; i < 100; i++) assertArrayEquals(i == 0 ? new int[] {1, 99} : i == 99 ? new int[] {0, 98}
                : new int[] {i - 1, i + 1}, g[i], "node " + i);
        assertEquals(100, ties(g));
        assertEquals(100, reached(g));
        int[][] four = shape("ring", 100, 4, 0, 1);
        for (int[] row : four) assertEquals(4, row.length);
    }

    @Test
    void aLineIsTheRingCutOpen() {
        int[][] g = shape("line", 100, 2, 0, 1);
        assertArrayEquals(new int[] {1}, g[0]);
        assertArrayEquals(new int[] {98}, g[99]);
        for (int i = 1; i < 99; i++) assertEquals(2, g[i].length);
        assertEquals(99, ties(g));
        assertEquals(100, reached(g));
    }

    @Test
    void aCompleteNetworkTiesEveryPair() {
        int[][] g = shape("complete", 100, 0, 0, 1);
        for (int[] row : g) assertEquals(99, row.length);
        assertEquals(100 * 99 / 2, ties(g));
    }

    @Test
    void aSmallWorldKeepsTheRingsTiesAndMovesSomeOfThem() {
        int[][] ring = shape("ring", 100, 4, 0, 7), sw = shape("small_world", 100, 4, 0.1, 7);
        assertEquals(ties(ring), ties(sw), "rewiring moves ties, it neither adds nor removes them");
        int moved = 0;
        for (int i = 0; i < 100; i++)
            for (int j : sw[i]) if (java.util.Arrays.binarySearch(ring[i], j) < 0) moved++;
        assertTrue(moved > 0 && moved < ties(ring), "some but not all ties rewired: " + moved / 2);
        assertEquals(100, reached(sw), "this small world is connected");
        assertArrayEquals(ring, shape("small_world", 100, 4, 0, 7), "no rewiring: the ring");
    }

    @Test
    void aRandomNetworkHasTheMeanDegreeAskedFor() {
        double sum = 0;
        for (long seed = 1; seed <= 20; seed++) sum += 2.0 * ties(shape("random", 100, 4, 0, seed)) / 100;
        assertEquals(4, sum / 20, 0.3);
    }

    @Test
    void anUnknownShapeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NetworkBuilder.neighbours("star", 10, 2, 0, new MersenneTwisterFast(1)));
    }

    @Test
    void theModelBuildsARingOfItsActorsWhenAsked() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), List.of("population.citizens=60", "population.officials=0",
                "population.organisations=0", "arenas=[]", "network.structure=ring", "network.mean_degree=2", "steps=1"));
        Municipality m = new Municipality(s);
        m.start();
        Actor[] actors = m.actors();
        for (Actor a : actors) assertEquals(2, m.network().degree(a.id), "actor " + a.id);
        int[] first = {m.network().other(0, 0), m.network().other(0, 1)};
        java.util.Arrays.sort(first);
        assertArrayEquals(new int[] {1, actors.length - 1}, first, "in id order, round the circle");
    }
}
