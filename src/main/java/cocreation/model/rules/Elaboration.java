package cocreation.model.rules;

import ec.util.MersenneTwisterFast;

/**
 * Building on knowledge that is new to the receiver (van Knippenberg, De Dreu & Homan 2004;
 * Nooteboom 2000; Cohen & Levinthal 1990). The more of the giver's parts are new to the receiver,
 * the more there is to gain and the harder each part is to absorb: a part is absorbed with chance
 * {@code 1 - novelty x (1 - bridging)}, where bridging is what shared language and trust make of
 * the distance. Expected novelty absorbed, {@code novelty x (1 - novelty x (1 - bridging))}, is an
 * inverted U in the distance when bridging is low, and rises with it when bridging is high.
 */
public final class Elaboration {
    private Elaboration() {
    }

    /** Share of the giver's expertise parts the receiver does not know (0: nothing new). */
    public static double novelty(long giverExpertise, long receiverKnows) {
        int parts = Long.bitCount(giverExpertise);
        return parts == 0 ? 0 : Long.bitCount(giverExpertise & ~receiverKnows) / (double) parts;
    }

    /** How far shared language and trust bridge a distance, 0..1: either alone can. */
    public static double bridging(double language, double trust) {
        return 1 - (1 - language) * (1 - trust);
    }

    /** Chance that a part new to the receiver is absorbed. */
    public static double absorption(double novelty, double bridging) {
        return 1 - novelty * (1 - bridging);
    }

    /**
     * The receiver's solution with the giver's solution taken on the giver's expertise parts: parts the
     * receiver already knows come across, new ones each with the absorption chance.
     */
    public static long combine(long own, long theirs, long theirExpertise, long receiverKnows, double bridging,
                               MersenneTwisterFast r) {
        long offered = (own ^ theirs) & theirExpertise, taken = offered & receiverKnows;
        long fresh = offered & ~receiverKnows;
        if (fresh != 0) {
            double absorb = absorption(novelty(theirExpertise, receiverKnows), bridging);
            for (long rest = fresh; rest != 0; rest &= rest - 1)
                if (r.nextDouble() < absorb) taken |= Long.lowestOneBit(rest);
        }
        return own ^ taken;
    }
}
