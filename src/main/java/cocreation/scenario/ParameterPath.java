package cocreation.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of parameter paths, in one place: dotted keys, a list element by its index
 * ({@code arenas[0].facilitation.humour}). A path names a field of a scenario object, a node of a
 * scenario's JSON tree, a parameter of the registry (its generic form, {@code arenas[].facilitation.humour})
 * and a table column ({@code arenas.0.facilitation.humour}).
 */
public final class ParameterPath {
    private static final Pattern SEGMENT = Pattern.compile("([a-z0-9_]+)(?:\\[(\\d+)])?");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final Pattern DOTTED_INDEX = Pattern.compile("\\.(\\d+)(?=\\.|$)");

    /** One key, and the list index after it (-1 if none; Integer.MAX_VALUE for one too long for an int). */
    public record Segment(String key, int index) {
        boolean listed() {
            return index >= 0;
        }
    }

    private final String text;
    private final List<Segment> segments;

    private ParameterPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /** The path's segments, or null if the text is not a path. */
    public static ParameterPath parse(String text) {
        List<Segment> out = new ArrayList<>();
        for (String part : text.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) return null;
            String index = m.group(2);
            out.add(new Segment(m.group(1), index == null ? -1 : index.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(index)));
        }
        return new ParameterPath(text, out);
    }

    public List<Segment> segments() {
        return segments;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The registry's form of any path text: every list index written {@code []}. */
    public static String generic(String path) {
        return INDEX.matcher(path).replaceAll("[]");
    }

    /** The table column of a path: a list index becomes a dotted part, which R's read.csv keeps as it is. */
    public static String column(String path) {
        return INDEX.matcher(path).replaceAll(".$1");
    }

    /** The path of a column written by {@link #column}. */
    public static String ofColumn(String column) {
        return DOTTED_INDEX.matcher(column).replaceAll("[$1]");
    }

    /**
     * Sets a JSON value at the path of a scenario tree, creating sections on the way (not list
     * elements); returns the problem, naming the path, or null.
     */
    public String set(ObjectNode root, JsonNode value) {
        ObjectNode node = root;
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (!s.listed()) {
                if (last) {
                    node.set(s.key(), value);
                    return null;
                }
                JsonNode child = node.get(s.key());
                if (child == null) child = node.putObject(s.key());
                if (!(child instanceof ObjectNode)) return text + ": " + s.key() + " is not a section";
                node = (ObjectNode) child;
            } else {
                JsonNode list = node.get(s.key());
                int size = list instanceof ArrayNode ? list.size() : 0;
                if (s.index() >= size)
                    return text + ": " + s.key() + "[" + indexText(i) + "] does not exist (the scenario has " + size + ")";
                JsonNode child = list.get(s.index());
                if (last) {
                    ((ArrayNode) list).set(s.index(), value);
                    return null;
                }
                if (!(child instanceof ObjectNode)) return text + ": " + s.key() + "[" + s.index() + "] is not a section";
                node = (ObjectNode) child;
            }
        }
        return null;
    }

    /** The node the path names in a JSON tree, or null where a part of it is missing. */
    public JsonNode get(JsonNode root) {
        JsonNode node = root;
        for (Segment s : segments) {
            node = node == null ? null : node.get(s.key());
            if (node != null && s.listed()) node = node.isArray() ? node.get(s.index()) : null;
            if (node == null) return null;
        }
        return node;
    }

    /**
     * The node a path names inside the value that one of its prefixes holds (the value of
     * {@code arenas} for {@code arenas[0].recruitment} and prefix {@code arenas}), or null.
     */
    public static JsonNode below(String prefix, JsonNode value, String path) {
        if (!path.startsWith(prefix) || path.length() == prefix.length()) return null;
        String rest = path.substring(prefix.length());
        if (rest.startsWith(".")) {
            ParameterPath relative = parse(rest.substring(1));
            return relative == null ? null : relative.get(value);
        }
        ParameterPath relative = parse("value" + rest);
        return relative == null ? null : relative.get(JsonNodeFactory.instance.objectNode().set("value", value));
    }

    /** The index as the user wrote it (an index too long for an int is kept as text). */
    private String indexText(int segment) {
        Matcher m = INDEX.matcher(text.split("\\.", -1)[segment]);
        return m.find() ? m.group(1) : String.valueOf(segments.get(segment).index());
    }

    /** The public field the path names in a scenario object, with the object that holds it. */
    public record Target(Object owner, Field field) {
        public Object get() {
            try {
                return field.get(owner);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(field.getName(), e);
            }
        }

        public void set(Object value) {
            try {
                field.set(owner, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(field.getName(), e);
            }
        }
    }

    /** The field the path names below root (a scenario, or a section of one). */
    public Target field(Object root) {
        Object owner = root;
        try {
            for (int k = 0; k < segments.size() - 1; k++) {
                Segment s = segments.get(k);
                owner = owner.getClass().getField(s.key()).get(owner);
                if (s.listed()) owner = ((List<?>) owner).get(s.index());
            }
            return new Target(owner, owner.getClass().getField(segments.get(segments.size() - 1).key()));
        } catch (ReflectiveOperationException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("no scenario field " + text, e);
        }
    }
}
