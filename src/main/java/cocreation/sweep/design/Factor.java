package cocreation.sweep.design;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One input factor of an experiment: a scenario path (e.g. {@code "municipality.time_pressure"}) and
 * either a list of discrete values or a continuous range [min, max] with a {@link Distribution}.
 *
 * <p>Discrete values are normalised to Double, Long, String or Boolean (Integer becomes Long, Float and
 * BigDecimal become Double). {@code levels} is the number of grid levels for a range factor in a
 * {@link GridDesign} (0 = use the design's default). The record is not validated on construction;
 * call {@link #validate()} or {@link #validateAll(List)}.
 */
public record Factor(String path, List<Object> values, double min, double max,
                     Distribution distribution, int levels) {

    public Factor {
        if (values != null) {
            List<Object> normalised = new ArrayList<>(values.size());
            for (Object v : values) normalised.add(normalise(v));
            values = Collections.unmodifiableList(normalised);
        }
        if (distribution == null) distribution = values != null ? Distribution.DISCRETE : Distribution.UNIFORM;
    }

    /** A factor taking one of the listed values. */
    public static Factor discrete(String path, List<?> values) {
        return new Factor(path, values == null ? null : new ArrayList<>(values), Double.NaN, Double.NaN,
                Distribution.DISCRETE, 0);
    }

    /** A continuous (or integer) range factor; {@code levels} is only used by {@link GridDesign}. */
    public static Factor range(String path, double min, double max, Distribution distribution, int levels) {
        return new Factor(path, null, min, max, distribution, levels);
    }

    public static Factor uniform(String path, double min, double max) {
        return range(path, min, max, Distribution.UNIFORM, 0);
    }

    public static Factor logUniform(String path, double min, double max) {
        return range(path, min, max, Distribution.LOG_UNIFORM, 0);
    }

    public static Factor integerUniform(String path, long min, long max) {
        return range(path, min, max, Distribution.INTEGER_UNIFORM, 0);
    }

    public boolean isDiscrete() {
        return distribution == Distribution.DISCRETE;
    }

    /**
     * Inverse CDF: maps u in [0,1) to a value (u = 1 is accepted and gives the upper end, as used by
     * grid and Morris levels). Uniform: min + u(max-min); log-uniform: min (max/min)^u; integer-uniform:
     * min + floor(u (max-min+1)); discrete: the 0-based index floor(u n) of the selected value.
     */
    public double quantile(double u) {
        if (!(u >= 0.0 && u <= 1.0)) throw new IllegalArgumentException(path + ": u must be in [0,1], got " + u);
        return switch (distribution) {
            case UNIFORM -> u == 1.0 ? max : min + u * (max - min);
            case LOG_UNIFORM -> u == 1.0 ? max : Math.exp(Math.log(min) + u * Math.log(max / min));
            case INTEGER_UNIFORM -> Math.min(max, min + Math.floor(u * (max - min + 1)));
            case DISCRETE -> Math.min(values.size() - 1, Math.floor(u * values.size()));
        };
    }

    /** The factor value at u: a Double, a Long for integer factors, or the selected discrete value. */
    public Object valueAt(double u) {
        double q = quantile(u);
        return switch (distribution) {
            case INTEGER_UNIFORM -> (long) q;
            case DISCRETE -> values.get((int) q);
            default -> q;
        };
    }

    /**
     * The factor's extent used to express Morris elementary effects per unit of factor: max-min for
     * uniform and integer-uniform, ln(max/min) for log-uniform (effects per unit of ln x), and 1 for
     * discrete factors (effects per unit of the [0,1] design coordinate).
     */
    public double scale() {
        return switch (distribution) {
            case UNIFORM, INTEGER_UNIFORM -> max - min;
            case LOG_UNIFORM -> Math.log(max / min);
            case DISCRETE -> 1.0;
        };
    }

    /**
     * The grid levels: the discrete values, or k evenly spaced values including both endpoints
     * (k = {@code levels} if positive, else {@code defaultLevels}); geometric spacing for log-uniform,
     * rounded and de-duplicated for integer-uniform.
     */
    public List<Object> gridValues(int defaultLevels) {
        if (isDiscrete()) return values;
        int k = levels > 0 ? levels : defaultLevels;
        if (k < 2) throw new IllegalArgumentException(path + ": a range factor needs at least 2 grid levels");
        Set<Object> out = new LinkedHashSet<>();
        for (int j = 0; j < k; j++) {
            double t = (double) j / (k - 1);
            switch (distribution) {
                case UNIFORM -> out.add(j == k - 1 ? max : min + t * (max - min));
                case LOG_UNIFORM -> out.add(j == k - 1 ? max : Math.exp(Math.log(min) + t * Math.log(max / min)));
                default -> out.add(Math.round(min + t * (max - min)));
            }
        }
        return List.copyOf(out);
    }

    /** Problems with this factor, each prefixed by its path; empty when valid. */
    public List<String> validate() {
        List<String> errors = new ArrayList<>();
        String p = path == null || path.isBlank() ? "<unnamed factor>" : path;
        if (path == null || path.isBlank()) errors.add(p + ": missing scenario path");
        if (isDiscrete()) {
            if (values == null || values.isEmpty()) errors.add(p + ": empty value list");
            else for (Object v : values)
                if (!(v instanceof Double || v instanceof Long || v instanceof String || v instanceof Boolean))
                    errors.add(p + ": unsupported value " + v + " (expected number, string or boolean)");
            return errors;
        }
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            errors.add(p + ": range bounds must be finite numbers, got [" + min + ", " + max + "]");
            return errors;
        }
        if (min > max) errors.add(p + ": min (" + min + ") > max (" + max + ")");
        else if (min == max) errors.add(p + ": empty range [" + min + ", " + max + "]");
        if (distribution == Distribution.LOG_UNIFORM && min <= 0)
            errors.add(p + ": loguniform needs min > 0, got " + min);
        if (distribution == Distribution.INTEGER_UNIFORM && (min != Math.rint(min) || max != Math.rint(max)))
            errors.add(p + ": integer-uniform bounds must be integers, got [" + min + ", " + max + "]");
        if (levels < 0 || levels == 1) errors.add(p + ": levels must be >= 2 (or omitted), got " + levels);
        return errors;
    }

    /** Errors of all factors, plus duplicated paths; empty when all are valid. */
    public static List<String> validateAll(List<Factor> factors) {
        List<String> errors = new ArrayList<>();
        if (factors == null || factors.isEmpty()) {
            errors.add("no factors given");
            return errors;
        }
        Set<String> seen = new HashSet<>();
        for (Factor f : factors) {
            errors.addAll(f.validate());
            if (f.path() != null && !seen.add(f.path())) errors.add(f.path() + ": duplicated factor");
        }
        return errors;
    }

    /** Throws IllegalArgumentException listing all errors, if any. */
    static List<Factor> requireValid(List<Factor> factors) {
        List<String> errors = validateAll(factors);
        if (!errors.isEmpty()) throw new IllegalArgumentException(String.join("; ", errors));
        return List.copyOf(factors);
    }

    private static Object normalise(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof BigInteger b) return b.longValue();
        if (v instanceof Float || v instanceof BigDecimal) return ((Number) v).doubleValue();
        return v;
    }
}
