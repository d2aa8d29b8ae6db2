package cocreation.validation;

import cocreation.docking.DiversityContest;
import cocreation.docking.NetworkSearch;
import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.scenario.Names;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a docking pattern strictly: its {@code docking} object (the model and its settings, each
 * checked for type and range), {@code quick} (fewer replications only, so that both modes measure
 * the same things), and checks that name a measure of the model and its networks or groups. Every
 * problem is reported with its path; the caller prefixes the file.
 */
final class DockingReader {
    static final List<String> TOP = List.of("title", "claim", "source", "setting", "docking", "quick", "checks", "explanation");
    static final List<String> SEARCH_KEYS = List.of("model", "seed", "replications", "agents", "parts", "interactions", "rounds",
            "exponent", "networks");
    static final List<String> CONTEST_KEYS = List.of("model", "seed", "replications", "points", "top", "k", "l", "size", "starts");
    static final List<String> CHECK = List.of("name", "metric", "rounds", "contrast", "expect", "decides", "reference");
    /** Network shapes a docking can use: those of the model's builder but homophily, which needs sectors and backgrounds. */
    static final List<String> SHAPES = List.of("ring", "line", "complete", "random", "small_world");

    private final List<String> problems;

    private DockingReader(List<String> problems) {
        this.problems = problems;
    }

    /** The pattern, or null with the problems added. */
    static Pattern pattern(JsonNode tree, Path file, List<String> problems) {
        return new DockingReader(problems).read(tree, file);
    }

    private Pattern read(JsonNode tree, Path file) {
        int before = problems.size();
        PatternReader.keys(tree, "", TOP, problems);
        String title = PatternReader.text(tree, "title", true, problems), claim = PatternReader.text(tree, "claim", true, problems);
        String source = PatternReader.text(tree, "source", true, problems), setting = PatternReader.text(tree, "setting", true, problems);
        String ifReproduced = "", ifNot = "";
        JsonNode explanation = tree.get("explanation");
        if (explanation != null) {
            if (!explanation.isObject()) problems.add("explanation: expected an object with reproduced and not_reproduced");
            else {
                PatternReader.keys(explanation, "explanation.", List.of("reproduced", "not_reproduced"), problems);
                ifReproduced = PatternReader.text(explanation, "explanation.reproduced", false, problems);
                ifNot = PatternReader.text(explanation, "explanation.not_reproduced", false, problems);
            }
        }
        Docking docking = docking(tree.get("docking"), tree.get("quick"));
        if (docking == null) return null;
        List<Check> checks = checks(tree.get("checks"), docking);
        if (problems.size() > before) return null;
        List<String> references = new ArrayList<>();
        for (JsonNode c : tree.get("checks")) references.add(reference(c));
        docking = docking.withReferences(references);
        return new Pattern(PatternReader.id(file), file, Hashing.sha256(Json.toBytes(tree)), title, claim, source, setting, List.of(),
                Map.of(), Map.of(), Map.of(), checks, ifReproduced, ifNot, null, docking);
    }

