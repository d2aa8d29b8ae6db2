package cocreation.scenario;

import java.util.regex.Pattern;

/**
 * How parameters appear in tables, so that R's {@code read.csv} and pandas read them without
 * options: a path's list index becomes a dotted part ({@code arenas[0].depth} is the column
 * {@code arenas.0.depth}, a name R keeps as it is), and a choice that would read as a number is
 * written with its parameter's name ({@code regime_2.0}), so it stays a category.
 */
public final class Columns {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Columns() {
    }

    /** The column of a scenario path. */
    public static String name(String path) {
        return ParameterPath.column(path);
    }

    /** The scenario path of a column written by {@link #name}. */
    public static String path(String column) {
        return ParameterPath.ofColumn(column);
    }

    /** A parameter's value as a table writes it: numbers stay numbers, choices never read as one. */
    public static Object value(String path, Object value) {
        if (!(value instanceof String s) || !NUMBER.matcher(s).matches()) return value;
        String prefix = PREFIXES.computeIfAbsent(path, Columns::prefix); // a table writes a path's cells many times
        return prefix.isEmpty() ? value : prefix + s;
    }

    private static final java.util.Map<String, String> PREFIXES = new java.util.concurrent.ConcurrentHashMap<>();

    /** "regime_" for a parameter of text choices, "" for a number or an unknown path. */
    private static String prefix(String path) {
        ParameterInfo p = ParameterRegistry.find(path);
        return p == null || p.numeric() ? "" : last(p.path()) + "_";
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
