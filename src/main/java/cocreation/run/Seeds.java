package cocreation.run;

/**
 * Seeds for replications and sweeps, derived from a master seed and a run's index alone, so a
 * run's result never depends on thread count or the order in which runs finish.
 */
public final class Seeds {
    private Seeds() {
    }

    /** A well-mixed seed in 0..2^53-1 (exact in JSON and in R/pandas doubles). */
    public static long derive(long master, long index) {
        long z = master * 0x9E3779B97F4A7C15L + (index + 1) * 0xD1B54A32D192ED03L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return z & ((1L << 53) - 1);
    }
}
