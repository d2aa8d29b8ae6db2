package cocreation.sweep;

import cocreation.scenario.Names;
import cocreation.scenario.Overrides;
import cocreation.scenario.ParameterPath;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import cocreation.sweep.SweepSpec.DesignType;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.ExperimentalDesign;
import cocreation.sweep.design.Factor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads sweep specs as strictly as scenarios: the JSON is read as a plain tree, every key must be
 * known, factor paths must name scenario parameters (and list elements the base scenario has),
 * values must fit each parameter's type and range, and every design point must make a valid
 * scenario. All problems are reported together, each with its path in the spec.
 */
public final class SpecReader {
    /** Most runs one sweep may have (the design points are held in memory). */
    public static final int MAX_RUNS = 1_000_000;

    private static final List<String> TOP = List.of("description", "scenario", "set", "steps", "seed", "seeds",
            "replications", "design", "factors", "record", "metrics");
    private static final long MAX_SEED = (1L << 53) - 1;

    private final SpecProblems problems = new SpecProblems();

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

    /**
     * The base scenario a spec's {@code scenario}, {@code set} and {@code steps} (each may be null
     * but the scenario) make, checked as {@link #read} checks them: for specs generated from it,
     * such as a lever screen whose factors depend on what the base has.
     */
    public static ObjectNode base(JsonNode scenario, JsonNode set, JsonNode steps, Function<String, Path> scenarios)
            throws ScenarioException {
        SpecReader r = new SpecReader();
        if (scenario == null) throw new ScenarioException("scenario: missing");
        JsonNode tree = r.baseScenario(scenario, scenarios);
        r.problems.check(true);
        ObjectNode base = ((ObjectNode) tree).deepCopy();
        r.applySet(base, set);
        Long n = steps == null ? null : r.problems.integer(steps, "steps", 1, 100_000);
        if (n != null) base.set("steps", IntNode.valueOf(n.intValue()));
        r.problems.check(true);
        r.problems.bind(base, "set: ");
        r.problems.check(true);
        return base;
    }

