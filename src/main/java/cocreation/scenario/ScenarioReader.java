package cocreation.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads scenario files strictly. Files are untrusted: the JSON is read as a plain tree (no
 * polymorphic typing), every key must be known, every value must have the right type and lie in
 * its range, and every problem is reported with its path before anything runs.
 */
public final class ScenarioReader {
    /**
     * A JSON reader that refuses duplicate keys, anything beyond plain JSON, and anything after the value
     * (a second object, garbage, NUL bytes): one file holds one value.
     */
    public static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Largest scenario, spec or pattern file read: the presets are under 3 KB. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** Longest list in a scenario (arenas): a town with more arenas than this is not one the model is for. */
    public static final int MAX_LIST = 1000;

    private ScenarioReader() {
    }

    /** Reads a scenario file and applies {@code path=value} overrides. */
    public static Scenario read(Path file, List<String> overrides) throws ScenarioException {
        return bind(withOverrides(readTree(file), overrides));
    }

    /** Parses a JSON file holding one object into a tree, turning I/O and syntax errors into problems naming the file. */
    public static JsonNode readTree(Path file) throws ScenarioException {
        return readTree(file, MAX_FILE_BYTES);
    }

    /** As {@link #readTree(Path)} with another size limit: manifests of large sweeps list a hash per run. */
    public static JsonNode readTree(Path file, int maxBytes) throws ScenarioException {
        try {
            JsonNode tree = JSON.readTree(readSmall(file, maxBytes));
            if (tree == null || tree.isMissingNode()) throw new ScenarioException(file + ": is empty, not JSON");
            if (!tree.isObject()) throw new ScenarioException(file + ": expected a JSON object at the top, found " + kind(tree));
            return tree;
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            String why = e.getOriginalMessage().startsWith("Trailing token")
                    ? "more follows the end of the object (a file holds one JSON object)" : e.getOriginalMessage();
            throw new ScenarioException(file + ": not valid JSON" + where + ": " + why);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * The bytes of a regular file of at most {@code maxBytes}: folders, FIFOs (which would wait for
     * a writer forever) and devices such as /dev/zero (which never end) are refused before they are opened.
     */
    static byte[] readSmall(Path file, int maxBytes) throws IOException, ScenarioException {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        }
        if (a.isDirectory()) throw new ScenarioException(file + ": is a folder, not a JSON file");
        if (!a.isRegularFile()) throw new ScenarioException(file + ": is not a regular file (a FIFO, device or socket)");
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(maxBytes + 1); // its size may be unknown (/proc) or change while read
        }
        if (bytes.length > maxBytes)
            throw new ScenarioException(file + ": " + Math.max(a.size(), bytes.length) + " bytes, above the limit of " + maxBytes
                    + " bytes for " + (maxBytes == MAX_FILE_BYTES ? "a scenario, spec or pattern file" : "this file"));
        return bytes;
    }

    /** Applies overrides such as {@code municipality.time_pressure=0.8} to a copy of the tree. */
    public static JsonNode withOverrides(JsonNode tree, List<String> overrides) throws ScenarioException {
        if (!(tree instanceof ObjectNode)) throw new ScenarioException("scenario: expected a JSON object at the top");
        ObjectNode root = ((ObjectNode) tree).deepCopy();
        List<String> problems = new ArrayList<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                problems.add("--set " + o + ": expected path=value");
                continue;
            }
            String err = Overrides.apply(root, o.substring(0, eq).trim(), o.substring(eq + 1).trim());
            if (err != null) problems.add(err);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return root;
    }

    /** What is probably not meant in a valid scenario (a table larger than its session, say), each naming its path. */
    public static List<String> warnings(Scenario s) {
        return ScenarioChecks.warnings(s);
    }

    /** Binds a tree to a new scenario, or throws with every problem found. */
    public static Scenario bind(JsonNode tree) throws ScenarioException {
        List<String> problems = new ArrayList<>();
        Scenario s = new Scenario();
        bindObject(tree, s, "", problems);
        if (problems.isEmpty()) problems.addAll(ScenarioChecks.crossChecks(s));
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return s;
    }

    private static void bindObject(JsonNode node, Object target, String prefix, List<String> problems) {
        String here = prefix.isEmpty() ? "scenario" : prefix.substring(0, prefix.length() - 1);
        if (!node.isObject()) {
            problems.add(here + ": expected an object, found " + kind(node));
            return;
        }
        Map<String, Field> keys = ParameterRegistry.keys(target.getClass());
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            Field f = keys.get(e.getKey());
            String path = prefix + e.getKey();
            if (f == null) {
                Names.unknownKeys(List.of(e.getKey()), prefix, keys.keySet(), problems);
                continue;
            }
            Section s = f.getAnnotation(Section.class);
            if (s == null) {
                Object v = Values.convert(e.getValue(), f.getType(), f.getAnnotation(Param.class), path, problems);
                if (v != null) set(f, target, v);
            } else if (s.of() == Void.class) {
                bindObject(e.getValue(), ParameterRegistry.get(f, target), path + ".", problems);
            } else {
                set(f, target, bindList(e.getValue(), s.of(), path, problems));
            }
        }
    }

    private static List<Object> bindList(JsonNode node, Class<?> type, String path, List<String> problems) {
        List<Object> list = new ArrayList<>();
        if (!(node instanceof ArrayNode)) {
            problems.add(path + ": expected a list, found " + kind(node));
            return list;
        }
        if (node.size() > MAX_LIST) {
            problems.add(path + ": " + node.size() + " elements, above the limit of " + MAX_LIST);
            return list;
        }
        for (int i = 0; i < node.size(); i++) {
            Object element = ParameterRegistry.newInstance(type);
            bindObject(node.get(i), element, path + "[" + i + "].", problems);
            list.add(element);
        }
        return list;
    }

    static String kind(JsonNode n) {
        if (n.isTextual()) return "text \"" + n.asText() + "\"";
        if (n.isNumber() || n.isBoolean()) return n.toString();
        if (n.isArray()) return "a list";
        if (n.isObject()) return "an object";
        return n.isNull() ? "null" : n.getNodeType().toString().toLowerCase();
    }

    private static void set(Field f, Object target, Object v) {
        try {
            f.set(target, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
