package cocreation.sweep;

import cocreation.scenario.Names;
import cocreation.scenario.Overrides;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import cocreation.sweep.SweepSpec.DesignType;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.Distribution;
import cocreation.sweep.design.ExperimentalDesign;
import cocreation.sweep.design.Factor;
import cocreation.sweep.design.GridDesign;
import cocreation.sweep.design.LatinHypercube;
import cocreation.sweep.design.MorrisDesign;
import cocreation.sweep.design.SaltelliDesign;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads sweep specs as strictly as scenarios: the JSON is read as a plain tree, every key must be
 * known, factor paths must name scenario parameters (and list elements the base scenario has),
 * values must fit each parameter's type and range, and every design point must make a valid
 * scenario. All problems are reported together, each with its path in the spec.
 */
public final class SpecReader {
    /** Most runs one sweep may have (the design points are held in memory). */
    public static final int MAX_RUNS = 1_000_000;

    private static final List<String> TOP = List.of("description", "scenario", "set", "steps", "seed",
            "replications", "design", "factors", "record", "metrics");
    private static final List<String> FACTOR = List.of("path", "values", "min", "max", "distribution", "levels");
    private static final Map<DesignType, List<String>> DESIGN = Map.of(
            DesignType.GRID, List.of("type", "levels", "seed"),
            DesignType.LHS, List.of("type", "samples", "seed"),
            DesignType.MORRIS, List.of("type", "trajectories", "levels", "seed"),
            DesignType.SOBOL, List.of("type", "base_samples", "bootstrap", "seed"));
    private static final long MAX_SEED = (1L << 53) - 1;
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final List<String> problems = new ArrayList<>();
    private int deferred;

    private SpecReader() {
    }

    /**
     * Reads a spec file. Its {@code scenario} is a path relative to the spec's folder, or else what
     * {@code presets} makes of it (e.g. a preset name), or an inline scenario object.
     */
    public static SweepSpec read(Path file, Function<String, Path> presets) throws ScenarioException {
        JsonNode tree = ScenarioReader.readTree(file);
        String name = file.getFileName().toString();
        if (name.endsWith(".json")) name = name.substring(0, name.length() - 5);
        Path dir = file.toAbsolutePath().getParent();
        return read(tree, name, arg -> {
            Path local = dir.resolve(arg);
            return Files.exists(local) ? local : presets.apply(arg);
        });
    }

    /** Reads a spec tree; {@code scenarios} finds a base scenario named by a string. */
    public static SweepSpec read(JsonNode tree, String name, Function<String, Path> scenarios) throws ScenarioException {
        return new SpecReader().spec(tree, name, scenarios);
    }

    private SweepSpec spec(JsonNode tree, String name, Function<String, Path> scenarios) throws ScenarioException {
        if (!tree.isObject()) throw new ScenarioException("spec: expected a JSON object at the top");
        keys(tree, "", TOP);
        if (!tree.has("replications")) problems.add("replications: missing");
        deferred = problems.size(); // these do not stop the other checks
        for (String required : List.of("scenario", "design", "factors"))
            if (!tree.has(required)) problems.add(required + ": missing");
        if (!tree.has("scenario")) check();

        JsonNode scenarioTree = baseScenario(tree.get("scenario"), scenarios);
        check();
        ObjectNode base = ((ObjectNode) scenarioTree).deepCopy();
        applySet(base, tree.get("set"));
        if (tree.has("steps")) {
            Long steps = integer(tree.get("steps"), "steps", 1, 100_000);
            if (steps != null) base.set("steps", IntNode.valueOf(steps.intValue()));
        }
        check();
        Scenario bound = bind(base, "set: ");
        check();

        String description = tree.has("description") ? text(tree.get("description"), "description") : "";
        Long replications = tree.has("replications") ? integer(tree.get("replications"), "replications", 1, MAX_RUNS) : null;
        Long seed = tree.has("seed") ? integer(tree.get("seed"), "seed", 0, MAX_SEED) : Long.valueOf(1);
        int every = record(tree.get("record"), bound.steps);
        List<String> metrics = metrics(tree.get("metrics"));
        List<Factor> factors = factors(tree.get("factors"), base);
        JsonNode d = tree.get("design");
        DesignType type = d == null ? null : designType(d);
        check();
        keys(d, "design.", DESIGN.get(type));
        Map<String, Integer> parameters = new LinkedHashMap<>();
        Long designSeed = d.has("seed") ? integer(d.get("seed"), "design.seed", 0, MAX_SEED) : seed;
        ExperimentalDesign design = design(type, d, factors, parameters);
        deferred = 0;
        check();

        long runs = (long) design.size() * replications;
        if (runs > MAX_RUNS)
            throw new ScenarioException("design: " + design.size() + " points x " + replications + " replications = "
                    + runs + " runs, above the limit of " + MAX_RUNS);
        ObjectNode resolved = ((ObjectNode) tree).deepCopy();
        resolved.set("scenario", scenarioTree);
        SweepSpec spec = new SweepSpec(name, description, base, factors, type, parameters, design,
                replications.intValue(), seed, designSeed, bound.steps, every, metrics, resolved);
        checkPoints(spec);
        check();
        return spec;
    }

