package cocreation.sweep.design;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignTest {
    private static final List<Factor> FACTORS = List.of(
            Factor.uniform("municipality.time_pressure", 0, 1),
            Factor.logUniform("citizens.count", 10, 1000),
            Factor.integerUniform("agents.k", 0, 9),
            Factor.discrete("policy.mode", List.of("open", "closed", "mixed")));

    @Test
    void gridIsFullFactorialWithFirstFactorSlowest() {
        GridDesign grid = new GridDesign(List.of(
                Factor.discrete("a", List.of(1, 2)),
                Factor.range("b", 0, 1, Distribution.UNIFORM, 3),
                Factor.discrete("c", List.of("x", "y"))), 5);
        List<DesignPoint> points = grid.generate(0);
        assertEquals(12, grid.size());
        assertEquals(12, points.size());
        assertEquals(List.of(1L, 0.0, "x"), List.copyOf(points.get(0).values().values()));
        assertEquals(List.of(1L, 0.0, "y"), List.copyOf(points.get(1).values().values()));
        assertEquals(List.of(1L, 0.5, "x"), List.copyOf(points.get(2).values().values()));
        assertEquals(List.of(2L, 0.0, "x"), List.copyOf(points.get(6).values().values()));
        assertEquals(List.of(2L, 1.0, "y"), List.copyOf(points.get(11).values().values()));
        Set<List<Object>> distinct = new HashSet<>();
        for (DesignPoint p : points) distinct.add(List.copyOf(p.values().values()));
        assertEquals(12, distinct.size());
        assertEquals(4 * 5, new GridDesign(List.of(Factor.uniform("u", 0, 1), Factor.discrete("d", List.of(1, 2, 3, 4))), 5).size());
    }

    @Test
    void latinHypercubeHasOnePointPerStratumPerFactor() {
        int n = 50;
        List<DesignPoint> points = new LatinHypercube(FACTORS, n).generate(42);
        assertEquals(n, points.size());
        for (int i = 0; i < FACTORS.size(); i++) {
            boolean[] hit = new boolean[n];
            for (DesignPoint p : points) {
                int stratum = (int) Math.floor(p.unit()[i] * n);
                assertFalse(hit[stratum], "stratum " + stratum + " of factor " + i + " sampled twice");
                hit[stratum] = true;
            }
        }
        for (DesignPoint p : points) {   // values are the factors' quantiles of the unit coordinates
            double t = (Double) p.values().get("municipality.time_pressure");
            assertEquals(p.unit()[0], t, 1e-15);
            double c = (Double) p.values().get("citizens.count");
            assertTrue(c >= 10 && c <= 1000);
            assertInstanceOf(Long.class, p.values().get("agents.k"));
        }
    }

    @Test
    void designsAreDeterministicInTheSeed() {
        List<ExperimentalDesign> designs = List.of(new LatinHypercube(FACTORS, 20),
                new MorrisDesign(FACTORS, 5, 4), new SaltelliDesign(FACTORS, 8, false));
        for (ExperimentalDesign d : designs) {
            assertEquals(d.generate(7), d.generate(7), d.getClass().getSimpleName());
            assertNotEquals(d.generate(7), d.generate(8), d.getClass().getSimpleName());
            assertEquals(d.size(), d.generate(7).size());
        }
        SaltelliDesign sobol = new SaltelliDesign(FACTORS, 8);
        assertEquals(sobol.generate(1), sobol.generate(2));  // Sobol sequence ignores the seed
        // pinned value: explicitly seeded MersenneTwister streams are the same on every JVM
        assertEquals(0.38117520629009655,
                new LatinHypercube(List.of(Factor.uniform("x", 0, 1)), 4).generate(7).get(0).unit()[0]);
    }

    @Test
    void morrisTrajectoriesMoveEachFactorOnceByDelta() {
        int p = 4, r = 10, k = FACTORS.size();
        MorrisDesign morris = new MorrisDesign(FACTORS, r, p);
        double delta = morris.delta();
        assertEquals(2.0 / 3.0, delta, 1e-15);
        List<DesignPoint> points = morris.generate(3);
        assertEquals(r * (k + 1), points.size());
        for (int t = 0; t < r; t++) {
            Set<Integer> moved = new HashSet<>();
            for (int s = 0; s <= k; s++) {
                DesignPoint pt = points.get(t * (k + 1) + s);
                assertEquals(t, pt.sample());
                for (double u : pt.unit()) assertEquals(0, Math.abs(u * (p - 1) - Math.rint(u * (p - 1))), 1e-12);
                if (s == 0) {
                    assertEquals(-1, pt.factor());
                    continue;
                }
                double[] prev = points.get(t * (k + 1) + s - 1).unit();
                for (int i = 0; i < k; i++)
                    assertEquals(i == pt.factor() ? delta : 0.0, Math.abs(pt.unit()[i] - prev[i]), 1e-12);
                moved.add(pt.factor());
            }
            assertEquals(k, moved.size());
        }
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(FACTORS, 4, 5));
    }

    @Test
    void saltelliHasNTimesKPlus2RunsWithMatchingColumns() {
        int n = 16, k = FACTORS.size();
        List<DesignPoint> points = new SaltelliDesign(FACTORS, n).generate(0);
        assertEquals(n * (k + 2), points.size());
        for (int j = 0; j < n; j++) {
            DesignPoint a = points.get(j * (k + 2)), b = points.get(j * (k + 2) + k + 1);
            assertEquals(DesignPoint.Block.A, a.block());
            assertEquals(DesignPoint.Block.B, b.block());
            for (int i = 0; i < k; i++) {
                DesignPoint ab = points.get(j * (k + 2) + 1 + i);
                assertEquals(DesignPoint.Block.AB, ab.block());
                assertEquals(i, ab.factor());
                for (int c = 0; c < k; c++) assertEquals(c == i ? b.unit()[c] : a.unit()[c], ab.unit()[c]);
            }
        }
        assertEquals(0.5, points.get(0).unit()[0]);  // first Sobol point (0,...,0) skipped
    }
}
