package cocreation.docking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.model.Landscape;
import cocreation.model.rules.Recombination;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lazer & Friedman's rule and Hong & Page's heuristics, relay and ability, each on its own. */
class SearchRulesTest {
    private final Landscape landscape = new Landscape(10, 3, 42);

    /** A solution and a better and a worse one, found by scanning the small landscape. */
    private long[] ordered() {
        long a = 0, better = -1, worse = -1;
        double va = landscape.value(a);
        for (long x = 1; x <= landscape.allParts() && (better < 0 || worse < 0); x++) {
            double v = landscape.value(x);
            if (v > va && better < 0) better = x;
            if (v < va && worse < 0) worse = x;
        }
        return new long[] {a, better, worse};
    }

    @Test
    void anAgentCopiesItsBestNeighbourWhenThatIsBetter() {
        long[] s = ordered();
        long own = s[0], better = s[1];
        long next = NetworkSearch.rule(landscape, own, landscape.value(own), better, landscape.value(better), 3);
        assertEquals(better, next, "copying takes every part of the better solution");
    }

    @Test
    void otherwiseItTriesOnePartAndKeepsTheChangeOnlyIfBetter() {
        long own = ordered()[0];
        double v = landscape.value(own);
        for (int part = 0; part < 10; part++) {
            long flipped = Recombination.flipNth(own, landscape.allParts(), part);
            long next = NetworkSearch.rule(landscape, own, v, own, v, part); // the best neighbour is no better
            assertEquals(landscape.value(flipped) > v ? flipped : own, next, "part " + part);
        }
        long worse = ordered()[2];
        long next = NetworkSearch.rule(landscape, own, v, worse, landscape.value(worse), 0);
        assertNotEquals(worse, next, "a worse neighbour is never copied");
    }

    @Test
    void theBestNeighbourIsTheOneWithTheHighestValue() {
        assertEquals(2, NetworkSearch.bestNeighbour(new int[] {0, 2, 3}, new double[] {0.1, 0.9, 0.5, 0.4}));
        assertEquals(-1, NetworkSearch.bestNeighbour(new int[0], new double[] {0.1}));
    }

    @Test
    void theGlobalMaximumIsAtLeastEveryValue() {
        Landscape small = new Landscape(8, 2, 3);
        double max = NetworkSearch.maximum(small);
        boolean hit = false;
        for (long x = 0; x < 256; x++) {
            assertTrue(small.value(x) <= max);
            hit |= small.value(x) == max;
        }
        assertTrue(hit);
    }

    @Test
    void aHeuristicStopsWhereNoneOfItsStepsImproves() {
        double[] ring = {5, 1, 7, 3, 9, 2, 4, 8, 6, 0};
        Heuristic h = new Heuristic(new int[] {2, 3});
        // from 0 (5): +2 -> 2 (7), +3 -> 5 (2) no, +2 -> 4 (9), +3 -> 7 (8) no, +2 -> 6 (4) no: stops at 4
        assertEquals(4, h.climb(ring, 0));
        int stop = h.climb(ring, 0);
        for (int step : h.steps()) assertTrue(ring[(stop + step) % ring.length] <= ring[stop], "a local optimum for its steps");
        assertEquals(4, new Heuristic(new int[] {1}).climb(ring, 3), "one step at a time uphill: 3 (3) -> 4 (9)");
        assertEquals(9, h.climb(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 9), "the ring wraps round: 10 is already the top");
    }

    @Test
    void stepsAreTriedInOrderSoOrderMatters() {
        double[] ring = {0, 5, 3, 1, 1, 1};
        // 1 then 2: 0 -> 1 (5); +2 -> 3 (1) no; +1 -> 2 (3) no: stops at 1
        assertEquals(1, new Heuristic(new int[] {1, 2}).climb(ring, 0));
        // 2 then 1: 0 -> 2 (3); +1 -> 3 (1) no; +2 -> 4 (1) no: stops at 2
        assertEquals(2, new Heuristic(new int[] {2, 1}).climb(ring, 0));
    }

    @Test
    void thereAre1320HeuristicsOfThreeStepsUpTo12() {
        List<Heuristic> all = Heuristic.all(3, 12);
        assertEquals(12 * 11 * 10, all.size());
        assertEquals(all.size(), all.stream().distinct().count());
        assertArrayEquals(new int[] {1, 2, 3}, all.get(0).steps());
        assertThrows(IllegalArgumentException.class, () -> new Heuristic(new int[] {2, 2, 3}));
        assertThrows(IllegalArgumentException.class, () -> new Heuristic(new int[] {0, 2}));
    }

    @Test
    void abilityOfATinyRingByHand() {
        double[] ring = {3, 1, 4, 1, 5};
        Heuristic h = new Heuristic(new int[] {1});
        // from 0: 3 -> 1 (1) no: stays at 3.  from 1: -> 2 (4) -> 3 (1) no: 4.  from 2: 4.  from 3: -> 4 (5) -> 0 (3) no: 5.  from 4: 5.
        assertEquals((3 + 4 + 4 + 5 + 5) / 5.0, DiversityContest.ability(h, ring, new int[] {0, 1, 2, 3, 4}), 1e-12);
        Heuristic two = new Heuristic(new int[] {2});
        // from 0: -> 2 (4) -> 4 (5) -> 1 (1) no: 5. from 1: -> 3 (1) no: 1. from 2: 5. from 3: -> 0 (3) -> 2 -> 4: 5. from 4: 5.
        assertEquals((5 + 1 + 5 + 5 + 5) / 5.0, DiversityContest.ability(two, ring, new int[] {0, 1, 2, 3, 4}), 1e-12);
    }

    @Test
    void aRelayStopsWhereNoMemberImprovesAndDoesAtLeastAsWellAsItsFirstMember() {
        double[] ring = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9};
        List<Heuristic> group = List.of(new Heuristic(new int[] {2}), new Heuristic(new int[] {1, 3}));
        for (int start = 0; start < ring.length; start++) {
            int stop = Relay.search(group, ring, start);
            for (Heuristic h : group) assertEquals(stop, h.climb(ring, stop), "no member moves on from " + stop);
            assertTrue(ring[stop] >= ring[group.get(0).climb(ring, start)], "start " + start);
        }
        assertEquals(DiversityContest.ability(group.get(0), ring, new int[] {4}),
                DiversityContest.performance(List.of(group.get(0)), ring, new int[] {4}), "a group of one is that solver");
    }

    @Test
    void diversityIsTheShareOfPositionsThatDiffer() {
        Heuristic a = new Heuristic(new int[] {1, 2, 3}), b = new Heuristic(new int[] {1, 3, 5}), c = new Heuristic(new int[] {3, 4, 5});
        assertEquals(2 / 3.0, a.distance(b), 1e-12);
        assertEquals(1, a.distance(c), 1e-12);
        assertEquals((2 / 3.0 + 1 + 2 / 3.0) / 3, DiversityContest.diversity(List.of(a, b, c)), 1e-12);
    }
}
