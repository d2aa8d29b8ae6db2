package cocreation.sweep;

import cocreation.scenario.Names;
import cocreation.sweep.SweepSpec.DesignType;
import cocreation.sweep.design.Distribution;
import cocreation.sweep.design.ExperimentalDesign;
import cocreation.sweep.design.Factor;
import cocreation.sweep.design.GridDesign;
import cocreation.sweep.design.LatinHypercube;
import cocreation.sweep.design.MorrisDesign;
import cocreation.sweep.design.SaltelliDesign;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a spec's design and checks that it fits the factors. */
final class DesignReader {
    static final Map<DesignType, List<String>> KEYS = Map.of(
            DesignType.GRID, List.of("type", "levels", "seed"),
            DesignType.LHS, List.of("type", "samples", "seed"),
            DesignType.MORRIS, List.of("type", "trajectories", "levels", "seed"),
            DesignType.SOBOL, List.of("type", "base_samples", "bootstrap", "seed"));

    private final SpecProblems problems;

    DesignReader(SpecProblems problems) {
        this.problems = problems;
    }

    DesignType type(JsonNode d) {
        if (!d.isObject()) {
            problems.add("design: expected an object with a type, found " + SpecProblems.kind(d));
            return null;
        }
        JsonNode t = d.get("type");
        List<String> names = new ArrayList<>();
        for (DesignType x : DesignType.values()) names.add(x.key());
        if (t == null || !t.isTextual() || !names.contains(t.asText())) {
            String hint = t != null && t.isTextual() ? Names.closest(t.asText(), names) : null;
            problems.add("design.type: " + (t == null ? "missing" : SpecProblems.kind(t) + " is not a design") + " (expected "
                    + String.join(", ", names) + ")" + Names.hint(hint));
            return null;
        }
        return DesignType.valueOf(t.asText().toUpperCase(Locale.ROOT));
    }

    ExperimentalDesign design(DesignType type, JsonNode d, List<Factor> factors, Map<String, Integer> params) {
        try {
            switch (type) {
                case GRID -> {
                    int levels = param(d, "levels", 2, 10_000, 5, params);
                    return new GridDesign(factors, levels);
                }
                case LHS -> {
                    int samples = param(d, "samples", 2, SpecReader.MAX_RUNS, -1, params);
                    return samples < 0 ? null : new LatinHypercube(factors, samples);
                }
                case MORRIS -> {
                    int r = param(d, "trajectories", 2, SpecReader.MAX_RUNS, -1, params);
                    int p = param(d, "levels", 2, 1000, 4, params);
                    if (p > 0 && p % 2 != 0) problems.add("design.levels: Morris needs an even number of levels, got " + p);
                    if (p > 0) morrisFits(factors, p);
                    return r < 0 || p % 2 != 0 ? null : new MorrisDesign(factors, r, p);
                }
                case SOBOL -> {
                    int n = param(d, "base_samples", 2, SpecReader.MAX_RUNS, -1, params);
                    param(d, "bootstrap", 100, 100_000, 1000, params);
                    return n < 0 ? null : new SaltelliDesign(factors, n);
                }
                default -> throw new IllegalStateException();
            }
        } catch (IllegalArgumentException e) {
            problems.add("design: " + e.getMessage());
            return null;
        } finally {
            for (int i = 0; i < factors.size(); i++)
                if (type != DesignType.GRID && factors.get(i).levels() > 0)
                    problems.add(factorWhere(factors, i) + ".levels: only used by grid designs");
        }
    }

    /** Morris moves on a p-level grid: listed values beyond p are never reached, too few integers repeat levels. */
    private void morrisFits(List<Factor> factors, int p) {
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            if (f.isDiscrete() && f.values().size() > p)
                problems.add(factorWhere(factors, i) + ".values: Morris with " + p + " levels reaches only " + p + " of its "
                        + f.values().size() + " values: set design.levels to " + (f.values().size() + f.values().size() % 2)
                        + " or list fewer values");
            if (f.distribution() == Distribution.INTEGER_UNIFORM && f.max() - f.min() + 1 < p)
                problems.add(factorWhere(factors, i) + ": Morris with " + p + " levels needs at least " + p
                        + " whole numbers in the range, it has " + Names.number(f.max() - f.min() + 1));
        }
    }

    private String factorWhere(List<Factor> factors, int i) {
        return "factors[" + i + "]";
    }

    private int param(JsonNode d, String key, long min, long max, int dflt, Map<String, Integer> params) {
        JsonNode n = d.get(key);
        if (n == null) {
            if (dflt < 0) {
                problems.add("design." + key + ": missing (a " + d.get("type").asText() + " design needs it)");
                return -1;
            }
            params.put(key, dflt);
            return dflt;
        }
        Long v = problems.integer(n, "design." + key, min, max);
        if (v == null) return -1;
        params.put(key, v.intValue());
        return v.intValue();
    }
}
