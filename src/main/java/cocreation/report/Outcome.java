package cocreation.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * An end-of-run outcome the report compares, with the words a planner reads. {@code column} is a
 * final value or derived value of {@code summary.json}; {@code term} is a short name for lists,
 * {@code label} the name in sentences, {@code unit} what tables add to it. {@code phrase} takes
 * the amount ("about twice as many", "higher with A than with B") at its {@code %s}.
 */
public record Outcome(String column, String term, String label, String unit, Group group, Scale scale, Better better,
                      String phrase) {

    /** What an outcome tells the planner about. */
    public enum Group {
        INNOVATION("Innovation: new, useful, put to use"),
        COST("Cost: more for less"),
        RELATIONAL("Relational value: trust and bridging ties"),
        MECHANISM("Why: the mechanisms behind the outcomes");

        public final String title;

        Group(String title) {
            this.title = title;
        }
    }

    /**
     * The smallest difference that matters in practice: for a COUNT or AMOUNT, a share of the baseline's
     * mean (5%); for a LEVEL, an amount in its own unit (a hundredth of a 0..1 scale; five bridging ties
     * per 100 actors). A difference that is statistically clear but smaller reads as "no meaningful
     * difference". These are judgements, stated in the report's method; comparison.csv keeps the estimates.
     */
    public static final double RELATIVE_IMPORTANCE = 0.05;

    public double importance(double baselineMean) {
        if (scale != Scale.LEVEL) return RELATIVE_IMPORTANCE * Math.abs(baselineMean);
        return switch (column) {
            case "relational_value" -> 5;
            case "arena_diversity" -> 0.02;
            default -> 0.01;
        };
    }

    /** Whether a difference is at least the outcome's threshold of practical importance. */
    public boolean meaningful(double difference, double baselineMean) {
        return Math.abs(difference) >= importance(baselineMean);
    }

    /** COUNT and AMOUNT are compared as ratios ("twice as many/much"), LEVEL as differences. */
    public enum Scale { COUNT, AMOUNT, LEVEL }

    /** Which direction is good for the municipality, if either. */
    public enum Better { HIGHER, LOWER, NEITHER }

    /** The outcome whose options the report's headline compares. */
    public static final Outcome PRIMARY = new Outcome("innovations_used", "innovations put to use", "innovations put to use", "(new, useful and adopted)",
            Group.INNOVATION, Scale.COUNT, Better.HIGHER, "puts %s innovations to use");

    public static final List<Outcome> INNOVATION = List.of(PRIMARY,
            new Outcome("innovations_new", "new ideas", "new ideas proposed", "", Group.INNOVATION, Scale.COUNT, Better.HIGHER,
                    "brings forward %s new ideas"),
            new Outcome("innovations_useful", "useful ideas", "new and useful ideas proposed", "", Group.INNOVATION, Scale.COUNT, Better.HIGHER,
                    "brings forward %s new and useful ideas"),
            new Outcome("value_gained", "value gained", "value gained from ideas put to use", "(practice value, summed)", Group.INNOVATION, Scale.AMOUNT, Better.HIGHER,
                    "gains %s value from ideas put to use"),
            new Outcome("practice_value", "value of practice", "value of current practice at the end", "(0 to 1)", Group.INNOVATION, Scale.LEVEL,
                    Better.HIGHER, "the value of current practice ends %s"),
            new Outcome("expectation_gap", "expectation gap", "gap between citizens' expectations and practice at the end", "(lower is better)", Group.INNOVATION,
                    Scale.LEVEL, Better.LOWER, "the gap between citizens' expectations and practice ends %s"));

    public static final List<Outcome> COST = List.of(
            new Outcome("budget_spent", "budget spent", "budget spent on implementation and arenas", "(budget units)", Group.COST, Scale.AMOUNT,
                    Better.LOWER, "spends %s budget"));

    public static final List<Outcome> RELATIONAL = List.of(
            new Outcome("relational_value", "bridging social capital", "bridging social capital at the end",
                    "(trust-weighted cross-sector ties per 100 actors)",
                    Group.RELATIONAL, Scale.LEVEL, Better.HIGHER, "bridging social capital ends %s"),
            new Outcome("trust_between", "trust between sectors", "trust between sectors at the end", "(0 to 1)", Group.RELATIONAL, Scale.LEVEL,
                    Better.HIGHER, "trust between sectors ends %s"),
            new Outcome("cross_sector_tie_share", "cross-sector ties", "share of ties that cross sectors at the end", "(0 to 1)", Group.RELATIONAL,
                    Scale.LEVEL, Better.HIGHER, "the share of ties that cross sectors ends %s"),
            new Outcome("generalized_trust", "generalised trust", "generalised trust at the end", "(0 to 1)", Group.RELATIONAL, Scale.LEVEL,
                    Better.HIGHER, "generalised trust ends %s"));

    /** Mechanisms that may explain a difference in the primary outcome. */
    public static final List<Outcome> MECHANISM = List.of(
            new Outcome("system2_share_mean", "System 2 share", "share of decisions made deliberately (System 2) over the run",
                    "(mean of weekly shares, 0 to 1)",
                    Group.MECHANISM, Scale.LEVEL, Better.NEITHER, "the share of deliberate (System 2) decisions is %s"),
            new Outcome("habit_mean", "habit strength", "habit strength at the end", "(0 to 1)", Group.MECHANISM, Scale.LEVEL, Better.NEITHER,
                    "habit strength ends %s"),
            new Outcome("trust_between_change", "growth in trust between sectors", "growth in trust between sectors over the run",
                    "(change in mean trust on cross-sector ties)", Group.MECHANISM,
                    Scale.LEVEL, Better.NEITHER, "the growth in trust between sectors is %s"),
            new Outcome("arena_participants", "arena participations", "arena participations", "(people times sessions)", Group.MECHANISM, Scale.COUNT,
                    Better.NEITHER, "has %s arena participations"),
            new Outcome("arena_diversity", "arena diversity", "diversity of arena participants at the latest session",
                    "(Blau index, 0 to 1)", Group.MECHANISM,
                    Scale.LEVEL, Better.NEITHER, "the diversity of arena participants ends %s"));

    /** Every outcome, in report order. */
    public static List<Outcome> all() {
        return Stream.of(INNOVATION, COST, RELATIONAL, MECHANISM).flatMap(List::stream).toList();
    }

    /** The label with its unit, for tables. */
    public String heading() {
        return unit.isEmpty() ? label : label + " " + unit;
    }

    /** Final outcomes whose time counts from week 1 (cumulative), so sentences say "over N years". */
    public boolean cumulative() {
        return scale != Scale.LEVEL;
    }
}