    private Docking docking(JsonNode d, JsonNode quick) {
        if (d == null || !d.isObject()) {
            problems.add("docking: expected an object with model, seed, replications and the model's settings");
            return null;
        }
        JsonNode m = d.get("model");
        String model = m != null && m.isTextual() ? m.asText() : null;
        if (model == null || !Docking.MODELS.contains(model)) {
            String hint = model == null ? null : Names.closest(model, Docking.MODELS);
            problems.add("docking.model: " + (model == null ? "missing (one of " + String.join(", ", Docking.MODELS) + ")"
                    : "'" + model + "' is not one of " + String.join(", ", Docking.MODELS) + Names.hint(hint)));
            return null;
        }
        boolean search = model.equals(Docking.LAZER_FRIEDMAN);
        PatternReader.keys(d, "docking.", search ? SEARCH_KEYS : CONTEST_KEYS, problems);
        long seed = whole(d, "seed", 0, (1L << 53) - 1);
        int replications = (int) whole(d, "replications", 1, 100_000);
        int quickReplications = replications;
        if (quick != null) {
            if (!quick.isObject()) problems.add("quick: expected an object with replications");
            else {
                PatternReader.keys(quick, "quick.", List.of("replications"), problems);
                if (quick.has("replications")) quickReplications = (int) whole(quick, "quick.replications", 1, 100_000);
                if (quickReplications > replications)
                    problems.add("quick.replications: " + quickReplications + " is more than the full run's " + replications);
            }
        }
        if (search) {
            int agents = (int) whole(d, "agents", 2, 10_000), parts = (int) whole(d, "parts", 1, 24);
            int interactions = (int) whole(d, "interactions", 0, 23), rounds = (int) whole(d, "rounds", 1, 100_000);
            if (interactions >= parts && parts > 0) problems.add("docking.interactions: " + interactions + " must be below parts (" + parts + ")");
            double exponent = number(d, "exponent", 0, 100);
            if (exponent == 0) problems.add("docking.exponent: must be above 0");
            List<NetworkSearch.Network> networks = networks(d.get("networks"));
            return new Docking(model, seed, replications, quickReplications,
                    new NetworkSearch.Settings(agents, parts, interactions, rounds, exponent, networks), null, List.of());
        }
        int points = (int) whole(d, "points", 2, 1_000_000), k = (int) whole(d, "k", 1, 10), l = (int) whole(d, "l", 1, 1000);
        double top = number(d, "top", 0, 1e12);
        if (top == 0) problems.add("docking.top: must be above 0");
        if (k > l) problems.add("docking.k: " + k + " is more than l (" + l + "): a heuristic's steps are distinct");
        if (l >= points) problems.add("docking.l: " + l + " must be below points (" + points + ")");
        long heuristics = 1;
        for (int i = 0; i < k && k <= l; i++) heuristics *= l - i;
        if (heuristics > 1_000_000) problems.add("docking: l!/(l-k)! = " + heuristics + " heuristics, more than 1,000,000");
        int size = (int) whole(d, "size", 1, 1000);
        if (k <= l && size > heuristics) problems.add("docking.size: " + size + " is more than the " + heuristics + " heuristics");
        int starts = starts(d.get("starts"), points);
        return new Docking(model, seed, replications, quickReplications, null,
                new DiversityContest.Settings(points, top, k, l, size, starts), List.of());
    }

