package cocreation.report;

import cocreation.statistics.Estimate;

/**
 * Plain-language sentences that say only what the numbers support. A difference is called clear
 * only when its 95% interval excludes zero (for a ratio: excludes 1); otherwise the sentence says
 * "no clear difference" and gives the interval. A clear difference smaller than the outcome's
 * threshold of practical importance ({@link Outcome#importance}) is "no meaningful difference".
 */
public final class Wording {
    private Wording() {
    }

    /** The numbers one sentence compares: means of both options, their paired difference and ratio. */
    public record Contrast(String option, String baseline, Estimate optionMean, Estimate baselineMean,
                           Estimate difference, Estimate ratio) {
    }

    /** Whether option and baseline clearly differ on this outcome. */
    public static boolean clear(Estimate difference) {
        return difference.excludes(0);
    }

    /** Identical in every replication: nothing to estimate. */
    static boolean identical(Estimate d) {
        return d.n() > 0 && d.value() == 0 && d.low() == 0 && d.high() == 0;
    }

    /** A sentence comparing option and baseline on outcome o; {@code period} like "over 10 years". */
    public static String sentence(Outcome o, Contrast c, String period) {
        Estimate d = c.difference;
        String when = o.cumulative() ? " " + period : "";
        String label = o.label() + when;
        if (d.n() == 0) return capitalize(label) + ": not measured in these runs.";
        if (identical(d))
            return "No difference in " + label + ": " + c.option + " and " + c.baseline
                    + " give the same value in every replication (" + Display.number(c.optionMean.value()) + ").";
        String means = Display.number(c.optionMean.value()) + " with " + c.option + " against "
                + Display.number(c.baselineMean.value()) + " with " + c.baseline;
        String interval = "95% CI " + Display.signed(d.low()) + " to " + Display.signed(d.high());
        if (!clear(d))
            return "No clear difference in " + label + ": " + means + " on average (difference " + Display.signed(d.value())
                    + ", " + interval + "; the interval includes zero).";
        if (!o.meaningful(d.value(), c.baselineMean.value()))
            return "No meaningful difference in " + label + ": " + means + " on average (difference " + Display.signed(d.value())
                    + ", " + interval + "; clear, but below the " + Display.number(o.importance(c.baselineMean.value()))
                    + " that would matter in practice).";
        boolean up = d.value() > 0;
        if (o.scale() == Outcome.Scale.LEVEL)
            return capitalize(String.format(o.phrase(), (up ? "higher" : "lower") + " with " + c.option + " than with " + c.baseline))
                    + ": " + Display.number(c.optionMean.value()) + " against " + Display.number(c.baselineMean.value())
                    + " (difference " + Display.signed(d.value()) + ", " + interval + ").";
        Estimate r = c.ratio;
        boolean many = o.scale() == Outcome.Scale.COUNT;
        String on = Display.number(c.optionMean.value()) + " against " + Display.number(c.baselineMean.value()) + " on average";
        if (r.bounded() && r.low() > 0 && c.baselineMean.value() > 0) {
            Ratio words = ratio(r, many);
            return c.option + " " + String.format(o.phrase(), words.amount) + when + (words.times ? " as " : " than ")
                    + c.baseline + " (" + words.interval + "; " + on + ").";
        }
        String amount = Display.number(Math.abs(d.value())) + " " + (up ? "more" : many ? "fewer" : "less");
        return c.option + " " + String.format(o.phrase(), amount) + when + " than " + c.baseline + " on average: "
                + Display.number(c.optionMean.value()) + " against " + Display.number(c.baselineMean.value())
                + " (difference " + interval + ").";
    }

    /** A ratio in words: "about twice as many" with "95% CI 1.6 to 2.5 times", or "about 30% fewer". */
    public record Ratio(String amount, String interval, boolean times) {
    }

    /** Ratios of 1.5 or more read as "times as many"; others as percentages more or fewer. */
    public static Ratio ratio(Estimate r, boolean many) {
        double x = r.value();
        if (x >= 1.5) {
            long tenths = Math.round(x * 10);
            String times = tenths == 20 ? "twice" : tenths == 30 ? "three times" : Display.ratio(x) + " times";
            return new Ratio("about " + times + " as " + (many ? "many" : "much"),
                    "95% CI " + Display.ratio(r.low()) + " to " + Display.ratio(r.high()) + " times", true);
        }
        if (x >= 1)
            return new Ratio("about " + Display.percent(x - 1) + "% more",
                    "95% CI " + Display.percent(r.low() - 1) + "% to " + Display.percent(r.high() - 1) + "% more", false);
        String fewer = many ? "fewer" : "less";
        if (Math.round(x * 20) == 10)
            return new Ratio("about half as " + (many ? "many" : "much"),
                    "95% CI " + Display.ratio(r.low()) + " to " + Display.ratio(r.high()) + " times", true);
        return new Ratio("about " + Display.percent(1 - x) + "% " + fewer,
                "95% CI " + Display.percent(1 - r.high()) + "% to " + Display.percent(1 - r.low()) + "% " + fewer, false);
    }

    /**
     * Cost per unit of value, option against baseline: "more for less" when the option gains a unit
     * of value for clearly less budget.
     */
    public static String cost(String option, String baseline, Estimate optionCost, Estimate baselineCost, Estimate ratio) {
        if (!(optionCost.value() > 0) || !(baselineCost.value() > 0))
            return "Cost per unit of value cannot be compared: " + (optionCost.value() > 0 ? baseline : option)
                    + " gained no value (or spent nothing) in these runs.";
        String means = Display.number(optionCost.value()) + " budget units per unit of value with " + option + " against "
                + Display.number(baselineCost.value()) + " with " + baseline;
        if (!ratio.bounded())
            return "Cost per unit of value: " + means + "; too uncertain to compare, because some replications gain almost no value.";
        if (!ratio.excludes(1))
            return "No clear difference in cost per unit of value: " + means + " (ratio " + Display.ratio(ratio.value())
                    + ", 95% CI " + Display.ratio(ratio.low()) + " to " + Display.ratio(ratio.high()) + "; the interval includes 1).";
        Ratio words = Wording.ratio(ratio, false);
        String head = ratio.value() < 1 ? "More for less: each unit of value costs " : "Each unit of value costs ";
        return head + words.amount + " with " + option + (words.times ? " as with " : " than with ")
                + baseline + " (" + words.interval + "): " + means + ".";
    }

    /** "Higher", "lower" or "no clear change" for tables. */
    public static String direction(Estimate difference) {
        if (difference.n() == 0) return "not measured";
        if (identical(difference)) return "same";
        if (!clear(difference)) return "no clear change";
        return difference.value() > 0 ? "higher" : "lower";
    }

    /** As {@link #direction(Estimate)}, with "no meaningful change" for a clear difference below the outcome's threshold. */
    public static String direction(Outcome o, Estimate difference, double baselineMean) {
        String d = direction(difference);
        if ((d.equals("higher") || d.equals("lower")) && !o.meaningful(difference.value(), baselineMean)) return "no meaningful change";
        return d;
    }

    /** How a mechanism moved with the primary outcome within options. */
    public static String association(Estimate r) {
        if (!Double.isFinite(r.value())) return "cannot tell (no variation)";
        if (!r.bounded()) return "too few runs to tell";
        if (r.low() > 0) return "moves with it";
        if (r.high() < 0) return "moves against it";
        return "no clear link";
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
