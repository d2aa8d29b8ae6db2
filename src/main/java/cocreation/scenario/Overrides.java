package cocreation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** Applies one {@code path=value} override to a scenario tree; binding checks it afterwards. */
public final class Overrides {
    private Overrides() {
    }

    /** Sets the value at the path, creating objects on the way; returns a problem or null. */
    public static String apply(ObjectNode root, String path, String text) {
        ParameterInfo info = ParameterRegistry.find(path);
        boolean textual = info != null && (info.type().equals("text") || info.type().equals("choice"));
        return set(root, path, textual ? TextNode.valueOf(text) : parseValue(text));
    }

    /** Sets a JSON value at a path; returns a problem or null. */
    public static String set(ObjectNode root, String path, JsonNode value) {
        ParameterPath p = ParameterPath.parse(path);
        return p == null ? path + ": not a parameter path" : p.set(root, value);
    }

    /** A number, true/false, or JSON text is taken as such; anything else as plain text. */
    static JsonNode parseValue(String text) {
        try {
            JsonNode n = ScenarioReader.JSON.readTree(text);
            if (n != null && !n.isMissingNode()) return n;
        } catch (Exception ignored) {
            // not JSON: taken as plain text, and binding reports it if text does not fit
        }
        return TextNode.valueOf(text);
    }
}
