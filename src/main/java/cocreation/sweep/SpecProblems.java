package cocreation.sweep;

import cocreation.scenario.Names;
import cocreation.scenario.ParameterPath;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems found in a spec so far, each with its path, and small readers that add to them.
 * Problems that leave the rest readable (unknown keys, say) are deferred: {@link #check()} stops
 * only at those that would make later checks meaningless.
 */
final class SpecProblems {
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final List<String> problems = new ArrayList<>();
    private int deferred;

    void add(String problem) {
        problems.add(problem);
    }

    /** How many problems were found so far. */
    int size() {
        return problems.size();
    }

    /** Everything found so far does not stop the other checks. */
    void deferAll() {
        deferred = problems.size();
    }

    /** Throws with every problem if any that is not deferred was found; {@code all}: if any at all. */
    void check(boolean all) throws ScenarioException {
        if (problems.size() > (all ? 0 : deferred)) throw new ScenarioException(problems);
    }

    void check() throws ScenarioException {
        check(false);
    }

    /** Binds a scenario tree, adding its problems with a prefix; null if it has any. */
    Scenario bind(ObjectNode tree, String prefix) {
        try {
            return ScenarioReader.bind(tree);
        } catch (ScenarioException e) {
            for (String p : e.problems()) problems.add(prefix + p);
            return null;
        }
    }

    void keys(JsonNode node, String prefix, List<String> allowed) {
        Names.unknownKeys(node::fieldNames, prefix, allowed, problems);
    }

    Long integer(JsonNode n, String at, long min, long max) {
        if (n == null || !n.isNumber()) return fail(at + ": expected a whole number, found " + kind(n));
        double v = n.asDouble();
        if (!n.isIntegralNumber() && v != Math.rint(v)) return fail(at + ": " + n + " is not a whole number");
        if (v < min) return fail(at + ": " + n + " is below " + min);
        if (v > max) return fail(at + ": " + n + " is above " + max);
        return n.canConvertToLong() ? n.asLong() : (long) v;
    }

    String text(JsonNode n, String at) {
        if (n.isTextual()) return n.asText();
        problems.add(at + ": expected text, found " + kind(n));
        return "";
    }

    <T> T fail(String problem) {
        problems.add(problem);
        return null;
    }

    static boolean isParameterOrSection(String path) {
        if (ParameterRegistry.find(path) != null) return true;
        String generic = ParameterPath.generic(path);
        for (ParameterInfo p : ParameterRegistry.all())
            if (p.path().startsWith(generic + ".") || p.path().startsWith(generic + "[].")) return true;
        return false;
    }

    /** "unknown scenario path 'x' (did you mean 'y'?)", keeping the list indices the user wrote. */
    static String unknownPath(String path) {
        String generic = ParameterPath.generic(path);
        List<String> all = new ArrayList<>();
        for (ParameterInfo p : ParameterRegistry.all()) all.add(p.path());
        String hint = Names.closest(generic, all);
        if (hint != null) {
            Matcher m = INDEX.matcher(path);
            while (hint.contains("[]")) hint = hint.replaceFirst("\\[]", "[" + (m.find() ? m.group(1) : "0") + "]");
        }
        return "unknown scenario path '" + path + "'" + Names.hint(hint);
    }

    static String kind(JsonNode n) {
        if (n == null) return "nothing";
        if (n.isTextual()) return "\"" + n.asText() + "\"";
        if (n.isNumber() || n.isBoolean()) return n.toString();
        if (n.isArray()) return "a list";
        if (n.isObject()) return "an object";
        return n.isNull() ? "null" : n.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
