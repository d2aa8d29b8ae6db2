package cocreation.model;

import java.io.Serializable;

/**
 * Knowledge of a solution's parts. Each sector's domain owns a contiguous block of parts (what its
 * professionals know). Each background group (culture, age cohort, life situation) knows from
 * lived experience an interleaved set of parts across the domains, every M-th part with M the
 * number of backgrounds (at least 4): the local knowledge a group of people unlike the majority
 * brings (van Knippenberg, De Dreu & Homan 2004: demographic diversity carries information as well
 * as social categories).
 */
public final class Domains implements Serializable {
    private static final long serialVersionUID = 3L;
    private final long[] parts;
    private final long[] perspectives;

    Domains(int count, int solutionParts, int backgrounds) {
        parts = new long[count];
        for (int i = 0; i < solutionParts; i++) parts[domainOf(i, count, solutionParts)] |= 1L << i;
        perspectives = new long[backgrounds];
        int every = Math.max(backgrounds, 4);
        if (backgrounds > 1)
            for (int b = 0; b < backgrounds; b++)
                for (int i = 0; i < solutionParts; i++) if ((i + b) % every == 0) perspectives[b] |= 1L << i;
    }

    /** The parts a background group knows from lived experience (none when there is only one group). */
    public long perspectiveOf(int background) {
        return perspectives[background];
    }

    static int domainOf(int part, int domains, int solutionParts) {
        return (int) ((long) part * domains / solutionParts);
    }

    public int count() {
        return parts.length;
    }

    /** The parts belonging to the domains set in {@code domainBits}. */
    public long partsOf(int domainBits) {
        long m = 0;
        for (int d = 0; d < parts.length; d++) if ((domainBits & (1 << d)) != 0) m |= parts[d];
        return m;
    }
}
