package cocreation.model.rules;

/**
 * When a tie dissolves (ODD 7.2): when neither end has used it for a lifetime, or sooner, after a
 * quarter of a lifetime (at least a week), when both ends trust each other less than the threshold.
 * Trust on an unused tie drifts toward generalised trust meanwhile ({@link TrustUpdate#decayed}).
 */
public final class TieUpkeep {
    private TieUpkeep() {
    }

    /** The idle weeks after which a tie both ends distrust dissolves. */
    public static int distrustedLifetime(int lifetime) {
        return Math.max(1, lifetime / 4);
    }

    /** Whether a tie idle for so many weeks dissolves, given the larger of its two trusts. */
    public static boolean dissolves(int idle, double higherTrust, int lifetime, double below) {
        return idle >= lifetime || (higherTrust < below && idle >= distrustedLifetime(lifetime));
    }
}
