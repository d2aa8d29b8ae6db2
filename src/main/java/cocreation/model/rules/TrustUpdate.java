package cocreation.model.rules;

/**
 * Trust as a running estimate of how interactions with someone turn out: each experience moves
 * trust a step toward its outcome (reinforcement learning of trust, Macy & Skvoretz 1998).
 */
public final class TrustUpdate {
    private TrustUpdate() {
    }

    /** Trust after an experience with outcome 1 (good) or 0 (bad). */
    public static double after(double trust, double outcome, double rate) {
        return trust + rate * (outcome - trust);
    }

    /** Trust on an unused tie after {@code weeks}, drifting back toward generalised trust. */
    public static double decayed(double trust, double generalized, double weeks, double halfLife) {
        return decayed(trust, generalized, decayFactor(weeks, halfLife));
    }

    /** The share of trust's distance from generalised trust that survives {@code weeks} unused. */
    public static double decayFactor(double weeks, double halfLife) {
        return Math.pow(0.5, weeks / halfLife);
    }

    /** Trust on an unused tie after a period whose {@link #decayFactor} is {@code keep}. */
    public static double decayed(double trust, double generalized, double keep) {
        return generalized + (trust - generalized) * keep;
    }
}
