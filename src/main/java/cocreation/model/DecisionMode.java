package cocreation.model;

/** How the municipality decides on proposals (ODD 7.4). */
public enum DecisionMode {
    /** A manager decides; a political leader confirms what the manager approved. */
    HIERARCHY,
    /** Decided as they come; funded at the next plan in order of judged gain; officials work to targets. */
    PLANS_AND_TARGETS,
    /** Decisions on co-created ideas are shared with their participants. */
    PARTNERSHIP;

    /** The mode named in a scenario ("regime" defers to the regime). */
    static DecisionMode of(String key, Regime regime) {
        return switch (key) {
            case "regime" -> regime.decision;
            case "hierarchy" -> HIERARCHY;
            case "plans_and_targets" -> PLANS_AND_TARGETS;
            case "partnership" -> PARTNERSHIP;
            default -> throw new IllegalArgumentException("unknown decision mode " + key);
        };
    }
}
