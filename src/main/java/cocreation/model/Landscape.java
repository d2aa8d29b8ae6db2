package cocreation.model;

import java.io.Serializable;

/**
 * An NK value landscape (Kauffman 1993; Levinthal 1997): a solution is N binary parts; the value
 * of part i depends on it and the K parts after it (cyclically); a solution's value is the mean of
 * its parts' values. Part values are drawn from a counter-based hash of (seed, part, salt,
 * neighbourhood) instead of stored tables, so any K fits in no memory and the landscape can drift
 * part by part by changing that part's salt.
 */
public final class Landscape implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int n;
    private final int k;
    private final long seed;
    private final long[] salt;
    private final long full;
    private final long neighbourhood;
    private int version;

    public Landscape(int n, int k, long seed) {
        if (n < 1 || n > 62 || k < 0 || k >= n) throw new IllegalArgumentException("need 0 <= K < N <= 62");
        this.n = n;
        this.k = k;
        this.seed = seed;
        this.salt = new long[n];
        this.full = (1L << n) - 1;
        this.neighbourhood = (1L << (k + 1)) - 1;
    }

    public double value(long solution) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            long rotated = i == 0 ? solution : ((solution >>> i) | (solution << (n - i))) & full;
            sum += contribution(i, rotated & neighbourhood);
        }
        return sum / n;
    }

    private double contribution(int part, long bits) {
        long h = seed ^ (part * 0x9E3779B97F4A7C15L) ^ (salt[part] * 0xC2B2AE3D27D4EB4FL) ^ (bits * 0x165667B19E3779F9L);
        h = mix(h);
        return (h >>> 11) * 0x1.0p-53;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Redraws the values of one part: the environment changed. */
    public void drift(int part) {
        salt[part]++;
        version++;
    }

    /** Changes whenever values change, so cached values can be checked. */
    public int version() {
        return version;
    }

    public int parts() {
        return n;
    }

    /** All N parts set. */
    public long allParts() {
        return full;
    }
}
