package cocreation.validation;

import cocreation.scenario.Overrides;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-parameter rules (wickedness below parts, manager and politician shares at most 1 together)
 * must not make any run of a screen invalid, whatever its random design draws. Binding the base
 * with each factor at each of its extremes alone, then with every pair of factors at every pair
 * of extremes, finds each rule between two parameters that the ranges can break, before anything
 * runs; the message names both, so that their plausible ranges can be fixed. (Rules among three
 * or more are left to the sweep reader, which binds every design point.)
 */
final class ScreenCorners {
    private ScreenCorners() {
    }

    /** Problems, one per parameter or pair of parameters that can make an invalid scenario. */
    static List<String> problems(ObjectNode base, List<ObjectNode> factors) {
        List<String> problems = new ArrayList<>();
        List<List<JsonNode>> extremes = new ArrayList<>();
        boolean[] alone = new boolean[factors.size()];
        for (int i = 0; i < factors.size(); i++) {
            extremes.add(extremes(factors.get(i)));
            alone[i] = true;
            for (JsonNode v : extremes.get(i)) {
                String problem = bind(base, path(factors, i), v, null, null);
                if (problem != null) {
                    problems.add(path(factors, i) + " = " + v + " makes the base scenario invalid: " + problem);
                    alone[i] = false;
                    break;
                }
            }
        }
        for (int i = 0; i < factors.size(); i++)
            for (int j = i + 1; j < factors.size(); j++)
                if (alone[i] && alone[j]) {
                    String problem = pair(base, factors, extremes, i, j);
                    if (problem != null) problems.add(problem);
                }
        return problems;
    }

    private static String pair(ObjectNode base, List<ObjectNode> factors, List<List<JsonNode>> extremes, int i, int j) {
        for (JsonNode a : extremes.get(i))
            for (JsonNode b : extremes.get(j)) {
                String problem = bind(base, path(factors, i), a, path(factors, j), b);
                if (problem != null)
                    return path(factors, i) + " and " + path(factors, j) + " cannot be screened together: "
                            + path(factors, i) + " = " + a + " with " + path(factors, j) + " = " + b
                            + " makes an invalid scenario (" + problem + "); narrow their plausible ranges "
                            + "(low and high in the registry) or give screen.ranges";
            }
        return null;
    }

    /** A range factor's ends, or every listed value. */
    static List<JsonNode> extremes(ObjectNode factor) {
        List<JsonNode> out = new ArrayList<>();
        if (factor.has("values")) factor.get("values").forEach(out::add);
        else {
            out.add(factor.get("min"));
            out.add(factor.get("max"));
        }
        return out;
    }

    private static String path(List<ObjectNode> factors, int i) {
        return factors.get(i).get("path").asText();
    }

    /** The first problem of the base with one or two values set, or null if it binds. */
    private static String bind(ObjectNode base, String pathA, JsonNode a, String pathB, JsonNode b) {
        ObjectNode tree = base.deepCopy();
        Overrides.set(tree, pathA, a);
        if (pathB != null) Overrides.set(tree, pathB, b);
        try {
            ScenarioReader.bind(tree);
            return null;
        } catch (ScenarioException e) {
            return String.join("; ", e.problems());
        }
    }
}
