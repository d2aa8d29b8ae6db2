package cocreation.validation;

import cocreation.scenario.Names;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.ScenarioException;
import cocreation.sweep.RunRecord;
import cocreation.sweep.SpecReader;
import cocreation.sweep.SweepSpec;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Reads the {@code screen} object of a pattern file and turns it into a Morris sweep spec whose
 * factors are every screened parameter of the registry (see {@link LeverFactors}). The spec goes
 * through {@link SpecReader} like any written by hand, in both modes, so every strict check of a
 * sweep applies; before that, {@link ScreenCorners} makes sure no two ranges can make a run invalid.
 */
final class ScreenReader {
    static final List<String> KEYS = List.of("scenario", "set", "steps", "seed", "replications", "trajectories", "levels",
            "ranges", "threshold", "key_outputs", "levers", "lever_replications");
    static final List<String> QUICK = List.of("trajectories", "replications", "steps", "lever_replications");
    private static final java.util.regex.Pattern FACTOR = java.util.regex.Pattern.compile("factors\\[(\\d+)]");

    /** The screen and its sweep in each mode, and the one-at-a-time runs of each lever in each mode (by arm name). */
    record Result(Screen screen, SweepSpec full, SweepSpec quick, Map<String, SweepSpec> leversFull,
                  Map<String, SweepSpec> leversQuick) {}

    private final List<String> problems;

    private ScreenReader(List<String> problems) {
        this.problems = problems;
    }

    /** Reads a screen; adds every problem found to {@code problems} and returns null if there are any. */
    static Result read(JsonNode screen, JsonNode quick, String id, Function<String, Path> scenarios, List<String> problems) {
        return new ScreenReader(problems).screen(screen, quick, id, scenarios);
    }

    private Result screen(JsonNode s, JsonNode quick, String id, Function<String, Path> scenarios) {
        int before = problems.size();
        if (!s.isObject()) {
            problems.add("screen: expected an object (scenario, set, steps, seed, replications, trajectories, levels, ranges, "
                    + "threshold, key_outputs, levers)");
            return null;
        }
        PatternReader.keys(s, "screen.", KEYS, problems);
        if (quick != null && !quick.isObject()) problems.add("quick: expected an object with " + String.join(", ", QUICK));
        else if (quick != null) PatternReader.keys(quick, "quick.", QUICK, problems);
        for (String required : List.of("scenario", "replications", "trajectories", "threshold", "key_outputs", "levers"))
            if (!s.has(required)) problems.add("screen." + required + ": missing");
        if (s.has("replications") && s.get("replications").canConvertToInt() && s.get("replications").asInt() < 2)
            problems.add("screen.replications: the replicate-noise reference needs at least 2 replications");
        if (quick != null && quick.has("replications") && quick.get("replications").canConvertToInt() && quick.get("replications").asInt() < 2)
            problems.add("quick.replications: the replicate-noise reference needs at least 2 replications");
        double threshold = threshold(s.get("threshold"));
        List<String> outputs = outputs(s.get("key_outputs"));
        Map<String, double[]> ranges = ranges(s.get("ranges"));
        if (problems.size() > before || !s.has("scenario")) return null;

        ObjectNode base;
        try {
            base = SpecReader.base(s.get("scenario"), s.get("set"), s.get("steps"), scenarios);
        } catch (ScenarioException e) {
            for (String p : e.problems()) problems.add("screen: " + p);
            return null;
        }
        LeverFactors.Plan plan = LeverFactors.of(ParameterRegistry.all(), base, ranges);
        for (String p : plan.problems()) problems.add(p.startsWith("ranges.") ? "screen." + p : "screen: " + p);
        Screen screen = new Screen(plan.screened(), plan.notScreened(), outputs, levers(s.get("levers"), plan), threshold);
        if (problems.size() > before) return null;
        for (String p : ScreenCorners.problems(base, plan.factors())) problems.add("screen: " + p);
        if (problems.size() > before) return null;

        ObjectNode full = spec(s, plan), fast = full.deepCopy();
        if (quick != null) {
            if (quick.has("trajectories")) ((ObjectNode) fast.get("design")).set("trajectories", quick.get("trajectories").deepCopy());
            for (String key : List.of("replications", "steps")) if (quick.has(key)) fast.set(key, quick.get(key).deepCopy());
        }
        SweepSpec fullSpec = sweep(full, id, scenarios, "screen: ", plan), quickSpec = sweep(fast, id, scenarios, "screen with quick: ", plan);
        Map<String, SweepSpec> leversFull = new LinkedHashMap<>(), leversQuick = new LinkedHashMap<>();
        int leverRuns = s.has("lever_replications") ? s.get("lever_replications").asInt() : 0;
        int quickLeverRuns = quick != null && quick.has("lever_replications") ? quick.get("lever_replications").asInt() : leverRuns;
        if (leverRuns < 0 || quickLeverRuns < 0 || leverRuns == 1 || quickLeverRuns == 1)
            problems.add("screen.lever_replications: 0 (no lever runs) or at least 2");
        if (leverRuns > 1)
            for (int i = 0; i < screen.levers().size(); i++) {
                String lever = screen.levers().get(i);
                leversFull.put(LeverTests.arm(lever), sweep(leverSpec(s, plan, lever, i, leverRuns, null), id, scenarios, "screen (lever " + lever + "): ", plan));
                leversQuick.put(LeverTests.arm(lever), sweep(leverSpec(s, plan, lever, i, quickLeverRuns, quick), id, scenarios,
                        "screen with quick (lever " + lever + "): ", plan));
            }
        return problems.size() > before ? null : new Result(screen, fullSpec, quickSpec, leversFull, leversQuick);
    }

