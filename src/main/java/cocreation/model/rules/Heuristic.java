package cocreation.model.rules;

import ec.util.MersenneTwisterFast;
import java.util.function.LongToDoubleFunction;

/**
 * A way of searching (Hong & Page 2004): an ordered set of moves, here the parts of a solution
 * one tries to change, in that order, drawn from one's expertise. People who know the same
 * domain can still search differently, and a group whose heuristics differ covers more moves.
 * Packed in an int: the number of moves in the low 3 bits, then up to four part indices of
 * 6 bits each, so that an actor carries its heuristic without another object.
 */
public final class Heuristic {
    /** Most moves a heuristic holds. */
    public static final int MOST = 4;

    private Heuristic() {
    }

    /** A heuristic of up to {@code size} distinct parts of {@code expertise}, in random order. */
    public static int draw(long expertise, int size, MersenneTwisterFast r) {
        int available = Long.bitCount(expertise), n = Math.min(Math.min(size, MOST), available);
        int packed = n;
        long left = expertise;
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(Long.bitCount(left));
            long part = Long.lowestOneBit(nth(left, pick));
            left &= ~part;
            packed |= Long.numberOfTrailingZeros(part) << (3 + 6 * i);
        }
        return packed;
    }

    /** Number of moves. */
    public static int size(int heuristic) {
        return heuristic & 7;
    }

    /** The part the {@code i}-th move changes. */
    public static int move(int heuristic, int i) {
        return (heuristic >>> (3 + 6 * i)) & 63;
    }

    /** The solution after the {@code i}-th move. */
    public static long apply(int heuristic, int i, long solution) {
        return solution ^ (1L << move(heuristic, i));
    }

    private static long nth(long bits, int n) {
        for (int i = 0; i < n; i++) bits &= bits - 1;
        return bits;
    }

    /** Judges whether a candidate's value beats the current one's (perceived, so possibly wrongly). */
    public interface Judge {
        boolean better(double candidateValue, double currentValue);
    }

    /**
     * Searches from {@code start}: tries the moves in order, keeping each that the judge finds better,
     * for at most {@code passes} passes, stopping after a pass that changed nothing.
     */
    public static long search(int heuristic, long start, int passes, LongToDoubleFunction value, Judge judge) {
        long current = start;
        double currentValue = value.applyAsDouble(start);
        for (int p = 0; p < passes; p++) {
            boolean moved = false;
            for (int i = 0, n = size(heuristic); i < n; i++) {
                long candidate = apply(heuristic, i, current);
                double v = value.applyAsDouble(candidate);
                if (judge.better(v, currentValue)) {
                    current = candidate;
                    currentValue = v;
                    moved = true;
                }
            }
            if (!moved) break;
        }
        return current;
    }
}
