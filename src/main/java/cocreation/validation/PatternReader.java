package cocreation.validation;

import cocreation.model.Metric;
import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.scenario.Names;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import cocreation.sweep.RunRecord;
import cocreation.sweep.SpecReader;
import cocreation.sweep.SweepSpec;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.Factor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads pattern files strictly: unknown keys, missing texts, experiments that are not valid sweep
 * specs (in either mode, for every arm), checks naming unknown metrics, arms, factors or factor
 * values, and week windows the experiment does not record are all reported together, each with
 * the file and its path inside it. Nothing runs until every file is right.
 */
public final class PatternReader {
    private static final List<String> TOP = List.of("title", "claim", "source", "setting", "experiment", "arms", "quick",
            "checks", "explanation");
    /** A lever screen's file: its experiment and checks are the screen's own. */
    private static final List<String> SCREEN_TOP = List.of("title", "claim", "source", "setting", "screen", "quick",
            "explanation");
    private static final List<String> CHECK = List.of("name", "metric", "slope", "arm", "contrast", "identical", "weeks",
            "expect", "decides");

    private final List<String> problems = new ArrayList<>();
    private final Function<String, Path> scenarios;
    private String at = "";

    private PatternReader(Function<String, Path> scenarios) {
        this.scenarios = scenarios;
    }

