package cocreation.model.rules;

/**
 * System 1 or System 2 (Kahneman 2011), in the spirit of CONSUMAT's switch between automatic and
 * deliberate behaviour (Jager & Janssen 2012): deliberation needs a propensity for it and free
 * capacity, which time pressure takes away; habit pushes toward the fast mode, curiosity resists it.
 */
public final class ModeChoice {
    private ModeChoice() {
    }

    /**
     * Probability of deliberating. {@code boost} (0..1) is what a setting adds, e.g. a facilitated
     * arena or leadership's awareness: it closes that share of the remaining gap to certainty.
     */
    public static double system2Probability(double propensity, double capacity, double timePressure,
                                            double habit, double curiosity, double boost) {
        double free = capacity * (1 - timePressure);
        double habitGrip = habit * (1 - curiosity);
        double p = propensity * free * (1 - habitGrip);
        return p + boost * (1 - p);
    }

    /**
     * Habit after one decision: repetition strengthens it, deliberate thought weakens it, both as far as
     * one's routine orientation makes them. Habit then settles where
     * {@code p1 x routine x (1 - h) = p2 x (1 - routine) x h} (p1, p2 the shares of fast and slow
     * decisions): it depends on the person and the setting, not one value for all.
     */
    public static double habitAfter(double habit, boolean system2, double rate, double routine) {
        return system2 ? habit - rate * (1 - routine) * habit : habit + rate * routine * (1 - habit);
    }
}
