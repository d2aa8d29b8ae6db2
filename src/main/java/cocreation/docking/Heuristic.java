package cocreation.docking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A way of searching, after Hong & Page (2004, PNAS 101(46)): an ordered set of distinct moves.
 * From where it stands, a searcher tries its moves in order, takes each one that leads somewhere
 * better, and cycles through them again until a whole cycle improves nothing: it has reached a
 * local optimum <em>for this heuristic</em>. Two searchers with different heuristics stop at
 * different places from the same start, which is why a group of them can get further than any
 * one.
 *
 * <p>Here a move is a step along a ring of values (Hong & Page's own problem). The same idea fits
 * the model's search over solution parts: a move would be a set of parts to flip (see the docking
 * report and ODD section 8), tried in order and kept if better.
 */
public record Heuristic(int[] steps) {
    public Heuristic {
        steps = steps.clone();
        if (steps.length == 0) throw new IllegalArgumentException("a heuristic needs at least one step");
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] < 1) throw new IllegalArgumentException("steps are positive: " + Arrays.toString(steps));
            for (int j = 0; j < i; j++)
                if (steps[j] == steps[i]) throw new IllegalArgumentException("steps are distinct: " + Arrays.toString(steps));
        }
    }

    @Override
    public int[] steps() {
        return steps.clone();
    }

    /** Every ordered set of k distinct steps from 1..l, in lexicographic order: l!/(l-k)! heuristics. */
    public static List<Heuristic> all(int k, int l) {
        if (k < 1 || k > l) throw new IllegalArgumentException("need 1 <= k <= l");
        List<Heuristic> out = new ArrayList<>();
        permutations(new int[k], 0, l, new boolean[l + 1], out);
        return out;
    }

    private static void permutations(int[] prefix, int at, int l, boolean[] used, List<Heuristic> out) {
        if (at == prefix.length) {
            out.add(new Heuristic(prefix));
            return;
        }
        for (int s = 1; s <= l; s++) {
            if (used[s]) continue;
            used[s] = true;
            prefix[at] = s;
            permutations(prefix, at + 1, l, used, out);
            used[s] = false;
        }
    }

    /**
     * Where this heuristic stops on a ring of values, starting at {@code from}: each step is tried
     * from where the searcher stands and taken if the value there is strictly higher, cycling
     * through the steps until none improves.
     */
    public int climb(double[] ring, int from) {
        int n = ring.length, at = from, since = 0;
        for (int i = 0; since < steps.length; i = (i + 1) % steps.length) {
            int to = (at + steps[i]) % n;
            if (ring[to] > ring[at]) {
                at = to;
                since = 0;
            } else {
                since++;
            }
        }
        return at;
    }

    /** Hong & Page's diversity of two heuristics: the share of positions at which their steps differ. */
    public double distance(Heuristic other) {
        if (other.steps.length != steps.length) throw new IllegalArgumentException("heuristics of different lengths");
        int same = 0;
        for (int i = 0; i < steps.length; i++) if (steps[i] == other.steps[i]) same++;
        return (steps.length - same) / (double) steps.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Heuristic h && Arrays.equals(steps, h.steps);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(steps);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int s : steps) b.append(b.length() == 0 ? "" : "-").append(s);
        return b.toString();
    }
}
