package cocreation.scenario;

import java.util.Set;

/**
 * Which scenario paths are the municipality's own decisions (levers, in the XLRM frame of exploratory
 * modelling: Lempert, Popper & Bankes 2003) and which describe the world it cannot choose (uncertainties:
 * its people, their trust and habits, its problems, the market, how fast the world changes). A comparison
 * of options is fair when options differ in decisions only.
 */
public final class PolicyLevers {
    /** Paths a municipality decides; every arena setting is one too. */
    private static final Set<String> LEVERS = Set.of(
            "municipality.regime", "municipality.decision", "municipality.production", "municipality.access",
            "municipality.leadership", "municipality.formality", "municipality.silo_strength",
            "municipality.budget_per_1000", "municipality.plan_cycle_weeks", "municipality.review_hours_per_1000",
            "municipality.staff_hours_per_1000", "leaders.leader_hours", "leaders.sponsor_hours",
            "leaders.champion_hours", "decisions.queue_order", "decisions.reading_share");

    /** Paths that only name things (no decision, no world): sectors' names for the window. */
    private static final Set<String> LABELS = Set.of("municipality.sector_names", "name", "description");

    private PolicyLevers() {
    }

    /** True for a path that only names something. */
    public static boolean isLabel(String path) {
        return LABELS.contains(path);
    }

    /** True for a path (as "arenas[0].capacity" or "municipality.regime") the municipality decides. */
    public static boolean isLever(String path) {
        return path.equals("arenas") || path.startsWith("arenas[") || path.startsWith("arenas.") || LEVERS.contains(path);
    }
}
