package cocreation.model.rules;

import ec.util.MersenneTwisterFast;

/**
 * What is delivered of a designed solution. Producers can only apply what they know: a changed
 * part outside their expertise is realised with a chance, else it stays as practice (Cohen &
 * Levinthal 1990). A contractor also shades what the contract cannot specify (Hart, Shleifer &
 * Vishny 1997): on a part that cannot be specified it keeps the cheaper, old way with a chance.
 */
public final class Fidelity {
    private Fidelity() {
    }

    /**
     * @param known       parts the producers know (their expertise)
     * @param outside     chance that a changed part outside their expertise is realised
     * @param specifiable chance that a contract can specify a part (1 when there is no contract)
     * @param shading     chance that a contractor cuts a part the contract does not specify
     */
    public static long deliver(long designed, long practice, long known, double outside, double specifiable,
                               double shading, MersenneTwisterFast r) {
        long changed = designed ^ practice, delivered = designed;
        for (long rest = changed; rest != 0; rest &= rest - 1) {
            long part = Long.lowestOneBit(rest);
            boolean realised = (known & part) != 0 || r.nextDouble() < outside;
            if (realised && specifiable < 1 && r.nextDouble() >= specifiable && r.nextDouble() < shading) realised = false;
            if (!realised) delivered ^= part;
        }
        return delivered;
    }

    /** Chance that a contract can specify a part of a problem with K interactions over N parts. */
    public static double specifiable(int parts, int wickedness) {
        return parts <= 1 ? 1 : 1 - wickedness / (double) (parts - 1);
    }
}
