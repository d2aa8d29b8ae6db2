package cocreation.validation;

import cocreation.statistics.Estimate;
import cocreation.scenario.ParameterRegistry;
import cocreation.sweep.SweepSpec;
import cocreation.sweep.design.Factor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * One lever at a time, at the screen's base town: each of the talk's levers at the two ends of its
 * plausible range (a choice: each value against the default), many replications each, and the
 * difference in each key output with an interval widened for the number of comparisons of that
 * lever (Bonferroni). The arms share their seeds replicate by replicate (common random numbers), so
 * the difference is taken run by run (a paired t interval). A Morris screen averages a lever's effect over towns where something else
 * blocks the chain and has few runs per point; these runs ask, with the power to answer, whether
 * the lever moves what the talk is about in an ordinary town.
 */
final class LeverTests {
    /** The arm under which a lever's runs are kept in a screen pattern. */
    static String arm(String lever) {
        return "lever:" + lever;
    }

    /** One comparison: the lever at {@code to} against {@code from}, on an output. */
    record Test(String lever, String output, String from, String to, Estimate estimate, double low, double high,
                boolean moves) {}

    private LeverTests() {
    }

    /** The tests of one lever from its runs: the comparisons, each with its widened interval. */
    static List<Test> of(String lever, List<String> outputs, Runs runs) throws IOException {
        Factor f = runs.spec().factors().get(0);
        List<Object> values = f.gridValues(2);
        List<Object[]> pairs = new ArrayList<>();
        if (f.isDiscrete()) {
            Object base = ParameterRegistry.find(lever).defaultValue();
            for (Object v : values) if (!String.valueOf(v).equals(String.valueOf(base))) pairs.add(new Object[] {base, v});
        } else {
            pairs.add(new Object[] {values.get(0), values.get(values.size() - 1)});
        }
        int comparisons = pairs.size() * outputs.size();
        double widen = new NormalDistribution().inverseCumulativeProbability(1 - 0.025 / comparisons) / 1.959963984540054;
        List<Test> out = new ArrayList<>();
        for (Object[] pair : pairs)
            for (String output : outputs) {
                double[] from = runs.values(output, null, Map.of(f.path(), node(pair[0])));
                double[] to = runs.values(output, null, Map.of(f.path(), node(pair[1])));
                Estimate e = runs.spec().commonSeeds() && to.length == from.length
                        ? Effects.contrast(List.of(differences(to, from)), new double[] {1})
                        : Effects.contrast(List.of(to, from), new double[] {1, -1});
                double half = (e.high() - e.low()) / 2 * widen;
                double low = e.value() - half, high = e.value() + half;
                boolean moves = e.bounded() && (low > 0 || high < 0);
                out.add(new Test(lever, output, String.valueOf(pair[0]), String.valueOf(pair[1]), e, low, high, moves));
            }
        return out;
    }

    /** Replicate by replicate (runs of one seed), the lever's value minus the other's. */
    private static double[] differences(double[] to, double[] from) {
        double[] d = new double[to.length];
        for (int i = 0; i < d.length; i++) d[i] = to[i] - from[i];
        return d;
    }

    private static JsonNode node(Object v) {
        if (v instanceof Double d) return DoubleNode.valueOf(d);
        if (v instanceof Long l) return LongNode.valueOf(l);
        if (v instanceof Integer i) return LongNode.valueOf(i);
        return TextNode.valueOf(String.valueOf(v));
    }

    /** Whether the lever moves some key output in some comparison. */
    static boolean moves(List<Test> tests, String lever) {
        return tests.stream().anyMatch(t -> t.lever().equals(lever) && t.moves());
    }

    /** The spec of a lever's runs is the screen's, with one factor: the lever at its two ends, or over its choices. */
    static boolean isLeverArm(String arm) {
        return arm.startsWith("lever:");
    }

    static String lever(SweepSpec spec) {
        return spec.factors().get(0).path();
    }
}
