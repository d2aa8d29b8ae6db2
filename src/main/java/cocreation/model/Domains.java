package cocreation.model;

import java.io.Serializable;

/** Knowledge domains, one per sector: each owns a contiguous block of a solution's parts. */
public final class Domains implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long[] parts;

    Domains(int count, int solutionParts) {
        parts = new long[count];
        for (int i = 0; i < solutionParts; i++) parts[domainOf(i, count, solutionParts)] |= 1L << i;
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
