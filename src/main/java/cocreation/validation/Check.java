package cocreation.validation;

import cocreation.statistics.Estimate;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One measured effect of a pattern's experiment and what the claim expects of it. The effect is a
 * slope of a metric over a numeric factor, a contrast of the metric's means in groups of runs
 * (chosen by arm and factor values, e.g. high minus low), or, for reproducibility, the number of
 * output files that differ between two runs of the same experiment, or, for a lever screen, the
 * number of parameters that move no output (or levers that move no key output), or, for a docking
 * model, a measure of its replications (terms name its networks or groups as arms; weeks are rounds). A check that {@code decides}
 * counts for the pattern's status; one that does not is an observation reported beside it (its
 * expectation is NONE).
 *
 * @param weeks a window [from, to] of weeks whose recorded values are averaged per run, or null for
 *              the value at the end of the run
 */
public record Check(String name, String metric, Kind kind, String slopeFactor, String slopeArm, List<Term> terms,
                    int[] weeks, Expect expect, boolean decides) {

    public enum Kind {
        SLOPE, CONTRAST, IDENTICAL,
        /** Lever screen: screened parameters that move no output beyond replicate noise. */
        PARAMETERS_MOVE,
        /** Lever screen: the talk's levers that move no key output beyond replicate noise. */
        LEVERS_MOVE,
        /** A docking model's measure: a contrast of networks or groups over its replications ({@link Docking}). */
        DOCKING;

        /** Whether the check measures one metric of the runs (a slope or a contrast). */
        boolean ofMetric() {
            return this == SLOPE || this == CONTRAST;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the claim expects of the effect's 95% interval. */
    public enum Expect {
        /** The interval lies above zero. */
        POSITIVE,
        /** The interval lies below zero. */
        NEGATIVE,
        /** The effect is exactly zero in every run (no variation at all). */
        ZERO,
        /** Nothing: an observation. */
        NONE;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * A check's "expect" at path at: a check that decides expects an effect (zero only where
         * withZero), an observation (decides: false) expects none; problems are added, not thrown.
         */
        static Expect read(com.fasterxml.jackson.databind.JsonNode e, boolean decides, boolean withZero, String at,
                           java.util.List<String> problems) {
            String effects = withZero ? "positive, negative or zero" : "positive or negative";
            if (e == null) {
                if (decides) problems.add(at + ".expect: missing (" + effects + "; none for an observation with decides: false)");
                return NONE;
            }
            for (Expect x : values())
                if (x.key().equals(e.asText()) && (withZero || x != ZERO)) {
                    if (x == NONE && decides) problems.add(at + ".expect: a check that decides must expect " + effects);
                    if (x != NONE && !decides) problems.add(at + ".expect: an observation (decides: false) expects none");
                    return x;
                }
            problems.add(at + ".expect: '" + e.asText() + "' is not one of " + (withZero ? "positive, negative, zero, none" : "positive, negative, none"));
            return NONE;
        }
    }

    public enum Status {
        REPRODUCED("reproduced"), NOT_REPRODUCED("not reproduced"), OBSERVED("observed");

        public final String text;

        Status(String text) {
            this.text = text;
        }
    }

    /** A group of runs in a contrast: the arm (null: the only one), factor values they share, and the weight. */
    public record Term(String arm, Map<String, JsonNode> where, double weight) {}

    /** The status the interval gives: reproduced only if it lies wholly on the expected side. */
    public static Status status(Expect expect, Estimate e) {
        return switch (expect) {
            case POSITIVE -> e.bounded() && e.low() > 0 ? Status.REPRODUCED : Status.NOT_REPRODUCED;
            case NEGATIVE -> e.bounded() && e.high() < 0 ? Status.REPRODUCED : Status.NOT_REPRODUCED;
            case ZERO -> e.value() == 0 && e.low() == 0 && e.high() == 0 ? Status.REPRODUCED : Status.NOT_REPRODUCED;
            case NONE -> Status.OBSERVED;
        };
    }

    /** Where the interval lies, in words: the basis of the status. */
    public static String where(Estimate e) {
        if (Double.isNaN(e.value())) return "no estimate: too few runs with a value";
        if (!e.bounded()) return "no interval: too few runs with a value";
        if (e.low() == 0 && e.high() == 0) return "exactly 0 in every run";
        if (e.low() == e.high()) return "the same in every run";
        if (e.low() > 0) return "the interval lies above 0";
        if (e.high() < 0) return "the interval lies below 0";
        return "the interval spans 0: no clear effect";
    }
}
