package cocreation.model;

/**
 * Governance regime (Kommune 1.0, 2.0, 3.0): a bundle of three institutional choices, each a
 * mechanism with its own price and conditions (ODD 7.4). The regime holds no numbers: nothing
 * here says which bundle does better; that follows from the mechanisms and the situation.
 */
public enum Regime {
    /** Laws, subjects and power: hierarchy, the municipality's own staff, gatekept access. */
    KOMMUNE_1("1.0", DecisionMode.HIERARCHY, ProductionMode.IN_HOUSE, Access.GATEKEPT),
    /** New Public Management: plans and targets, tenders to a market, gatekept access. */
    KOMMUNE_2("2.0", DecisionMode.PLANS_AND_TARGETS, ProductionMode.TENDER, Access.GATEKEPT),
    /** New Public Governance: partnership, co-production, open access. */
    KOMMUNE_3("3.0", DecisionMode.PARTNERSHIP, ProductionMode.CO_PRODUCTION, Access.OPEN);

    public final String label;
    public final DecisionMode decision;
    public final ProductionMode production;
    public final Access access;

    Regime(String label, DecisionMode decision, ProductionMode production, Access access) {
        this.label = label;
        this.decision = decision;
        this.production = production;
        this.access = access;
    }

    public static Regime of(String label) {
        for (Regime r : values()) if (r.label.equals(label)) return r;
        throw new IllegalArgumentException("unknown regime " + label);
    }
}