    private List<NetworkSearch.Network> networks(JsonNode list) {
        List<NetworkSearch.Network> out = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("docking.networks: expected a non-empty list of {name, shape, mean_degree, rewiring}");
            return out;
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "docking.networks[" + i + "]";
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                problems.add(at + ": expected an object {name, shape, mean_degree, rewiring}");
                continue;
            }
            PatternReader.keys(n, at + ".", List.of("name", "shape", "mean_degree", "rewiring"), problems);
            String name = PatternReader.text(n, at + ".name", true, problems), shape = PatternReader.text(n, at + ".shape", true, problems);
            if (!name.isEmpty() && !names.add(name)) problems.add(at + ".name: '" + name + "' is used twice");
            if (!shape.isEmpty() && !SHAPES.contains(shape)) {
                String hint = Names.closest(shape, SHAPES);
                problems.add(at + ".shape: '" + shape + "' is not one of " + String.join(", ", SHAPES) + Names.hint(hint));
            }
            double degree = n.has("mean_degree") ? number(n, at + ".mean_degree", 0, 10_000) : 2;
            double rewiring = n.has("rewiring") ? number(n, at + ".rewiring", 0, 1) : 0;
            if (n.has("rewiring") && !shape.equals("small_world")) problems.add(at + ".rewiring: only for shape small_world");
            out.add(new NetworkSearch.Network(name, shape, degree, rewiring));
        }
        return out;
    }

    private int starts(JsonNode s, int points) {
        if (s == null || (s.isTextual() && s.asText().equals("all"))) return 0;
        if (s.isIntegralNumber() && s.asLong() >= 1 && s.asLong() <= 10_000_000) return s.asInt();
        problems.add("docking.starts: expected \"all\" (every point) or a number of common random starts from 1 to 10,000,000");
        return 0;
    }

    // ---- checks ----

    private List<Check> checks(JsonNode list, Docking d) {
        List<Check> out = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("checks: expected a non-empty list of checks");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            Check c = check(list.get(i), "checks[" + i + "]", d);
            if (c != null) out.add(c);
        }
        if (out.size() == list.size() && out.stream().noneMatch(Check::decides))
            problems.add("checks: no check decides the pattern (all have decides: false)");
        return out;
    }

    private Check check(JsonNode c, String at, Docking d) {
        if (!c.isObject()) {
            problems.add(at + ": expected an object");
            return null;
        }
        PatternReader.keys(c, at + ".", CHECK, problems);
        String name = PatternReader.text(c, at + ".name", true, problems);
        PatternReader.text(c, at + ".reference", false, problems);
        if (c.has("decides") && !c.get("decides").isBoolean()) problems.add(at + ".decides: expected true or false");
        boolean decides = !c.has("decides") || c.get("decides").asBoolean(true);
        Check.Expect expect = Check.Expect.read(c.get("expect"), decides, false, at, problems);
        JsonNode m = c.get("metric");
        String metric = m != null && m.isTextual() ? m.asText() : "";
        if (!d.metrics().contains(metric)) {
            String hint = Names.closest(metric, d.metrics());
            problems.add(at + ".metric: " + (m == null ? "missing" : "'" + metric + "' is not a measure of " + d.model())
                    + " (one of " + String.join(", ", d.metrics()) + ")" + Names.hint(m == null ? null : hint));
        }
        int[] rounds = null;
        if (c.has("rounds")) {
            JsonNode w = c.get("rounds");
            if (!metric.equals("score") && !metric.equals("distinct"))
                problems.add(at + ".rounds: only for score and distinct, which are measured every round");
            else if (!w.isArray() || w.size() != 2 || !w.get(0).canConvertToInt() || !w.get(1).canConvertToInt()
                    || w.get(0).asInt() < 0 || w.get(1).asInt() < w.get(0).asInt() || w.get(1).asInt() > d.rounds())
                problems.add(at + ".rounds: expected [from, to], whole rounds with 0 <= from <= to <= " + d.rounds());
            else rounds = new int[] {w.get(0).asInt(), w.get(1).asInt()};
        }
        List<Check.Term> terms = terms(c.get("contrast"), at + ".contrast", d);
        if ((metric.equals("overtake_round") || metric.equals("rounds_ahead"))
                && (terms.size() != 2 || terms.get(0).weight() != 1 || terms.get(1).weight() != -1))
            problems.add(at + ".contrast: " + metric + " compares two networks: the one that overtakes (weight 1), then the one overtaken (weight -1)");
        return new Check(name, metric, Check.Kind.DOCKING, null, null, terms, rounds, expect, decides);
    }

    private List<Check.Term> terms(JsonNode list, String at, Docking d) {
        List<Check.Term> out = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(at + ": expected a non-empty list of terms {of, weight}");
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String where = at + "[" + i + "]";
            JsonNode t = list.get(i);
            if (!t.isObject()) {
                problems.add(where + ": expected an object {of, weight}");
                continue;
            }
            PatternReader.keys(t, where + ".", List.of("of", "weight"), problems);
            String of = PatternReader.text(t, where + ".of", true, problems);
            if (!of.isEmpty() && !d.arms().contains(of)) {
                String hint = Names.closest(of, d.arms());
                problems.add(where + ".of: '" + of + "' is not " + (d.search() != null ? "a network" : "a group") + " of the docking ("
                        + String.join(", ", d.arms()) + ")" + Names.hint(hint));
            }
            if (seen.put(of, i) != null) problems.add(where + ".of: '" + of + "' appears twice");
            JsonNode w = t.get("weight");
            if (w == null || !w.isNumber()) problems.add(where + ".weight: " + (w == null ? "missing" : "expected a number"));
            out.add(new Check.Term(of, Map.of(), w == null ? 0 : w.asDouble()));
        }
        return out;
    }

    /** The reference a check gives (text, may be empty). */
    static String reference(JsonNode check) {
        JsonNode r = check.get("reference");
        return r != null && r.isTextual() ? r.asText() : "";
    }

    // ---- numbers ----

    private long whole(JsonNode node, String path, long min, long max) {
        String key = path.substring(path.lastIndexOf('.') + 1), full = path.contains(".") ? path : "docking." + path;
        JsonNode n = node.get(key);
        if (n == null) {
            problems.add(full + ": missing");
            return min;
        }
        if (!n.isIntegralNumber() && !(n.isNumber() && n.asDouble() == Math.rint(n.asDouble()))) {
            problems.add(full + ": expected a whole number");
            return min;
        }
        long v = n.asLong();
        if (v < min || v > max) {
            problems.add(full + ": " + v + " is outside " + min + ".." + max);
            return min;
        }
        return v;
    }

    private double number(JsonNode node, String path, double min, double max) {
        String key = path.substring(path.lastIndexOf('.') + 1), full = path.contains(".") ? path : "docking." + path;
        JsonNode n = node.get(key);
        if (n == null || !n.isNumber() || !Double.isFinite(n.asDouble())) {
            problems.add(full + ": " + (n == null ? "missing" : "expected a number"));
            return min;
        }
        double v = n.asDouble();
        if (v < min || v > max) {
            problems.add(full + ": " + n + " is outside " + Names.number(min) + ".." + Names.number(max));
            return min;
        }
        return v;
    }


}
