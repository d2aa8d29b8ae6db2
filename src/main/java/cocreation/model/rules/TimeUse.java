package cocreation.model.rules;

/**
 * Finite time. Each actor has free hours a week for civic life; arenas, co-production, shared
 * decisions and deliberate thought are owed against them. What is owed beyond a week's free hours
 * is carried into the next week, less the share other leisure absorbs, and tires the actor.
 */
public final class TimeUse {
    private TimeUse() {
    }

    /** Hours still owed at the start of a week: last week's debt less this week's free hours, part absorbed by leisure. */
    public static double owedAfterWeek(double owed, double freeHours, double recovery) {
        return Math.max(0, owed - freeHours) * (1 - recovery);
    }

    /** Fatigue 0..1: the share of this week's time already owed (0 when nothing is owed). */
    public static double fatigue(double owed, double freeHours) {
        if (owed <= 0) return 0;
        return owed / (owed + Math.max(0, freeHours));
    }
}