    /** The generated sweep spec: the screen's base and seeds, a Morris design, one factor per screened parameter. */
    private static ObjectNode spec(JsonNode s, LeverFactors.Plan plan) {
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        spec.put("description", "Lever screen: Morris elementary effects of each of the " + plan.factors().size()
                + " screened parameters of the registry on every output, with a replicate-noise reference.");
        for (String key : List.of("scenario", "set", "steps", "seed", "replications"))
            if (s.has(key)) spec.set(key, s.get(key).deepCopy());
        // the set gives the base town; a screened parameter it fixes is varied instead (a sweep refuses both)
        if (spec.get("set") instanceof ObjectNode set)
            for (Screen.Screened screened : plan.screened()) set.remove(screened.path());
        ObjectNode design = spec.putObject("design").put("type", "morris");
        design.set("trajectories", s.get("trajectories").deepCopy());
        if (s.has("levels")) design.set("levels", s.get("levels").deepCopy());
        ArrayNode factors = spec.putArray("factors");
        plan.factors().forEach(factors::add);
        ArrayNode metrics = spec.putArray("metrics");
        s.get("key_outputs").forEach(metrics::add);
        return spec;
    }

    /** One lever's runs: the screen's base, the lever at the two ends of its range (a choice: all its values). */
    private static ObjectNode leverSpec(JsonNode s, LeverFactors.Plan plan, String lever, int index, int replications, JsonNode quick) {
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        spec.put("description", "Lever screen: " + lever + " at the ends of its plausible range, the rest at the base town.");
        for (String key : List.of("scenario", "set", "steps"))
            if (s.has(key)) spec.set(key, s.get(key).deepCopy());
        if (quick != null && quick.has("steps")) spec.set("steps", quick.get("steps").deepCopy());
        if (spec.get("set") instanceof ObjectNode set) set.remove(lever);
        spec.put("seed", (s.has("seed") ? s.get("seed").asLong() : 1) * 1000 + index + 1);
        spec.put("replications", replications);
        spec.put("seeds", "per_replicate"); // common random numbers: the arms are compared run by run
        spec.putObject("design").put("type", "grid");
        ObjectNode factor = plan.factors().stream().filter(f -> f.path("path").asText().equals(lever)).findFirst().orElseThrow().deepCopy();
        if (factor.has("min")) factor.put("levels", 2);
        spec.putArray("factors").add(factor);
        ArrayNode metrics = spec.putArray("metrics");
        s.get("key_outputs").forEach(metrics::add);
        return spec;
    }

