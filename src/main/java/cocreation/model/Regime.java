package cocreation.model;

/**
 * Governance regime (Kommune 1.0, 2.0, 3.0). Each value is an assumption justified in the ODD.
 *
 * @param citizenAccess      chance that a proposal from a citizen or organisation is reviewed at all
 * @param noveltyFilter      strength of procedural filtering of ideas far from practice
 * @param productionCost     cost factor of the way solutions are produced (in-house, tender, co-production)
 * @param productionDelay    weeks to produce a solution, before formality
 * @param waitsForPlanCycle  whether approved ideas wait for the next plan period
 * @param coCreationWeight   how much decision makers weigh endorsement by an arena
 * @param prioritisesArenas  whether co-created proposals are reviewed first
 * @param topDown            whether a political leader must also approve what a manager approved
 */
public record Regime(String name, String production, double citizenAccess, double noveltyFilter,
                     double productionCost, int productionDelay, boolean waitsForPlanCycle,
                     double coCreationWeight, boolean prioritisesArenas, boolean topDown) implements java.io.Serializable {

    /** 1.0: laws, subjects and power; top-down; solutions made in-house. */
    public static final Regime KOMMUNE_1 = new Regime("1.0", "in-house", 0.2, 1.0, 1.0, 26, true, 0.0, false, true);
    /** 2.0: plans, tenders, citizens as customers; solutions bought in. */
    public static final Regime KOMMUNE_2 = new Regime("2.0", "tender", 0.5, 0.7, 1.15, 39, true, 0.5, false, false);
    /** 3.0: processes, partners, equality; solutions co-produced. */
    public static final Regime KOMMUNE_3 = new Regime("3.0", "co-production", 1.0, 0.4, 0.85, 13, false, 1.0, true, false);

    public static Regime of(String name) {
        switch (name) {
            case "1.0": return KOMMUNE_1;
            case "2.0": return KOMMUNE_2;
            case "3.0": return KOMMUNE_3;
            default: throw new IllegalArgumentException("unknown regime " + name);
        }
    }
}
