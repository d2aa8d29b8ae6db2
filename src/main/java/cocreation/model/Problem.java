package cocreation.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A local problem: its value landscape, the municipality's current practice, every past practice
 * (for judging novelty) and citizens' rising expectations.
 */
public final class Problem implements Serializable {
    private static final long serialVersionUID = 3L;
    public final int index;
    public final Landscape landscape;
    private long practice;
    private long[] past = new long[4];
    private int pastCount;
    private double expectation;

    Problem(int index, Landscape landscape, long practice) {
        this.index = index;
        this.landscape = landscape;
        this.practice = practice;
        remember(practice);
        this.expectation = landscape.value(practice);
    }

    public long practice() {
        return practice;
    }

    public double practiceValue() {
        return landscape.value(practice);
    }

    public double expectation() {
        return expectation;
    }

    void raiseExpectation(double weeklyGrowth) {
        expectation *= 1 + weeklyGrowth;
    }

    /** Puts a solution to use: it becomes practice. */
    void adopt(long solution) {
        practice = solution;
        remember(solution);
    }

    /** New: differs from current and every past practice in at least {@code minParts} parts. */
    public boolean isNew(long solution, int minParts) {
        for (int i = 0; i < pastCount; i++) if (Long.bitCount(past[i] ^ solution) < minParts) return false;
        return true;
    }

    private void remember(long solution) {
        for (int i = 0; i < pastCount; i++) if (past[i] == solution) return;
        if (pastCount == past.length) past = Arrays.copyOf(past, pastCount * 2);
        past[pastCount++] = solution;
    }
}
