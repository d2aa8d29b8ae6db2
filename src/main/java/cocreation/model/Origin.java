package cocreation.model;

/** Where a proposal came from: an individual, or an arena of a given depth. Fixed at proposal, for counting. */
public enum Origin {
    INDIVIDUAL, CONSULTATION, CO_DESIGN, THICK;

    public String label() {
        return name().toLowerCase();
    }

    static Origin of(Depth depth) {
        if (depth == null) return INDIVIDUAL;
        return switch (depth) {
            case CONSULTATION -> CONSULTATION;
            case CO_DESIGN -> CO_DESIGN;
            case THICK -> THICK;
        };
    }
}
