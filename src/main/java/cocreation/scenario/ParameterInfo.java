package cocreation.scenario;

import java.util.List;

/**
 * One scenario parameter as users see it: its path (list elements shown as {@code []}), type,
 * default, range, unit, meaning, source, the plausible range the lever screen explores (or why it does not), and
 * whether the community is built with it (week 0; it may act later too).
 */
public record ParameterInfo(String path, String type, Object defaultValue, double min, double max,
                            String unit, List<String> choices, String doc, String source,
                            double low, double high, String unscreened, boolean builds) {

    /** Whether the lever screen varies this parameter. */
    public boolean screened() {
        return unscreened.isEmpty();
    }

    /** The range in words, e.g. {@code 0..1}, {@code >= 0} or {@code 1.0 | 2.0 | 3.0}. */
    public String range() {
        if (!choices.isEmpty()) return String.join(" | ", choices);
        boolean lo = Double.isFinite(min), hi = Double.isFinite(max);
        if (lo && hi) return Names.number(min) + ".." + Names.number(max);
        if (lo) return ">= " + Names.number(min);
        if (hi) return "<= " + Names.number(max);
        return "";
    }

    /** Whether this is a number (integer or real). */
    public boolean numeric() {
        return type.equals("integer") || type.equals("number");
    }

    /** The plausible range in words, for numbers the screen explores; empty otherwise. */
    public String screenRange() {
        if (!screened()) return "";
        if (!choices.isEmpty()) return "all";
        return numeric() ? Names.number(low) + ".." + Names.number(high) : "";
    }
}
