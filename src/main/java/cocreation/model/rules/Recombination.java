package cocreation.model.rules;

/**
 * Building on others' thoughts: a solution takes the parts another person knows (their expertise
 * domains) from that person's idea, as in recombinant search in innovation networks
 * (Gilbert, Pyka & Ahrweiler 2001) and problem solving by diverse groups (Hong & Page 2004).
 */
public final class Recombination {
    private Recombination() {
    }

    /** Own solution with the parts under {@code theirParts} taken from theirs. */
    public static long combine(long own, long theirs, long theirParts) {
        return (own & ~theirParts) | (theirs & theirParts);
    }

    /** Flips the {@code index}-th part (counting set bits) among the searchable parts. */
    public static long flipNth(long solution, long searchable, int index) {
        long m = searchable;
        for (int i = 0; i < index; i++) m &= m - 1;
        return solution ^ Long.lowestOneBit(m);
    }

    /** Share of the n parts in which two solutions differ. */
    public static double distance(long a, long b, int parts) {
        return Long.bitCount(a ^ b) / (double) parts;
    }
}
