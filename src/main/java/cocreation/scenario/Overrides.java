package cocreation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Applies one {@code path=value} override to a scenario tree; binding checks it afterwards. */
public final class Overrides {
    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");

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
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = SEGMENT.matcher(parts[i]);
            if (!m.matches()) return path + ": not a parameter path";
            String key = m.group(1);
            boolean last = i == parts.length - 1;
            if (m.group(2) == null) {
                if (last) {
                    node.set(key, value);
                    return null;
                }
                JsonNode child = node.get(key);
                if (child == null) child = node.putObject(key);
                if (!(child instanceof ObjectNode)) return path + ": " + key + " is not a section";
                node = (ObjectNode) child;
            } else {
                JsonNode list = node.get(key);
                int size = list instanceof ArrayNode ? list.size() : 0;
                // an index too long for an int is simply one the scenario does not have
                int index = m.group(2).length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
                if (index >= size)
                    return path + ": " + key + "[" + m.group(2) + "] does not exist (the scenario has " + size + ")";
                JsonNode child = list.get(index);
                if (last) {
                    ((ArrayNode) list).set(index, value);
                    return null;
                }
                if (!(child instanceof ObjectNode)) return path + ": " + key + "[" + index + "] is not a section";
                node = (ObjectNode) child;
            }
        }
        return null;
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
