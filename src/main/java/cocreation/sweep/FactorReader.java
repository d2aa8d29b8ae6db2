package cocreation.sweep;

import cocreation.scenario.Names;
import cocreation.scenario.Overrides;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.sweep.design.Distribution;
import cocreation.sweep.design.Factor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a spec's factors: each names a scenario parameter (and a list element the base scenario
 * has) and gives either values, each of which the parameter must accept, or a range within the
 * parameter's own limits.
 */
final class FactorReader {
    private static final List<String> KEYS = List.of("path", "values", "min", "max", "distribution", "levels");

    private final SpecProblems problems;

    FactorReader(SpecProblems problems) {
        this.problems = problems;
    }

    List<Factor> read(JsonNode node, ObjectNode base) {
        List<Factor> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isArray() || node.isEmpty()) {
            problems.add("factors: expected a non-empty list of factors, found " + SpecProblems.kind(node));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            Factor f = factor(node.get(i), "factors[" + i + "]", base);
            if (f == null) continue;
            if (!seen.add(f.path())) problems.add("factors[" + i + "].path: '" + f.path() + "' is already a factor");
            else out.add(f);
        }
        return out;
    }

    private Factor factor(JsonNode f, String where, ObjectNode base) {
        if (!f.isObject()) {
            problems.add(where + ": expected an object, found " + SpecProblems.kind(f));
            return null;
        }
        int before = problems.size();
        problems.keys(f, where + ".", KEYS);
        if (problems.size() > before) return null;
        JsonNode pathNode = f.get("path");
        if (pathNode == null || !pathNode.isTextual()) {
            problems.add(where + ".path: " + (pathNode == null ? "missing" : "expected text, found " + SpecProblems.kind(pathNode)));
            return null;
        }
        String path = pathNode.asText();
        ParameterInfo info = ParameterRegistry.find(path);
        if (info == null) {
            problems.add(where + ".path: " + SpecProblems.unknownPath(path));
            return null;
        }
        if (path.equals("seed") || path.equals("description")) {
            problems.add(where + ".path: '" + path + "' cannot be a factor"
                    + (path.equals("seed") ? ": each run's seed is derived from the spec's seed" : ""));
            return null;
        }
        String missing = Overrides.set(base.deepCopy(), path, NullNode.getInstance());
        if (missing != null) {
            problems.add(where + ".path: " + missing);
            return null;
        }
        boolean listed = f.has("values"), ranged = f.has("min") || f.has("max");
        if (listed == ranged) {
            problems.add(where + ": give either values or min and max" + (listed ? ", not both" : ""));
            return null;
        }
        return listed ? listFactor(f, where, path, base) : rangeFactor(f, where, path, info, base);
    }

    private Factor listFactor(JsonNode f, String where, String path, ObjectNode base) {
        for (String k : List.of("distribution", "levels"))
            if (f.has(k)) problems.add(where + "." + k + ": only for a range (min and max), not for listed values");
        JsonNode values = f.get("values");
        if (!values.isArray() || values.isEmpty()) {
            problems.add(where + ".values: expected a non-empty list, found " + SpecProblems.kind(values));
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            JsonNode v = values.get(j);
            String at = where + ".values[" + j + "]";
            if (!(v.isNumber() || v.isTextual() || v.isBoolean())) {
                problems.add(at + ": expected a number, text or true/false, found " + SpecProblems.kind(v));
                continue;
            }
            Object value = v.isTextual() ? v.asText() : v.isBoolean() ? (Object) v.asBoolean()
                    : v.isIntegralNumber() ? (Object) v.asLong() : (Object) v.asDouble();
            if (list.contains(value)) problems.add(at + ": " + v + " is listed twice");
            else if (fits(base, path, v, at + ": ")) list.add(value);
        }
        return Factor.discrete(path, list);
    }

    private Factor rangeFactor(JsonNode f, String where, String path, ParameterInfo info, ObjectNode base) {
        if (!info.type().equals("number") && !info.type().equals("integer")) {
            problems.add(where + ": '" + path + "' is a " + info.type() + " parameter: list its values instead of a range");
            return null;
        }
        boolean integer = info.type().equals("integer");
        Double min = bound(f, "min", where, info), max = bound(f, "max", where, info);
        Distribution dist = integer ? Distribution.INTEGER_UNIFORM : Distribution.UNIFORM;
        if (f.has("distribution")) {
            JsonNode d = f.get("distribution");
            try {
                dist = Distribution.parse(d.isTextual() ? d.asText() : d.toString());
                if (dist == Distribution.DISCRETE) throw new IllegalArgumentException("'" + d.asText()
                        + "' is not a range distribution (expected uniform, loguniform or integer-uniform)");
                if (integer && dist != Distribution.INTEGER_UNIFORM)
                    throw new IllegalArgumentException("'" + path + "' takes whole numbers: use integer-uniform");
            } catch (IllegalArgumentException e) {
                problems.add(where + ".distribution: " + e.getMessage());
                return null;
            }
        }
        int levels = 0;
        if (f.has("levels")) {
            Long l = problems.integer(f.get("levels"), where + ".levels", 2, 10_000);
            if (l == null) return null;
            levels = l.intValue();
        }
        if (min == null || max == null) return null;
        Factor factor = Factor.range(path, min, max, dist, levels);
        List<String> errors = factor.validate();
        for (String e : errors) problems.add(where + ": " + e);
        if (!errors.isEmpty()) return null;
        boolean ok = fits(base, path, SweepSpec.node(factor.valueAt(0.0)), where + ".min: ");
        if (ok) fits(base, path, SweepSpec.node(factor.valueAt(1.0)), where + ".max: ");
        return factor;
    }

    private Double bound(JsonNode f, String key, String where, ParameterInfo info) {
        JsonNode n = f.get(key);
        String at = where + "." + key;
        if (n == null) return problems.fail(at + ": missing (a range needs min and max)");
        if (!n.isNumber()) return problems.fail(at + ": expected a number, found " + SpecProblems.kind(n));
        double v = n.asDouble();
        if (v < info.min()) return problems.fail(at + ": " + Names.number(v) + " is below the minimum of " + info.path()
                + " (" + Names.number(info.min()) + ")");
        if (v > info.max()) return problems.fail(at + ": " + Names.number(v) + " is above the maximum of " + info.path()
                + " (" + Names.number(info.max()) + ")");
        return v;
    }

    /** Whether the base scenario accepts this value at this path; reports why not. */
    private boolean fits(ObjectNode base, String path, JsonNode value, String prefix) {
        ObjectNode tree = base.deepCopy();
        Overrides.set(tree, path, value);
        return problems.bind(tree, prefix) != null;
    }
}
