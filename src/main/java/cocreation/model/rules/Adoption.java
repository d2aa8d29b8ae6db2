package cocreation.model.rules;

/**
 * Weekly chance that a user adopts an implemented innovation: Bass (1969) diffusion with an
 * external term (the municipality announces it) and an imitation term over one's own network
 * neighbours, scaled by how much better it is than current practice and slowed by habit.
 */
public final class Adoption {
    /** Value difference over which usefulness goes from "no better" to "clearly better". */
    public static final double USEFULNESS_SCALE = 0.05;

    private Adoption() {
    }

    public static double probability(double external, double imitation, double adoptedNeighbourShare,
                                     double gainOverPractice, double habit) {
        return (external + imitation * adoptedNeighbourShare) * appeal(gainOverPractice) * openToChange(habit);
    }

    /** 0 for an idea clearly worse than practice, 1 for one clearly better. */
    public static double appeal(double gainOverPractice) {
        return Math.max(0, Math.min(1, 0.5 + gainOverPractice / USEFULNESS_SCALE));
    }

    /** Habit halves the chance at most. */
    public static double openToChange(double habit) {
        return 1 - 0.5 * habit;
    }
}
