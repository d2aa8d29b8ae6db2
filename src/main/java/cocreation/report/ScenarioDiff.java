package cocreation.report;

import cocreation.run.Manifest;
import cocreation.scenario.PolicyLevers;
import cocreation.scenario.Scenario;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What an option changes relative to the baseline, parameter by parameter ("municipality.regime: 2.0 → 3.0"). */
public final class ScenarioDiff {
    private ScenarioDiff() {
    }

    /** Every parameter that differs, except description and seed (the report shows those elsewhere). */
    public static List<String> between(Scenario baseline, Scenario option) {
        List<String> out = new ArrayList<>();
        walk("", (JsonNode) Manifest.scenario(baseline), (JsonNode) Manifest.scenario(option), out);
        out.removeIf(s -> s.startsWith("description:") || s.startsWith("seed:"));
        return out;
    }

    /**
     * The differences that are not the municipality's decisions but the world it assumes (population,
     * trust, problems, drift, ...): where options differ in these, a difference in outcomes may come
     * from the world rather than from the option.
     */
    public static List<String> inTheWorld(Scenario baseline, Scenario option) {
        List<String> out = new ArrayList<>();
        for (String d : between(baseline, option)) {
            String path = d.substring(0, d.indexOf(": "));
            if (!PolicyLevers.isLever(path) && !PolicyLevers.isLabel(path)) out.add(d);
        }
        return out;
    }

    /** "fortnightly arena: every 2 weeks from week 1, 30 places, co_design, invited_diversity, facilitation 0.8". */
    static String arena(JsonNode a) {
        int every = a.path("every_weeks").asInt(), sessions = a.path("sessions").asInt();
        String when = every == 0 || sessions == 1 ? "once in week " + a.path("start_week").asInt()
                : "every " + every + " weeks from week " + a.path("start_week").asInt() + (sessions > 0 ? ", " + sessions + " sessions" : "");
        double dials = 0;
        int n = 0;
        for (JsonNode d : a.path("facilitation")) {
            dials += d.asDouble();
            n++;
        }
        return a.path("name").asText() + ": " + when + ", " + a.path("capacity").asInt() + " places, " + Display.number(a.path("duration_hours").asDouble())
                + " hours, " + a.path("depth").asText() + ", " + a.path("recruitment").asText()
                + (n == 0 ? "" : ", facilitation " + Display.number(dials / n));
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<String> out) {
        if (a.isObject() && b.isObject()) {
            for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode other = b.get(name);
                String p = path.isEmpty() ? name : path + "." + name;
                if (other == null) out.add(p + ": " + show(a.get(name)) + " \u2192 (none)");
                else walk(p, a.get(name), other, out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) walk(path + "[" + i + "]", a.get(i), b.get(i), out);
        } else if (!a.equals(b)) {
            out.add(path + ": " + show(a) + " \u2192 " + show(b));
        }
    }

    /** A value; a list of arenas as what each one is. */
    private static String show(JsonNode v) {
        if (v.isArray()) {
            if (v.isEmpty()) return "none";
            List<String> items = new ArrayList<>();
            for (JsonNode e : v) items.add(e.has("every_weeks") ? arena(e) : e.toString());
            return String.join("; ", items);
        }
        if (v.isTextual()) return v.asText();
        return v.toString();
    }
}
