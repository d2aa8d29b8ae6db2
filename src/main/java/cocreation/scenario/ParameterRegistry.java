package cocreation.scenario;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every scenario parameter, read from the {@link Param} and {@link Section} annotations of the
 * scenario classes: the source of {@code describe}, the ODD table, the reader and the sweeps.
 */
public final class ParameterRegistry {
    private static final List<ParameterInfo> ALL = Collections.unmodifiableList(collect());

    private ParameterRegistry() {
    }

    public static List<ParameterInfo> all() {
        return ALL;
    }

    /** The parameter at a path such as {@code arenas[0].facilitation.humour}, or null. */
    public static ParameterInfo find(String path) {
        String generic = ParameterPath.generic(path);
        for (ParameterInfo p : ALL) if (p.path().equals(generic)) return p;
        return null;
    }

    /** The declared fields of a scenario class, by their key in files, in declaration order. */
    static Map<String, Field> keys(Class<?> type) {
        Map<String, Field> keys = new LinkedHashMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            if (f.isAnnotationPresent(Param.class) || f.isAnnotationPresent(Section.class)) keys.put(f.getName(), f);
        }
        return keys;
    }

    private static List<ParameterInfo> collect() {
        List<ParameterInfo> out = new ArrayList<>();
        walk(Scenario.class, "", false, out);
        return out;
    }

    private static void walk(Class<?> type, String prefix, boolean builds, List<ParameterInfo> out) {
        Object defaults = newInstance(type);
        for (Map.Entry<String, Field> e : keys(type).entrySet()) {
            Field f = e.getValue();
            String path = prefix + e.getKey();
            Section s = f.getAnnotation(Section.class);
            if (s != null) {
                boolean list = s.of() != Void.class;
                walk(list ? s.of() : f.getType(), path + (list ? "[]." : "."), builds || s.builds(), out);
                continue;
            }
            Param p = f.getAnnotation(Param.class);
            double low = Double.isNaN(p.low()) ? p.min() : p.low(), high = Double.isNaN(p.high()) ? p.max() : p.high();
            out.add(new ParameterInfo(path, typeName(f.getType(), p), get(f, defaults), p.min(), p.max(),
                    p.unit(), Arrays.asList(p.choices()), p.doc(), p.source(), low, high, p.unscreened(), builds || p.builds()));
        }
    }

    static String typeName(Class<?> type, Param p) {
        if (type == int.class || type == long.class) return "integer";
        if (type == double.class) return "number";
        if (type == boolean.class) return "boolean";
        return p.choices().length > 0 ? "choice" : "text";
    }

    static Object newInstance(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("scenario class " + type + " needs a public no-argument constructor", e);
        }
    }

    static Object get(Field f, Object target) {
        try {
            return f.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