    /**
     * Reads every {@code *.json} in a folder, in file-name order ({@code only}: just these ids, if
     * not empty). {@code scenarios} finds a base scenario named in an experiment (a preset name);
     * a path relative to the pattern file is tried first.
     */
    public static List<Pattern> readAll(Path dir, List<String> only, Function<String, Path> scenarios) throws ScenarioException {
        if (!Files.isDirectory(dir)) throw new ScenarioException(dir + ": no such folder of patterns");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new ScenarioException(dir + ": cannot be listed: " + e.getMessage());
        }
        List<String> ids = files.stream().map(PatternReader::id).toList();
        List<String> problems = new ArrayList<>();
        for (String o : only)
            if (!ids.contains(o)) {
                String hint = Names.closest(o, ids);
                problems.add("--only: no pattern '" + o + "' in " + dir + Names.hint(hint));
            }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        List<Pattern> out = new ArrayList<>();
        for (Path f : files) {
            if (!only.isEmpty() && !only.contains(id(f))) continue;
            try {
                out.add(read(f, scenarios));
            } catch (ScenarioException e) {
                problems.addAll(e.problems());
            }
        }
        List<String> screens = out.stream().filter(Pattern::isScreen).map(Pattern::fileName).toList();
        if (screens.size() > 1)
            problems.add(dir + ": " + String.join(", ", screens) + " are all lever screens; one folder holds one "
                    + "(its tables are lever-screen.csv and lever-screen-summary.csv beside validation.csv)");
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        if (out.isEmpty()) throw new ScenarioException(dir + ": holds no pattern files (*.json)");
        return out;
    }

    static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** Reads one pattern file; every problem is prefixed with the file. */
    public static Pattern read(Path file, Function<String, Path> scenarios) throws ScenarioException {
        JsonNode tree = ScenarioReader.readTree(file);
        PatternReader r = new PatternReader(arg -> {
            Path local = file.toAbsolutePath().getParent().resolve(arg);
            return Files.exists(local) ? local : scenarios.apply(arg);
        });
        Pattern p = r.pattern(tree, file);
        if (!r.problems.isEmpty()) {
            List<String> prefixed = new ArrayList<>();
            for (String problem : r.problems) prefixed.add(file + ": " + problem);
            throw new ScenarioException(prefixed);
        }
        return p;
    }

    private Pattern pattern(JsonNode tree, Path file) {
        if (!tree.isObject()) {
            problems.add("expected a JSON object at the top");
            return null;
        }
        if (tree.has("docking")) return DockingReader.pattern(tree, file, problems);
        boolean screen = tree.has("screen");
        if (screen) {
            for (String k : List.of("experiment", "arms", "checks"))
                if (tree.has(k)) problems.add(k + ": a screen pattern has none (the screen is its experiment, and decides it)");
            JsonNode rest = tree.deepCopy();
            ((ObjectNode) rest).remove(List.of("experiment", "arms", "checks"));
            keys(rest, "", SCREEN_TOP);
        } else {
            keys(tree, "", TOP);
        }
        String title = text(tree, "title", true), claim = text(tree, "claim", true), source = text(tree, "source", true);
        String setting = text(tree, "setting", true);
        JsonNode explanation = tree.path("explanation");
        String ifReproduced = "", ifNot = "";
        if (tree.has("explanation")) {
            keys(explanation, "explanation.", List.of("reproduced", "not_reproduced"));
            ifReproduced = text(explanation, "explanation.reproduced", false);
            ifNot = text(explanation, "explanation.not_reproduced", false);
        }
        if (screen) {
            ScreenReader.Result r = ScreenReader.read(tree.get("screen"), tree.get("quick"), id(file), scenarios, problems);
            if (r == null || !problems.isEmpty()) return null;
            Map<String, SweepSpec> fullSpecs = new LinkedHashMap<>(), quickSpecs = new LinkedHashMap<>();
            fullSpecs.put("", r.full());
            quickSpecs.put("", r.quick());
            fullSpecs.putAll(r.leversFull());
            quickSpecs.putAll(r.leversQuick());
            return new Pattern(id(file), file, Hashing.sha256(Json.toBytes(tree)), title, claim, source, setting, List.of(""),
                    Map.of("", ""), fullSpecs, quickSpecs, LeverScreen.checks(), ifReproduced, ifNot, r.screen(), null);
        }
        JsonNode experiment = tree.get("experiment");
        if (experiment == null || !experiment.isObject()) {
            problems.add("experiment: " + (experiment == null ? "missing" : "expected a sweep spec (an object)"));
            return null;
        }
        int before = problems.size(); // problems so far leave the experiment and checks readable
        Map<String, JsonNode> armSets = new LinkedHashMap<>();
        Map<String, String> armDescriptions = new LinkedHashMap<>();
        arms(tree.get("arms"), armSets, armDescriptions);
        JsonNode quick = tree.get("quick");
        if (quick != null && !quick.isObject()) problems.add("quick: expected an object with replications, steps and set");
        else if (quick != null) keys(quick, "quick.", List.of("replications", "steps", "set"));
        if (problems.size() > before) return null;

        String id = id(file);
        Map<String, SweepSpec> full = new LinkedHashMap<>(), quickSpecs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> arm : armSets.entrySet()) {
            full.put(arm.getKey(), spec(id, arm.getKey(), (ObjectNode) experiment, arm.getValue(), null));
            quickSpecs.put(arm.getKey(), spec(id, arm.getKey(), (ObjectNode) experiment, arm.getValue(), quick));
        }
        if (problems.size() > before) return null;
        List<Check> checks = checks(tree.get("checks"), full, quickSpecs);
        if (!problems.isEmpty()) return null;
        return new Pattern(id, file, Hashing.sha256(Json.toBytes(tree)), title, claim, source, setting,
                List.copyOf(armSets.keySet()), armDescriptions, full, quickSpecs, checks, ifReproduced, ifNot, null, null);
    }

    private void arms(JsonNode arms, Map<String, JsonNode> sets, Map<String, String> descriptions) {
        if (arms == null) {
            sets.put("", null);
            descriptions.put("", "");
            return;
        }
        if (!arms.isObject() || arms.isEmpty()) {
            problems.add("arms: expected an object of named arms, each with a description and a set of overrides");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = arms.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "arms." + e.getKey();
            if (!e.getKey().matches("[a-z0-9][a-z0-9_-]*")) problems.add(where + ": arm names are lower-case letters, digits, - and _");
            JsonNode arm = e.getValue();
            if (!arm.isObject()) {
                problems.add(where + ": expected an object with description and set");
                continue;
            }
            keys(arm, where + ".", List.of("description", "set"));
            descriptions.put(e.getKey(), text(arm, where + ".description", true));
            JsonNode set = arm.get("set");
            if (set == null || !set.isObject()) problems.add(where + ".set: " + (set == null ? "missing" : "expected an object"));
            sets.put(e.getKey(), set);
        }
    }

    /** The experiment with the arm's and (for --quick) the quick overrides applied, read as a sweep spec. */
    private SweepSpec spec(String id, String arm, ObjectNode experiment, JsonNode armSet, JsonNode quick) {
        ObjectNode tree = experiment.deepCopy();
        ObjectNode set = tree.has("set") && tree.get("set").isObject() ? (ObjectNode) tree.get("set") : tree.putObject("set");
        if (armSet != null) set.setAll((ObjectNode) armSet.deepCopy());
        String where = "experiment" + (arm.isEmpty() ? "" : " (arm " + arm + ")");
        if (quick != null) {
            where += " with quick";
            if (quick.has("set") && quick.get("set").isObject()) set.setAll((ObjectNode) quick.get("set").deepCopy());
            else if (quick.has("set")) problems.add("quick.set: expected an object");
            for (String key : List.of("replications", "steps"))
                if (quick.has(key)) tree.set(key, quick.get(key).deepCopy());
        }
        try {
            return SpecReader.read(tree, id + (arm.isEmpty() ? "" : "-" + arm), scenarios);
        } catch (ScenarioException e) {
            for (String p : e.problems()) problems.add(where + ": " + p);
            return null;
        }
    }

    // ---- checks ----

    private List<Check> checks(JsonNode list, Map<String, SweepSpec> full, Map<String, SweepSpec> quick) {
        List<Check> out = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("checks: expected a non-empty list of checks");
            return out;
        }
        boolean anyDecides = false;
        for (int i = 0; i < list.size(); i++) {
            at = "checks[" + i + "]";
            Check c = check(list.get(i), full, quick);
            if (c != null) {
                out.add(c);
                anyDecides |= c.decides();
            }
        }
        at = "";
        if (!anyDecides && out.size() == list.size()) problems.add("checks: no check decides the pattern (all have decides: false)");
        return out;
    }

    private Check check(JsonNode c, Map<String, SweepSpec> full, Map<String, SweepSpec> quick) {
        if (!c.isObject()) {
            problems.add(at + ": expected an object");
            return null;
        }
        keys(c, at + ".", CHECK);
        String name = text(c, at + ".name", true);
        boolean decides = !c.has("decides") || c.get("decides").asBoolean(true);
        if (c.has("decides") && !c.get("decides").isBoolean()) problems.add(at + ".decides: expected true or false");
        Check.Expect expect = Check.Expect.read(c.get("expect"), decides, true, at, problems);
        int kinds = (c.has("slope") ? 1 : 0) + (c.has("contrast") ? 1 : 0) + (c.has("identical") ? 1 : 0);
        if (kinds != 1) {
            problems.add(at + ": give exactly one of slope, contrast and identical");
            return null;
        }
        if (c.has("identical")) {
            if (!c.get("identical").asBoolean(false)) problems.add(at + ".identical: expected true");
            if (full.size() > 1 || !full.containsKey("")) problems.add(at + ".identical: only for an experiment without arms");
            if (expect != Check.Expect.ZERO) problems.add(at + ".expect: an identical check expects zero (files that differ)");
            return new Check(name, "", Check.Kind.IDENTICAL, null, null, List.of(), null, expect, decides);
        }
        String metric = metric(c.get("metric"));
        int[] weeks = weeks(c.get("weeks"), metric, full, quick);
        if (c.has("slope")) {
            String arm = arm(c.get("arm"), full, at + ".arm");
            String factor = c.get("slope").asText();
            if (arm != null) {
                Factor f = factor(full.get(arm), factor, at + ".slope");
                if (f != null && full.get(arm).points().stream().anyMatch(p -> !(p.values().get(factor) instanceof Number)))
                    problems.add(at + ".slope: factor '" + factor + "' is not numeric");
            }
            return new Check(name, metric, Check.Kind.SLOPE, factor, arm, List.of(), weeks, expect, decides);
        }
        if (c.has("arm")) problems.add(at + ".arm: only for a slope; a contrast names the arm of each term");
        List<Check.Term> terms = terms(c.get("contrast"), full);
        return new Check(name, metric, Check.Kind.CONTRAST, null, null, terms, weeks, expect, decides);
    }

    private String metric(JsonNode m) {
        if (m == null || !m.isTextual()) {
            problems.add(at + ".metric: " + (m == null ? "missing" : "expected a metric name"));
            return "";
        }
        if (!RunRecord.METRICS.contains(m.asText())) {
            String hint = Names.closest(m.asText(), RunRecord.METRICS);
            problems.add(at + ".metric: '" + m.asText() + "' is not a metric" + Names.hint(hint));
        }
        return m.asText();
    }

    /** [from, to]: the experiment must record a time series with a week in the window, in both modes. */
    private int[] weeks(JsonNode w, String metric, Map<String, SweepSpec> full, Map<String, SweepSpec> quick) {
        if (w == null) return null;
        if (!w.isArray() || w.size() != 2 || !w.get(0).canConvertToInt() || !w.get(1).canConvertToInt()
                || w.get(0).asInt() < 1 || w.get(1).asInt() < w.get(0).asInt()) {
            problems.add(at + ".weeks: expected [from, to], whole weeks with 1 <= from <= to");
            return null;
        }
        int from = w.get(0).asInt(), to = w.get(1).asInt();
        boolean series = false;
        for (Metric m : Metric.values()) series |= m.column().equals(metric);
        if (!series) problems.add(at + ".weeks: '" + metric + "' is a summary value, not a time series");
        for (Map<String, SweepSpec> mode : List.of(full, quick))
            for (SweepSpec s : mode.values()) {
                int every = s.recordEvery();
                if (every == 0) {
                    problems.add(at + ".weeks: the experiment records no time series (add \"record\": {\"every\": k})");
                    return null;
                }
                if (to > s.steps() || (to / every) * every < from) {
                    problems.add(at + ".weeks: no recorded week in [" + from + ", " + to + "] in a run of " + s.steps()
                            + " weeks recorded every " + every + (mode == quick ? " (with quick)" : ""));
                    return null;
                }
            }
        return new int[] {from, to};
    }

    private String arm(JsonNode a, Map<String, SweepSpec> specs, String where) {
        if (a == null) {
            if (specs.containsKey("")) return "";
            problems.add(where + ": missing (one of " + String.join(", ", specs.keySet()) + ")");
            return null;
        }
        if (!specs.containsKey(a.asText())) {
            problems.add(where + ": '" + a.asText() + "' is not an arm" + (specs.containsKey("") ? " (the experiment has none)"
                    : " (one of " + String.join(", ", specs.keySet()) + ")"));
            return null;
        }
        return a.asText();
    }

    private Factor factor(SweepSpec spec, String path, String where) {
        for (Factor f : spec.factors()) if (f.path().equals(path)) return f;
        List<String> paths = spec.factors().stream().map(Factor::path).toList();
        problems.add(where + ": '" + path + "' is not a factor of the experiment (" + String.join(", ", paths) + ")");
        return null;
    }

    private List<Check.Term> terms(JsonNode list, Map<String, SweepSpec> full) {
        List<Check.Term> out = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(at + ".contrast: expected a non-empty list of terms {arm, where, weight}");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String where = at + ".contrast[" + i + "]";
            JsonNode t = list.get(i);
            if (!t.isObject()) {
                problems.add(where + ": expected an object {arm, where, weight}");
                continue;
            }
            keys(t, where + ".", List.of("arm", "where", "weight"));
            String arm = arm(t.get("arm"), full, where + ".arm");
            JsonNode w = t.get("weight");
            if (w == null || !w.isNumber()) problems.add(where + ".weight: " + (w == null ? "missing" : "expected a number"));
            Map<String, JsonNode> values = new LinkedHashMap<>();
            JsonNode sel = t.get("where");
            if (sel != null && !sel.isObject()) problems.add(where + ".where: expected an object of factor paths and values");
            else if (sel != null)
                for (Iterator<Map.Entry<String, JsonNode>> it = sel.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    values.put(e.getKey(), e.getValue());
                    if (arm != null) value(full.get(arm), e.getKey(), e.getValue(), where + ".where." + e.getKey());
                }
            out.add(new Check.Term(arm, values, w == null ? 0 : w.asDouble()));
        }
        return out;
    }

    /** The value must be one the factor takes at some design point. */
    private void value(SweepSpec spec, String path, JsonNode v, String where) {
        if (factor(spec, path, where) == null) return;
        Set<String> seen = new LinkedHashSet<>();
        for (DesignPoint p : spec.points()) {
            if (Runs.matches(p.values().get(path), v)) return;
            seen.add(Runs.label(p.values().get(path)));
        }
        problems.add(where + ": " + v + " is not a value of this factor (" + String.join(", ", seen) + ")");
    }

    // ---- small readers ----

    private void keys(JsonNode node, String prefix, List<String> allowed) {
        keys(node, prefix, allowed, problems);
    }

    /** Reports every key not allowed, with the closest allowed one. */
    static void keys(JsonNode node, String prefix, List<String> allowed, List<String> problems) {
        Names.unknownKeys(node::fieldNames, prefix, allowed, problems);
    }

    private String text(JsonNode node, String path, boolean required) {
        return text(node, path, required, problems);
    }

    /** A text field: reported if missing (when required), not text, or blank. */
    static String text(JsonNode node, String path, boolean required, List<String> problems) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        JsonNode n = node.get(key);
        if (n == null) {
            if (required) problems.add(path + ": missing");
            return "";
        }
        if (!n.isTextual() || (required && n.asText().isBlank())) {
            problems.add(path + ": expected " + (required ? "non-empty " : "") + "text");
            return "";
        }
        return n.asText();
    }
}