    /** Reads the spec as any sweep spec; its problems name the screen's keys and each factor's parameter. */
    private SweepSpec sweep(ObjectNode tree, String id, Function<String, Path> scenarios, String where, LeverFactors.Plan plan) {
        try {
            return SpecReader.read(tree, id, scenarios);
        } catch (ScenarioException e) {
            for (String p : e.problems()) {
                String q = p.startsWith("design.") ? p.substring("design.".length()) : p;
                Matcher m = FACTOR.matcher(q);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    int i = Integer.parseInt(m.group(1));
                    String path = i < plan.screened().size() ? " (" + plan.screened().get(i).path() + ")" : "";
                    m.appendReplacement(b, Matcher.quoteReplacement(m.group() + path));
                }
                m.appendTail(b);
                problems.add(where + b);
            }
            return null;
        }
    }

    private double threshold(JsonNode t) {
        if (t == null) return Double.NaN;
        if (!t.isNumber() || !(t.asDouble() > 0)) {
            problems.add("screen.threshold: expected a number above 0 (the ratio of mu* to replicate noise from which a "
                    + "parameter moves an output)");
            return Double.NaN;
        }
        return t.asDouble();
    }

    private List<String> outputs(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        if (!list.isArray() || list.isEmpty()) {
            problems.add("screen.key_outputs: expected a non-empty list of metric names");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String m = list.get(i).asText(), at = "screen.key_outputs[" + i + "]";
            if (!list.get(i).isTextual() || !RunRecord.METRICS.contains(m)) {
                String hint = Names.closest(m, RunRecord.METRICS);
                problems.add(at + ": '" + m + "' is not a metric" + Names.hint(hint));
            } else if (out.contains(m)) problems.add(at + ": '" + m + "' is listed twice");
            else out.add(m);
        }
        return out;
    }

    private Map<String, double[]> ranges(JsonNode r) {
        Map<String, double[]> out = new LinkedHashMap<>();
        if (r == null) return out;
        if (!r.isObject()) {
            problems.add("screen.ranges: expected an object of parameter paths and [low, high]");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber())
                problems.add("screen.ranges." + e.getKey() + ": expected [low, high], two numbers");
            else out.put(e.getKey(), new double[] {v.get(0).asDouble(), v.get(1).asDouble()});
        }
        return out;
    }

    /** The talk's levers: each must be a factor of the screen. */
    private List<String> levers(JsonNode list, LeverFactors.Plan plan) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        if (!list.isArray() || list.isEmpty()) {
            problems.add("screen.levers: expected a non-empty list of parameter paths (the talk's levers)");
            return out;
        }
        List<String> paths = plan.screened().stream().map(Screen.Screened::path).toList();
        for (int i = 0; i < list.size(); i++) {
            String lever = list.get(i).asText(), at = "screen.levers[" + i + "]";
            if (paths.contains(lever) && list.get(i).isTextual()) {
                if (out.contains(lever)) problems.add(at + ": '" + lever + "' is listed twice");
                else out.add(lever);
                continue;
            }
            ParameterInfo p = ParameterRegistry.find(lever);
            String left = p == null ? null : plan.notScreened().stream().filter(n -> n.path().equals(p.path()))
                    .map(Screen.NotScreened::reason).findFirst().orElse(null);
            String hint = Names.closest(lever, ParameterRegistry.all().stream().map(r -> r.path().replace("[]", "[0]")).toList());
            problems.add(at + ": '" + lever + "' " + (left != null ? "is not screened (" + left + ")"
                    : p != null && p.path().replace("[]", "[0]").equals(lever) ? "is not a factor of the screen (its range is wrong)"
                    : p != null ? "is not a factor of the screen: list parameters are screened on their first element ("
                    + p.path().replace("[]", "[0]") + ")"
                    : "is not a scenario parameter" + Names.hint(hint)));
        }
        return out;
    }
}
