package cocreation.docking;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Hong & Page's contest (2004, PNAS 101(46), "Groups of diverse problem solvers can outperform
 * groups of high-ability problem solvers"), in their own setting: a ring of {@code points} values
 * drawn uniformly from [0, top); every heuristic of {@code k} distinct steps from 1..{@code l};
 * a heuristic's ability is the mean value it reaches alone from common starting points (all
 * points, or a common random sample of them); the group of the {@code size} most able heuristics
 * against {@code size} drawn at random from all of them, each searching in {@link Relay} from the
 * same starts. One call is one landscape.
 */
public final class DiversityContest {
    /**
     * @param starts starting points for ability and group performance: 0 for every point, else a
     *               common random sample of that many (the same for every heuristic and group)
     */
    public record Settings(int points, double top, int k, int l, int size, int starts) {}

    /** What one landscape gave each group. */
    public record Group(List<Heuristic> members, double value, double diversity, double ability) {}

    /** One landscape: the best group, the random group, and the ability of the single best heuristic and of the average one. */
    public record Result(Group best, Group random, double topAbility, double meanAbility) {}

    private DiversityContest() {
    }

    public static Result run(Settings s, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        double[] ring = new double[s.points()];
        for (int i = 0; i < ring.length; i++) ring[i] = random.nextDouble() * s.top();
        int[] starts = starts(s, random);
        List<Heuristic> all = Heuristic.all(s.k(), s.l());
        double[] ability = new double[all.size()];
        for (int h = 0; h < ability.length; h++) ability[h] = ability(all.get(h), ring, starts);
        // the most able first (ties by enumeration order, so the order never depends on anything else)
        Integer[] order = new Integer[all.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -ability[i]).thenComparingInt(i -> i));
        int[] best = new int[s.size()];
        for (int i = 0; i < best.length; i++) best[i] = order[i];
        int[] drawn = draw(all.size(), s.size(), random);
        double top = ability[order[0]], mean = Arrays.stream(ability).average().orElse(Double.NaN);
        return new Result(group(all, best, ability, ring, starts), group(all, drawn, ability, ring, starts), top, mean);
    }

    /** Mean value a heuristic reaches alone from the starts. */
    public static double ability(Heuristic h, double[] ring, int[] starts) {
        double sum = 0;
        for (int start : starts) sum += ring[h.climb(ring, start)];
        return sum / starts.length;
    }

    /** Mean value a group reaches in relay from the starts. */
    public static double performance(List<Heuristic> group, double[] ring, int[] starts) {
        double sum = 0;
        for (int start : starts) sum += ring[Relay.search(group, ring, start)];
        return sum / starts.length;
    }

    /** Hong & Page's diversity of a group: the mean distance over its pairs of members. */
    public static double diversity(List<Heuristic> group) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < group.size(); i++)
            for (int j = i + 1; j < group.size(); j++) {
                sum += group.get(i).distance(group.get(j));
                pairs++;
            }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static Group group(List<Heuristic> all, int[] ids, double[] ability, double[] ring, int[] starts) {
        List<Heuristic> members = new ArrayList<>();
        double sum = 0;
        for (int id : ids) {
            members.add(all.get(id));
            sum += ability[id];
        }
        return new Group(List.copyOf(members), performance(members, ring, starts), diversity(members), sum / ids.length);
    }

    private static int[] starts(Settings s, MersenneTwisterFast random) {
        if (s.starts() == 0) {
            int[] every = new int[s.points()];
            for (int i = 0; i < every.length; i++) every[i] = i;
            return every;
        }
        int[] out = new int[s.starts()];
        for (int i = 0; i < out.length; i++) out[i] = random.nextInt(s.points());
        return out;
    }

    /** {@code m} distinct indices of 0..n-1 in the order drawn (a partial Fisher-Yates shuffle). */
    static int[] draw(int n, int m, MersenneTwisterFast random) {
        int[] pool = new int[n];
        for (int i = 0; i < n; i++) pool[i] = i;
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(n - i);
            int t = pool[i];
            pool[i] = pool[j];
            pool[j] = t;
        }
        return Arrays.copyOf(pool, m);
    }
}
