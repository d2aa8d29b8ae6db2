package cocreation.model.rules;

import org.apache.commons.math3.special.Erf;

/**
 * Weekly chance that a user adopts an implemented innovation: Bass (1969) diffusion with an
 * external term (the municipality announces it) and an imitation term over one's own network
 * neighbours, each adopted neighbour counting as far as the user trusts them (Rogers 2003: near
 * peers persuade as far as they are credible; Delre et al. 2010: weighted influence), times how good
 * the innovation looks to the user, slowed by habit and quickened by openness (innovativeness:
 * Rogers 2003; Marcati, Guido & Peluso 2008). Users judge it against practice now: deliberately on
 * merit, or fast, with noise and a preference for the familiar, so that fast judges take up some
 * ideas that are worse than practice; neither trust nor openness reads the idea's value, so they
 * carry harmful ideas as readily as good ones.
 */
public final class Adoption {
    private Adoption() {
    }

    /** Most that openness multiplies the chance by (openness 1). */
    public static final double MOST_OPEN = 1.5;

    /**
     * The chance, with {@code trustedShare} the sum of one's trust in one's adopted neighbours over
     * one's number of neighbours (0..1).
     */
    public static double probability(double external, double imitation, double trustedShare,
                                     double appeal, double habit, double openness) {
        return Math.min(1, (external + imitation * trustedShare) * appeal * openToChange(habit, openness));
    }

    /**
     * Chance that an idea looks better than practice: P(gain + noise x Z - bias > 0) for a standard
     * normal Z, i.e. the normal distribution function at (gain - bias) / noise.
     */
    public static double appeal(double gain, double noise, double bias) {
        if (noise <= 0) return gain - bias > 0 ? 1 : 0;
        return normalCdf((gain - bias) / noise);
    }

    /**
     * Habit halves the chance at most; openness scales it from half (openness 0) through once
     * (openness 0.5, the default mean) to {@link #MOST_OPEN} times (openness 1).
     */
    public static double openToChange(double habit, double openness) {
        return (1 - 0.5 * habit) * (0.5 + openness);
    }

    /** The standard normal distribution function. */
    public static double normalCdf(double x) {
        return 0.5 * (1 + Erf.erf(x / Math.sqrt(2)));
    }
}
