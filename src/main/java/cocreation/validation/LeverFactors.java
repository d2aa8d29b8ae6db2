package cocreation.validation;

import cocreation.scenario.Names;
import cocreation.scenario.Overrides;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The factors of a lever screen, generated from the parameter registry rather than listed by hand,
 * so that a new parameter is screened the day it is declared: every screened parameter once,
 * numbers over their plausible range (the registry's low..high, or the screen's own range),
 * choices and true/false over all their values, list elements at the base scenario's first
 * element. What is left out is listed with the reason, so that the ODD can say why it stays.
 */
final class LeverFactors {
    /** The factors as written in a sweep spec, the parameters they screen, those left out, and what is wrong. */
    record Plan(List<ObjectNode> factors, List<Screen.Screened> screened, List<Screen.NotScreened> notScreened,
                List<String> problems) {}

    private LeverFactors() {
    }

    /**
     * @param base   the base scenario with the screen's fixed overrides (decides whether list elements exist)
     * @param ranges the screen's own ranges [low, high], by the factor's path (arenas[0]...)
     */
    static Plan of(List<ParameterInfo> registry, ObjectNode base, Map<String, double[]> ranges) {
        List<ObjectNode> factors = new ArrayList<>();
        List<Screen.Screened> screened = new ArrayList<>();
        List<Screen.NotScreened> left = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ParameterInfo p : registry) {
            String path = p.path().replace("[]", "[0]");
            String reason = reason(p, path, base);
            if (reason != null) {
                left.add(new Screen.NotScreened(p.path(), reason));
                continue;
            }
            ObjectNode f = JsonNodeFactory.instance.objectNode().put("path", path);
            double[] own = ranges.get(path);
            if (own != null) used.add(path);
            String range;
            if (p.numeric()) {
                double[] r = own != null ? checked(p, "ranges." + path, own, problems)
                        : checked(p, path + " (the registry's plausible range, low..high)", new double[] {p.low(), p.high()}, problems);
                if (r == null) continue;
                f.set("min", number(p, r[0]));
                f.set("max", number(p, r[1]));
                range = Names.number(r[0]) + ".." + Names.number(r[1]);
            } else {
                if (own != null) problems.add("ranges." + path + ": a " + p.type() + " parameter is screened over all its values");
                ArrayNode values = f.putArray("values");
                if (p.type().equals("boolean")) values.add(false).add(true);
                else if (p.type().equals("choice")) p.choices().forEach(values::add);
                else {
                    problems.add(path + ": cannot screen a parameter of type " + p.type());
                    continue;
                }
                range = String.join(" | ", p.type().equals("boolean") ? List.of("false", "true") : p.choices());
            }
            factors.add(f);
            screened.add(new Screen.Screened(path, range));
        }
        for (String key : ranges.keySet())
            if (!used.contains(key)) problems.add("ranges." + key + ": " + unused(key, registry, base));
        return new Plan(factors, screened, left, problems);
    }

    /** Why a parameter is not screened, or null if it is. */
    static String reason(ParameterInfo p, String path, ObjectNode base) {
        if (p.path().equals("seed")) return "each run's seed is derived from the screen's seed";
        if (p.path().equals("steps")) return "the run length is the screen's steps, the same in every run";
        if (p.type().equals("text")) return "free text, a name or a description: nothing to screen";
        if (!p.screened()) return p.unscreened();
        if (path.contains("[") && Overrides.set(base.deepCopy(), path, NullNode.getInstance()) != null) {
            String list = path.substring(0, path.indexOf('['));
            return "the base scenario has no " + list + ": list parameters are screened on " + list + "[0]";
        }
        return null;
    }

    /** The range if it is a proper one within the parameter's limits (whole numbers for integers), else null. */
    private static double[] checked(ParameterInfo p, String where, double[] r, List<String> problems) {
        String range = Names.number(r[0]) + ".." + Names.number(r[1]);
        String problem = null;
        if (!Double.isFinite(r[0]) || !Double.isFinite(r[1])) problem = "no finite range (" + range + "): give one in screen.ranges";
        else if (r[0] >= r[1]) problem = range + " is not a range (low must be below high)";
        else if (r[0] < p.min() || r[1] > p.max()) problem = range + " is outside the limits of " + p.path() + " (" + p.range() + ")";
        else if (p.type().equals("integer") && (r[0] != Math.rint(r[0]) || r[1] != Math.rint(r[1])))
            problem = range + ": " + p.path() + " takes whole numbers";
        if (problem == null) return r;
        problems.add(where + ": " + problem);
        return null;
    }

    private static JsonNode number(ParameterInfo p, double v) {
        return p.type().equals("integer") ? LongNode.valueOf((long) v) : DoubleNode.valueOf(v);
    }

    /** Why a range names no factor of the screen. */
    private static String unused(String key, List<ParameterInfo> registry, ObjectNode base) {
        ParameterInfo p = ParameterRegistry.find(key);
        if (p == null || !registry.contains(p)) {
            String hint = Names.closest(key, registry.stream().map(r -> r.path().replace("[]", "[0]")).toList());
            return "not a scenario parameter" + Names.hint(hint);
        }
        String path = p.path().replace("[]", "[0]");
        if (!path.equals(key)) return "list parameters are screened on the first element: write " + path;
        String reason = reason(p, path, base);
        return "not screened (" + reason + ")";
    }
}
