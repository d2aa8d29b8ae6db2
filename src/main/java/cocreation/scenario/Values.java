package cocreation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/** Converts one JSON value to a parameter's Java type, checking type, range and choices. */
final class Values {
    private Values() {
    }

    static Object convert(JsonNode n, Class<?> type, Param p, String path, List<String> problems) {
        if (type == String.class) {
            if (!n.isTextual()) return fail(problems, path + ": expected text, found " + ScenarioReader.kind(n));
            String v = n.asText();
            if (p.choices().length > 0 && !Arrays.asList(p.choices()).contains(v)) {
                return fail(problems, path + ": \"" + v + "\" is not one of " + String.join(", ", p.choices())
                        + Names.hint(v, Arrays.asList(p.choices()), ""));
            }
            return v;
        }
        if (type == boolean.class) {
            if (!n.isBoolean()) return fail(problems, path + ": expected true or false, found " + ScenarioReader.kind(n));
            return n.asBoolean();
        }
        if (!n.isNumber()) return fail(problems, path + ": expected a number, found " + ScenarioReader.kind(n));
        double v = n.asDouble();
        boolean integral = type == int.class || type == long.class;
        if (integral && (!n.canConvertToExactIntegral() && v != Math.rint(v)))
            return fail(problems, path + ": " + n + " is not a whole number");
        if (v < p.min()) return fail(problems, path + ": " + Names.number(v) + " is below " + Names.number(p.min()));
        if (v > p.max()) return fail(problems, path + ": " + Names.number(v) + " is above " + Names.number(p.max()));
        if (type == int.class) return (int) v;
        if (type == long.class) return n.canConvertToLong() ? n.asLong() : (long) v;
        return v;
    }

    private static Object fail(List<String> problems, String message) {
        problems.add(message);
        return null;
    }
}
