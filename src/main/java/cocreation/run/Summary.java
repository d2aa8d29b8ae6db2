package cocreation.run;

import cocreation.model.Idea;
import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.model.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end-of-run summary: every metric's final value, plus totals and changes over the run.
 * Deterministic: nothing here depends on the clock or the machine.
 */
public final class Summary {
    private Summary() {
    }

    /** Names of the derived values, beside the final value of each metric. */
    public static final List<String> DERIVED = List.of("innovations_used_per_year", "ideas_put_to_use_per_1000",
            "practice_value_gain", "relational_value_gain", "system2_share_mean", "trust_between_change",
            "institutional_trust_change");

    public static Map<String, Object> of(Municipality m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", m.scenario().name);
        out.put("seed", m.fullSeed());
        out.put("steps", m.week());
        out.put("population", m.actors().length);
        out.put("final", finals(m));
        out.put("derived", derived(m));
        out.put("stages", stages(m));
        return out;
    }

    /** By origin (individual, consultation, co_design, thick): proposals, and where they ended or are now. */
    public static Map<String, Map<String, Long>> stages(Municipality m) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (Origin o : Origin.values()) {
            Map<String, Long> row = new LinkedHashMap<>();
            row.put("proposed", m.metrics().proposed(o));
            for (Idea.Stage st : Idea.Stage.values()) if (st.end) row.put(st.column(), m.metrics().ended(o, st));
            out.put(o.label(), row);
        }
        return out;
    }

    /** Final value of every metric, by column name. */
    public static Map<String, Double> finals(Municipality m) {
        Map<String, Double> f = new LinkedHashMap<>();
        double[] last = m.metrics().latest();
        for (Metric x : Metric.values()) if (x != Metric.STEP) f.put(x.column(), last == null ? Double.NaN : last[x.ordinal()]);
        return f;
    }

    public static Map<String, Double> derived(Municipality m) {
        List<double[]> rows = m.metrics().rows();
        Map<String, Double> d = new LinkedHashMap<>();
        double[] first = rows.get(0), last = rows.get(rows.size() - 1);
        double years = rows.size() / 52.0;
        d.put("innovations_used_per_year", last[Metric.INNOVATIONS_USED.ordinal()] / years);
        d.put("ideas_put_to_use_per_1000", last[Metric.IDEAS_PUT_TO_USE.ordinal()] / (m.scenario().inhabitants() / 1000.0));
        d.put("practice_value_gain", last[Metric.PRACTICE_VALUE.ordinal()] - first[Metric.PRACTICE_VALUE.ordinal()]);
        d.put("relational_value_gain", last[Metric.RELATIONAL_VALUE.ordinal()] - first[Metric.RELATIONAL_VALUE.ordinal()]);
        double s2 = 0;
        int n = 0;
        for (double[] r : rows) {
            double v = r[Metric.SYSTEM2_SHARE.ordinal()];
            if (!Double.isNaN(v)) {
                s2 += v;
                n++;
            }
        }
        d.put("system2_share_mean", n == 0 ? Double.NaN : s2 / n);
        d.put("trust_between_change", last[Metric.TRUST_BETWEEN.ordinal()] - first[Metric.TRUST_BETWEEN.ordinal()]);
        d.put("institutional_trust_change", last[Metric.INSTITUTIONAL_TRUST.ordinal()] - first[Metric.INSTITUTIONAL_TRUST.ordinal()]);
        return d;
    }

    /** Three lines of headline results for the console: the chain, the value, the people. */
    public static List<String> headline(Municipality m) {
        Map<String, Double> f = finals(m), d = derived(m);
        java.util.function.Function<String, String> n = k -> cocreation.output.Numbers.format(round(f.get(k), 3));
        return List.of(
                String.format(java.util.Locale.ROOT, "ideas: %s proposed, %s put to use (%s from arenas), %s harmful; %s still in the pipeline",
                        n.apply("ideas_proposed"), n.apply("ideas_put_to_use"), n.apply("arena_ideas_put_to_use"),
                        n.apply("ideas_harmful"), n.apply("ideas_in_pipeline")),
                String.format(java.util.Locale.ROOT, "value: net value added %s, practice value %s (%+.3f over the run, drift included)",
                        n.apply("value_gained"), n.apply("practice_value"), d.get("practice_value_gain")),
                String.format(java.util.Locale.ROOT, "people: trust between sectors %s (%+.3f), in the municipality %s (%+.3f); "
                                + "%.0f%% of decisions deliberate (System 2)", n.apply("trust_between"), d.get("trust_between_change"),
                        n.apply("institutional_trust"), d.get("institutional_trust_change"), 100 * d.get("system2_share_mean")));
    }

    private static double round(Double x, int digits) {
        if (x == null || !Double.isFinite(x)) return x == null ? Double.NaN : x;
        return new java.math.BigDecimal(x).round(new java.math.MathContext(digits)).doubleValue();
    }
}
