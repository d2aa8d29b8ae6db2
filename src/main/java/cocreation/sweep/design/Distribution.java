package cocreation.sweep.design;

import java.util.Locale;

/** How a factor's unit coordinate u in [0,1] is mapped onto its values (see {@link Factor#quantile}). */
public enum Distribution {
    /** An explicit list of values, each with probability 1/n. */
    DISCRETE,
    /** Uniform on [min, max]. */
    UNIFORM,
    /** Uniform in log(x) on [min, max]; requires min &gt; 0. */
    LOG_UNIFORM,
    /** Each integer in {min, ..., max} with equal probability. */
    INTEGER_UNIFORM;

    /**
     * Parses a scenario-file spelling: "uniform", "loguniform", "integer-uniform" (case, '-', '_' and
     * spaces are ignored; "log-uniform", "integer" and "int" are also accepted).
     *
     * @throws IllegalArgumentException for an unknown name
     */
    public static Distribution parse(String name) {
        String key = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[-_\\s]", "");
        return switch (key) {
            case "uniform" -> UNIFORM;
            case "loguniform" -> LOG_UNIFORM;
            case "integeruniform", "integer", "int" -> INTEGER_UNIFORM;
            case "discrete", "values" -> DISCRETE;
            default -> throw new IllegalArgumentException(
                    "unknown distribution '" + name + "' (expected uniform, loguniform or integer-uniform)");
        };
    }
}
