package cocreation.model;

/** Who is heard: whether lay proposals pass a gatekeeper before review (ODD 7.4). */
public enum Access {
    /** A frontline official screens citizens' and organisations' proposals quickly. */
    GATEKEPT,
    /** Every proposal gets a full review. */
    OPEN;

    static Access of(String key, Regime regime) {
        return switch (key) {
            case "regime" -> regime.access;
            case "gatekept" -> GATEKEPT;
            case "open" -> OPEN;
            default -> throw new IllegalArgumentException("unknown access " + key);
        };
    }
}
