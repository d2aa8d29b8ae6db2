package cocreation.model.rules;

/**
 * How an actor judges an idea. System 2 judges on merit with small noise. System 1 judges by
 * familiarity (the brain prefers thoughts it has thought before) and in-group trust, with large
 * noise (Kahneman 2011). Values are those of the problem's landscape.
 */
public final class Judgement {
    private Judgement() {
    }

    /**
     * Perceived value of an idea. {@code strangeness} is the share of parts in which it differs from
     * what the judge knows; {@code noise} a standard normal draw.
     */
    public static double perceived(double value, boolean system2, double strangeness, boolean inGroup,
                                   double noise, double system1Noise, double system2Noise,
                                   double familiarityBias, double inGroupBias) {
        if (system2) return value + system2Noise * noise;
        return value + system1Noise * noise - familiarityBias * strangeness + (inGroup ? inGroupBias : 0);
    }
}
