package cocreation.model;

/** How a solution is produced once funded (ODD 7.5). */
public enum ProductionMode {
    /** The municipality's own staff hours, queued when staff are busy. */
    IN_HOUSE,
    /** A contract with a business chosen among qualified bidders. */
    TENDER,
    /** A team of users and co-creators with their own time and resources. */
    CO_PRODUCTION;

    static ProductionMode of(String key, Regime regime) {
        return switch (key) {
            case "regime" -> regime.production;
            case "in_house" -> IN_HOUSE;
            case "tender" -> TENDER;
            case "co_production" -> CO_PRODUCTION;
            default -> throw new IllegalArgumentException("unknown production mode " + key);
        };
    }
}