    private SweepSpec spec(JsonNode tree, String name, Function<String, Path> scenarios) throws ScenarioException {
        if (!tree.isObject()) throw new ScenarioException("spec: expected a JSON object at the top");
        problems.keys(tree, "", TOP);
        if (!tree.has("replications")) problems.add("replications: missing");
        problems.deferAll(); // these do not stop the other checks
        for (String required : List.of("scenario", "design", "factors"))
            if (!tree.has(required)) problems.add(required + ": missing");
        if (!tree.has("scenario")) problems.check();

        JsonNode scenarioTree = baseScenario(tree.get("scenario"), scenarios);
        problems.check();
        ObjectNode base = ((ObjectNode) scenarioTree).deepCopy();
        applySet(base, tree.get("set"));
        if (tree.has("steps")) {
            Long steps = problems.integer(tree.get("steps"), "steps", 1, 100_000);
            if (steps != null) base.set("steps", IntNode.valueOf(steps.intValue()));
        }
        problems.check();
        Scenario bound = problems.bind(base, "set: ");
        problems.check();

        String description = tree.has("description") ? problems.text(tree.get("description"), "description") : "";
        Long replications = tree.has("replications") ? problems.integer(tree.get("replications"), "replications", 1, MAX_RUNS) : null;
        Long seed = tree.has("seed") ? problems.integer(tree.get("seed"), "seed", 0, MAX_SEED) : Long.valueOf(1);
        boolean commonSeeds = false;
        if (tree.has("seeds")) {
            String rule = problems.text(tree.get("seeds"), "seeds");
            if (rule.equals("per_replicate")) commonSeeds = true;
            else if (tree.get("seeds").isTextual() && !rule.equals("per_run"))
                problems.add("seeds: '" + rule + "' is not one of per_run (each run its own seed, the default) and per_replicate "
                        + "(replicate r of every design point shares a seed: common random numbers)");
        }
        int every = record(tree.get("record"), bound.steps);
        List<String> metrics = metrics(tree.get("metrics"));
        List<Factor> factors = new FactorReader(problems).read(tree.get("factors"), base);
        fixedAndVaried(tree.get("set"), factors);
        JsonNode d = tree.get("design");
        DesignReader designs = new DesignReader(problems);
        DesignType type = d == null ? null : designs.type(d);
        problems.check();
        problems.keys(d, "design.", DesignReader.KEYS.get(type));
        Map<String, Integer> parameters = new LinkedHashMap<>();
        Long designSeed = d.has("seed") ? problems.integer(d.get("seed"), "design.seed", 0, MAX_SEED) : seed;
        ExperimentalDesign design = designs.design(type, d, factors, parameters);
        problems.check(true);

        long runs = (long) design.size() * replications;
        if (runs > MAX_RUNS)
            throw new ScenarioException("design: " + design.size() + " points x " + replications + " replications = "
                    + runs + " runs, above the limit of " + MAX_RUNS);
        ObjectNode resolved = ((ObjectNode) tree).deepCopy();
        resolved.set("scenario", scenarioTree);
        SweepSpec spec = new SweepSpec(name, description, base, factors, type, parameters, design,
                replications.intValue(), seed, commonSeeds, designSeed, bound.steps, every, metrics, resolved);
        checkPoints(spec);
        problems.check();
        return spec;
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
            problems.add("scenario: expected a scenario file name, a preset name or a scenario object, found " + SpecProblems.kind(node));
            return null;
        }
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        problems.bind(copy, "scenario: ");
        return copy;
    }

    private void applySet(ObjectNode base, JsonNode set) {
        if (set == null) return;
        if (!set.isObject()) {
            problems.add("set: expected an object of scenario paths and values, found " + SpecProblems.kind(set));
            return;
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) set::fields) {
            String path = e.getKey(), where = "set." + path;
            if (path.equals("seed")) {
                problems.add(where + ": each run's seed is derived from the spec's seed; set that instead");
                continue;
            }
            if (!SpecProblems.isParameterOrSection(path)) {
                problems.add(where + ": " + SpecProblems.unknownPath(path));
                continue;
            }
            String problem = Overrides.set(base, path, e.getValue().deepCopy());
            if (problem != null) problems.add(where + ": " + problem);
        }
    }

    /** A path both fixed in {@code set} (itself, or inside a section set whole) and varied as a factor is a contradiction. */
    private void fixedAndVaried(JsonNode set, List<Factor> factors) {
        if (set == null || !set.isObject()) return;
        for (int i = 0; i < factors.size(); i++) {
            String path = factors.get(i).path();
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) set::fields) {
                String key = e.getKey();
                boolean inside = path.startsWith(key + ".") || path.startsWith(key + "[");
                if (path.equals(key) || (inside && ParameterPath.below(key, e.getValue(), path) != null))
                    problems.add("set." + key + ": fixes " + path + ", which factors[" + i + "] varies; drop one of them");
            }
        }
    }

    // ---- design, record, metrics ----

    private int record(JsonNode r, int steps) {
        if (r == null || (r.isTextual() && r.asText().equals("final"))) return 0;
        if (!r.isObject()) {
            problems.add("record: expected \"final\" or {\"every\": k}, found " + SpecProblems.kind(r));
            return 0;
        }
        problems.keys(r, "record.", List.of("every"));
        if (!r.has("every")) {
            problems.add("record.every: missing");
            return 0;
        }
        Long every = problems.integer(r.get("every"), "record.every", 1, 100_000);
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
            problems.add("metrics: expected a non-empty list of metric names, found " + SpecProblems.kind(m));
            return out;
        }
        for (int i = 0; i < m.size(); i++) {
            JsonNode n = m.get(i);
            String name = n.asText();
            if (!n.isTextual() || !RunRecord.METRICS.contains(name)) {
                String hint = n.isTextual() ? Names.closest(name, RunRecord.METRICS) : null;
                problems.add("metrics[" + i + "]: " + SpecProblems.kind(n) + " is not a metric"
                        + Names.hint(hint));
            } else if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    // ---- every design point must make a valid scenario ----

    private void checkPoints(SweepSpec spec) {
        int failed = 0;
        Map<String, List<Integer>> warned = new LinkedHashMap<>();
        for (DesignPoint p : spec.points()) {
            try {
                for (String w : ScenarioReader.warnings(ScenarioReader.bind(spec.pointTree(p))))
                    warned.computeIfAbsent(w, k -> new ArrayList<>()).add(p.index());
            } catch (ScenarioException e) {
                if (++failed <= 5)
                    for (String problem : e.problems()) problems.add("design point " + p.index() + " " + describe(p) + ": " + problem);
            }
        }
        if (failed > 5) problems.add("... and " + (failed - 5) + " more of the " + spec.points().size()
                + " design points make invalid scenarios");
        for (Map.Entry<String, List<Integer>> w : warned.entrySet()) {
            if (spec.warnings.size() == 5) {
                spec.warnings.add("... and " + (warned.size() - 5) + " more warnings");
                break;
            }
            List<Integer> at = w.getValue();
            spec.warnings.add(at.size() == spec.points().size() ? w.getKey()
                    : "design point" + (at.size() > 1 ? "s " : " ") + RunIds.compact(at) + ": " + w.getKey());
        }
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
}