    private void check() throws ScenarioException {
        if (problems.size() > deferred) throw new ScenarioException(problems);
    }

    // ---- the base scenario and fixed overrides ----

    private JsonNode baseScenario(JsonNode node, Function<String, Path> scenarios) {
        JsonNode tree = node;
        if (node.isTextual()) {
            try {
                tree = ScenarioReader.readTree(scenarios.apply(node.asText()));
            } catch (ScenarioException e) {
                for (String p : e.problems()) problems.add("scenario: " + p);
                return null;
            }
        }
        if (!tree.isObject()) {
            problems.add("scenario: expected a scenario file name, a preset name or a scenario object, found " + kind(node));
            return null;
        }
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        bind(copy, "scenario: ");
        return copy;
    }

    private void applySet(ObjectNode base, JsonNode set) {
        if (set == null) return;
        if (!set.isObject()) {
            problems.add("set: expected an object of scenario paths and values, found " + kind(set));
            return;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) set::fields) {
            String path = e.getKey(), where = "set." + path;
            if (path.equals("seed")) {
                problems.add(where + ": each run's seed is derived from the spec's seed; set that instead");
                continue;
            }
            if (!isParameterOrSection(path)) {
                problems.add(where + ": " + unknownPath(path));
                continue;
            }
            String problem = Overrides.set(base, path, e.getValue().deepCopy());
            if (problem != null) problems.add(where + ": " + problem);
        }
    }

    private Scenario bind(ObjectNode tree, String prefix) {
        try {
            return ScenarioReader.bind(tree);
        } catch (ScenarioException e) {
            for (String p : e.problems()) problems.add(prefix + p);
            return null;
        }
    }

    // ---- factors ----

    private List<Factor> factors(JsonNode node, ObjectNode base) {
        List<Factor> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isArray() || node.isEmpty()) {
            problems.add("factors: expected a non-empty list of factors, found " + kind(node));
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
            problems.add(where + ": expected an object, found " + kind(f));
            return null;
        }
        int before = problems.size();
        keys(f, where + ".", FACTOR);
        if (problems.size() > before) return null;
        JsonNode pathNode = f.get("path");
        if (pathNode == null || !pathNode.isTextual()) {
            problems.add(where + ".path: " + (pathNode == null ? "missing" : "expected text, found " + kind(pathNode)));
            return null;
        }
        String path = pathNode.asText();
        ParameterInfo info = ParameterRegistry.find(path);
        if (info == null) {
            problems.add(where + ".path: " + unknownPath(path));
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
            problems.add(where + ".values: expected a non-empty list, found " + kind(values));
            return null;
        }
        List<Object> list = new ArrayList<>();
        for (int j = 0; j < values.size(); j++) {
            JsonNode v = values.get(j);
            String at = where + ".values[" + j + "]";
            if (!(v.isNumber() || v.isTextual() || v.isBoolean())) {
                problems.add(at + ": expected a number, text or true/false, found " + kind(v));
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
            Long l = integer(f.get("levels"), where + ".levels", 2, 10_000);
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
        if (n == null) return fail(at + ": missing (a range needs min and max)");
        if (!n.isNumber()) return fail(at + ": expected a number, found " + kind(n));
        double v = n.asDouble();
        if (v < info.min()) return fail(at + ": " + Names.number(v) + " is below the minimum of " + info.path()
                + " (" + Names.number(info.min()) + ")");
        if (v > info.max()) return fail(at + ": " + Names.number(v) + " is above the maximum of " + info.path()
                + " (" + Names.number(info.max()) + ")");
        return v;
    }

    /** Whether the base scenario accepts this value at this path; reports why not. */
    private boolean fits(ObjectNode base, String path, JsonNode value, String prefix) {
        ObjectNode tree = base.deepCopy();
        Overrides.set(tree, path, value);
        return bind(tree, prefix) != null;
    }

    // ---- design, record, metrics ----

    private DesignType designType(JsonNode d) {
        if (!d.isObject()) {
            problems.add("design: expected an object with a type, found " + kind(d));
            return null;
        }
        JsonNode t = d.get("type");
        List<String> names = new ArrayList<>();
        for (DesignType x : DesignType.values()) names.add(x.key());
        if (t == null || !t.isTextual() || !names.contains(t.asText())) {
            String hint = t != null && t.isTextual() ? Names.closest(t.asText(), names) : null;
            problems.add("design.type: " + (t == null ? "missing" : kind(t) + " is not a design") + " (expected "
                    + String.join(", ", names) + ")" + (hint == null ? "" : "; did you mean '" + hint + "'?"));
            return null;
        }
        return DesignType.valueOf(t.asText().toUpperCase(java.util.Locale.ROOT));
    }

    private ExperimentalDesign design(DesignType type, JsonNode d, List<Factor> factors, Map<String, Integer> params) {
        try {
            switch (type) {
                case GRID -> {
                    int levels = param(d, "levels", 2, 10_000, 5, params);
                    return new GridDesign(factors, levels);
                }
                case LHS -> {
                    int samples = param(d, "samples", 2, MAX_RUNS, -1, params);
                    return samples < 0 ? null : new LatinHypercube(factors, samples);
                }
                case MORRIS -> {
                    int r = param(d, "trajectories", 2, MAX_RUNS, -1, params);
                    int p = param(d, "levels", 2, 1000, 4, params);
                    if (p > 0 && p % 2 != 0) problems.add("design.levels: Morris needs an even number of levels, got " + p);
                    if (p > 0) morrisFits(factors, p);
                    return r < 0 || p % 2 != 0 ? null : new MorrisDesign(factors, r, p);
                }
                case SOBOL -> {
                    int n = param(d, "base_samples", 2, MAX_RUNS, -1, params);
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
        Long v = integer(n, "design." + key, min, max);
        if (v == null) return -1;
        params.put(key, v.intValue());
        return v.intValue();
    }

    private int record(JsonNode r, int steps) {
        if (r == null || (r.isTextual() && r.asText().equals("final"))) return 0;
        if (!r.isObject()) {
            problems.add("record: expected \"final\" or {\"every\": k}, found " + kind(r));
            return 0;
        }
        keys(r, "record.", List.of("every"));
        if (!r.has("every")) {
            problems.add("record.every: missing");
            return 0;
        }
        Long every = integer(r.get("every"), "record.every", 1, 100_000);
        if (every != null && every > steps) {
            problems.add("record.every: " + every + " is above the number of steps (" + steps + ")");
            return 0;
        }
        return every == null ? 0 : every.intValue();
    }

    private List<String> metrics(JsonNode m) {
        if (m == null) return RunRecord.METRICS;
        List<String> out = new ArrayList<>();
        if (!m.isArray() || m.isEmpty()) {
            problems.add("metrics: expected a non-empty list of metric names, found " + kind(m));
            return out;
        }
        for (int i = 0; i < m.size(); i++) {
            JsonNode n = m.get(i);
            String name = n.asText();
            if (!n.isTextual() || !RunRecord.METRICS.contains(name)) {
                String hint = n.isTextual() ? Names.closest(name, RunRecord.METRICS) : null;
                problems.add("metrics[" + i + "]: " + kind(n) + " is not a metric"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
            } else if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    // ---- every design point must make a valid scenario ----

    private void checkPoints(SweepSpec spec) {
        int failed = 0;
        for (DesignPoint p : spec.points()) {
            try {
                ScenarioReader.bind(spec.pointTree(p));
            } catch (ScenarioException e) {
                if (++failed <= 5)
                    for (String problem : e.problems()) problems.add("design point " + p.index() + " " + describe(p) + ": " + problem);
            }
        }
        if (failed > 5) problems.add("... and " + (failed - 5) + " more of the " + spec.points().size()
                + " design points make invalid scenarios");
    }

    private static String describe(DesignPoint p) {
        StringBuilder b = new StringBuilder("(");
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            if (b.length() > 1) b.append(", ");
            Object v = e.getValue();
            b.append(e.getKey()).append('=').append(v instanceof Double d ? Names.number(d) : String.valueOf(v));
        }
        return b.append(')').toString();
    }

    // ---- small readers ----

    private void keys(JsonNode node, String prefix, List<String> allowed) {
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (allowed.contains(e.getKey())) continue;
            String hint = Names.closest(e.getKey(), allowed);
            problems.add(prefix + e.getKey() + ": unknown key" + (hint == null ? "" : " (did you mean '" + prefix + hint + "'?)"));
        }
    }

    private Long integer(JsonNode n, String at, long min, long max) {
        if (n == null || !n.isNumber()) return fail(at + ": expected a whole number, found " + kind(n));
        double v = n.asDouble();
        if (!n.isIntegralNumber() && v != Math.rint(v)) return fail(at + ": " + n + " is not a whole number");
        if (v < min) return fail(at + ": " + n + " is below " + min);
        if (v > max) return fail(at + ": " + n + " is above " + max);
        return n.canConvertToLong() ? n.asLong() : (long) v;
    }

    private String text(JsonNode n, String at) {
        if (n.isTextual()) return n.asText();
        problems.add(at + ": expected text, found " + kind(n));
        return "";
    }

    private <T> T fail(String problem) {
        problems.add(problem);
        return null;
    }

    private static boolean isParameterOrSection(String path) {
        if (ParameterRegistry.find(path) != null) return true;
        String generic = path.replaceAll("\\[\\d+]", "[]");
        for (ParameterInfo p : ParameterRegistry.all())
            if (p.path().startsWith(generic + ".") || p.path().startsWith(generic + "[].")) return true;
        return false;
    }

    /** "unknown scenario path 'x' (did you mean 'y'?)", keeping the list indices the user wrote. */
    static String unknownPath(String path) {
        String generic = path.replaceAll("\\[\\d+]", "[]");
        List<String> all = new ArrayList<>();
        for (ParameterInfo p : ParameterRegistry.all()) all.add(p.path());
        String hint = Names.closest(generic, all);
        if (hint != null) {
            Matcher m = INDEX.matcher(path);
            while (hint.contains("[]")) hint = hint.replaceFirst("\\[]", "[" + (m.find() ? m.group(1) : "0") + "]");
        }
        return "unknown scenario path '" + path + "'" + (hint == null ? "" : " (did you mean '" + hint + "'?)");
    }

    private static String kind(JsonNode n) {
        if (n == null) return "nothing";
        if (n.isTextual()) return "\"" + n.asText() + "\"";
        if (n.isNumber() || n.isBoolean()) return n.toString();
        if (n.isArray()) return "a list";
        if (n.isObject()) return "an object";
        return n.isNull() ? "null" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
