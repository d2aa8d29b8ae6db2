package cocreation.model;

/** The kinds of actors in a municipality, with their hierarchy level and power in a meeting. */
public enum Role {
    CITIZEN(Kind.CITIZEN, 0, 1.0),
    FRONTLINE(Kind.OFFICIAL, 1, 2.0),
    MANAGER(Kind.OFFICIAL, 2, 3.0),
    POLITICIAN(Kind.OFFICIAL, 3, 4.0),
    BUSINESS(Kind.ORGANISATION, 1, 2.0),
    ASSOCIATION(Kind.ORGANISATION, 1, 1.5);

    /** Citizens, municipal officials, organisations. */
    public enum Kind { CITIZEN, OFFICIAL, ORGANISATION }

    public final Kind kind;
    /** Hierarchy level: 0 citizen, 1 frontline or organisation, 2 manager, 3 political leader. */
    public final int level;
    /** Relative weight of this role's voice when voices are not equalised. */
    public final double power;

    Role(Kind kind, int level, double power) {
        this.kind = kind;
        this.level = level;
        this.power = power;
    }

    /** The municipality's staff, who take part in working time: frontline staff and managers (political leaders are lay). */
    public boolean staff() {
        return this == FRONTLINE || this == MANAGER;
    }

    public String label() {
        return name().toLowerCase();
    }
}
