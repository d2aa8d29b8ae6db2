package cocreation.model.rules;

/**
 * How an experience of the municipality turns out for trust in it (Tyler 1990): having been heard
 * counts beside a favourable outcome. Being ignored is the worst experience; a fair hearing that
 * ends in refusal keeps part of the trust; use of one's idea is the best.
 */
public final class ProceduralJustice {
    private ProceduralJustice() {
    }

    /** The experience's outcome 0..1 for a learning step of institutional trust. */
    public static double outcome(boolean heard, boolean favourable, double proceduralWeight) {
        return proceduralWeight * (heard ? 1 : 0) + (1 - proceduralWeight) * (favourable ? 1 : 0);
    }

    /** Satisfaction with a service 0..1 from performance minus expectation (Van Ryzin 2004). */
    public static double satisfaction(double practiceValue, double expectation, double scale) {
        return 0.5 + 0.5 * Math.tanh((practiceValue - expectation) / scale);
    }
}
