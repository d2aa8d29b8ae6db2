package cocreation.model.rules;

/**
 * Relationship conflict at a table (Jehn 1995; de Dreu & Weingart 2003): unlike people categorise
 * each other (van Knippenberg, De Dreu & Homan 2004), and without psychological safety and trust
 * (Edmondson 1999) the difference turns personal. A table in conflict loses members to withdrawal
 * and its voice to the most powerful; and its members' experiences of each other turn bad.
 */
public final class Conflict {
    private Conflict() {
    }

    /** Chance that a table falls into relationship conflict. */
    public static double chance(double socialDistance, double safety, double trust, double proneness) {
        return Math.min(1, proneness * socialDistance * (1 - safety) * (1 - trust));
    }
}
