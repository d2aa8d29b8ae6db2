package cocreation.sweep.design;

import cocreation.statistics.Statistics;
import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class AnalysisTest {

    private static double[] run(List<DesignPoint> points, ToDoubleFunction<double[]> model, List<Factor> factors) {
        double[] y = new double[points.size()];
        for (int n = 0; n < y.length; n++) {
            double[] x = new double[factors.size()];
            for (int i = 0; i < x.length; i++)
                x[i] = ((Number) points.get(n).values().get(factors.get(i).path())).doubleValue();
            y[n] = model.applyAsDouble(x);
        }
        return y;
    }

    @Test
    void morrisRecoversSlopesInertFactorsAndNonlinearity() {
        // y = 2 x1 + 0 x2 + x3^2 - 3 x4, with x1 in [0,10], x2 in [-5,5], x3 in [0,1], x4 in [1,2]
        List<Factor> f = List.of(Factor.uniform("x1", 0, 10), Factor.uniform("x2", -5, 5),
                Factor.uniform("x3", 0, 1), Factor.uniform("x4", 1, 2));
        MorrisDesign design = new MorrisDesign(f, 20, 4);
        List<DesignPoint> points = design.generate(11);
        double[] y = run(points, x -> 2 * x[0] + 0 * x[1] + x[2] * x[2] - 3 * x[3], f);
        List<MorrisAnalysis.MorrisIndices> m = new MorrisAnalysis(f).analyse(points, y);

        assertEquals(2.0, m.get(0).mu(), 1e-9);
        assertEquals(2.0, m.get(0).muStar(), 1e-9);
        assertEquals(0.0, m.get(0).sigma(), 1e-9);
        assertEquals(0.0, m.get(1).muStar(), 1e-12);
        assertEquals(0.0, m.get(1).sigma(), 1e-12);
        assertEquals(-3.0, m.get(3).mu(), 1e-9);
        assertEquals(3.0, m.get(3).muStar(), 1e-9);
        // x3^2: EE = 2 x + delta for a step from x to x + delta, so it is positive but varies (x in {0, 1/3})
        assertTrue(m.get(2).muStar() > 0.5 && m.get(2).sigma() > 0.1, m.get(2).toString());
        assertEquals(m.get(2).mu(), m.get(2).muStar(), 1e-12);   // monotone increasing: no sign changes
        assertEquals(20, m.get(0).effects());

        // unscaled effects are per unit of design coordinate: slope x range
        List<MorrisAnalysis.MorrisIndices> unit = new MorrisAnalysis(f, false).analyse(points, y);
        assertEquals(20.0, unit.get(0).mu(), 1e-9);
        assertEquals(-3.0, unit.get(3).mu(), 1e-9);
    }

    @Test
    void morrisSigmaDetectsInteraction() {
        List<Factor> f = List.of(Factor.uniform("a", -1, 1), Factor.uniform("b", -1, 1));
        List<DesignPoint> points = new MorrisDesign(f, 30, 4).generate(5);
        List<MorrisAnalysis.MorrisIndices> m = new MorrisAnalysis(f).analyse(points, run(points, x -> x[0] * x[1], f));
        for (MorrisAnalysis.MorrisIndices mi : m) assertTrue(mi.sigma() > 0.3, mi.toString());
    }

    /** Ishigami function, a = 7, b = 0.1, on [-pi, pi]^3. */
    @Test
    void sobolIndicesOfIshigamiMatchAnalyticValues() {
        double a = 7, b = 0.1, pi = Math.PI;
        double v1 = 0.5 * Math.pow(1 + b * Math.pow(pi, 4) / 5, 2), v2 = a * a / 8;
        double v13 = 8 * b * b * Math.pow(pi, 8) / 225;   // x3 acts only through its interaction with x1
        double v = v1 + v2 + v13;
        double[] s1 = {v1 / v, v2 / v, 0};
        double[] st = {(v1 + v13) / v, v2 / v, v13 / v};
        assertArrayEquals(new double[] {0.3139, 0.4424, 0}, s1, 1e-4);     // published values
        assertArrayEquals(new double[] {0.5576, 0.4424, 0.2437}, st, 1e-4);

        List<Factor> f = List.of(Factor.uniform("x1", -pi, pi), Factor.uniform("x2", -pi, pi), Factor.uniform("x3", -pi, pi));
        ToDoubleFunction<double[]> ishigami =
                x -> Math.sin(x[0]) + a * Math.pow(Math.sin(x[1]), 2) + b * Math.pow(x[2], 4) * Math.sin(x[0]);
        List<DesignPoint> points = new SaltelliDesign(f, 4096).generate(0);
        List<SobolAnalysis.SobolIndices> idx = new SobolAnalysis(1).analyse(points, run(points, ishigami, f));
        assertIndices(idx, s1, st, 0.02);
    }

    /** Sobol' G function on [0,1]^6 with a = (0, 1, 4.5, 9, 99, 99). */
    @Test
    void sobolIndicesOfGFunctionMatchAnalyticValues() {
        double[] a = {0, 1, 4.5, 9, 99, 99};
        int k = a.length;
        double[] vi = new double[k];
        double prod = 1;
        for (int i = 0; i < k; i++) {
            vi[i] = 1.0 / (3 * (1 + a[i]) * (1 + a[i]));
            prod *= 1 + vi[i];
        }
        double v = prod - 1;
        double[] s1 = new double[k], st = new double[k];
        for (int i = 0; i < k; i++) {
            s1[i] = vi[i] / v;
            st[i] = vi[i] * (prod / (1 + vi[i])) / v;
        }
        List<Factor> f = new ArrayList<>();
        for (int i = 0; i < k; i++) f.add(Factor.uniform("x" + (i + 1), 0, 1));
        ToDoubleFunction<double[]> g = x -> {
            double y = 1;
            for (int i = 0; i < k; i++) y *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
            return y;
        };
        List<DesignPoint> points = new SaltelliDesign(f, 4096).generate(0);
        assertIndices(new SobolAnalysis(2).analyse(points, run(points, g, f)), s1, st, 0.02);

        // pseudo-random sampling converges more slowly: looser tolerance
        List<DesignPoint> mc = new SaltelliDesign(f, 8192, false).generate(99);
        assertIndices(new SobolAnalysis(3).analyse(mc, run(mc, g, f)), s1, st, 0.05);
    }

    @Test
    void bootstrapIntervalsBracketEstimatesAndShrinkWithN() {
        List<Factor> f = List.of(Factor.uniform("x1", 0, 1), Factor.uniform("x2", 0, 1));
        ToDoubleFunction<double[]> model = x -> x[0] + 0.5 * x[1] * x[1] + 1000;   // large mean offset
        double[] width = new double[2];
        int[] sizes = {256, 4096};
        for (int s = 0; s < 2; s++) {
            List<DesignPoint> points = new SaltelliDesign(f, sizes[s], false).generate(4);
            List<SobolAnalysis.SobolIndices> idx = new SobolAnalysis(500, 9, 0.95).analyse(points, run(points, model, f));
            for (SobolAnalysis.SobolIndices i : idx) {
                assertTrue(i.s1Low() <= i.s1() && i.s1() <= i.s1High(), i.toString());
                assertTrue(i.stLow() <= i.st() && i.st() <= i.stHigh(), i.toString());
            }
            width[s] = idx.get(0).s1High() - idx.get(0).s1Low();
            assertEquals(idx, new SobolAnalysis(500, 9, 0.95).analyse(points, run(points, model, f)));
        }
        assertTrue(width[1] < width[0] / 2, java.util.Arrays.toString(width));
    }

    private static void assertIndices(List<SobolAnalysis.SobolIndices> idx, double[] s1, double[] st, double tol) {
        for (int i = 0; i < s1.length; i++) {
            SobolAnalysis.SobolIndices e = idx.get(i);
            assertEquals(s1[i], e.s1(), tol, "S1 of " + e);
            assertEquals(st[i], e.st(), tol, "ST of " + e);
        }
    }

    @Test
    void statisticsOfReplicates() {
        double[] x = {1, 2, 3, 4, 5};
        Statistics.Summary s = Statistics.summarize(x);
        assertEquals(3.0, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-15);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);   // t_{0.975, 4}
        assertEquals(3 - half, s.ciLow(), 1e-9);
        assertEquals(3 + half, s.ciHigh(), 1e-9);
        Statistics.Summary one = Statistics.summarize(new double[] {4.2});
        assertEquals(4.2, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ciLow()) && Double.isNaN(one.ciHigh()));
        assertTrue(Double.isNaN(Statistics.mean(new double[0])));
        assertEquals(2.5, Statistics.percentile(new double[] {4, 1, 3, 2}, 0.5), 1e-15);
        assertEquals(4.0, Statistics.percentile(new double[] {4, 1, 3, 2}, 1.0), 1e-15);
    }
}
