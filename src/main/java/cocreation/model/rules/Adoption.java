package cocreation.model.rules;

import org.apache.commons.math3.special.Erf;

/**
 * Weekly chance that a user adopts an implemented innovation: Bass (1969) diffusion with an
 * external term (the municipality announces it) and an imitation term over one's own network
 * neighbours, times how good the innovation looks to the user, slowed by habit. Users judge it
 * against practice now: deliberately on merit, or fast, with noise and a preference for the
 * familiar, so that fast judges take up some ideas that are worse than practice.
 */
public final class Adoption {
    private Adoption() {
    }

    public static double probability(double external, double imitation, double adoptedNeighbourShare,
                                     double appeal, double habit) {
        return (external + imitation * adoptedNeighbourShare) * appeal * openToChange(habit);
    }

    /**
     * Chance that an idea looks better than practice: P(gain + noise x Z - bias > 0) for a standard
     * normal Z, i.e. the normal distribution function at (gain - bias) / noise.
     */
    public static double appeal(double gain, double noise, double bias) {
        if (noise <= 0) return gain - bias > 0 ? 1 : 0;
        return normalCdf((gain - bias) / noise);
    }

    /** Habit halves the chance at most. */
    public static double openToChange(double habit) {
        return 1 - 0.5 * habit;
    }

    /** The standard normal distribution function. */
    public static double normalCdf(double x) {
        return 0.5 * (1 + Erf.erf(x / Math.sqrt(2)));
    }
}
