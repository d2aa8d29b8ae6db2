package cocreation.docking;

import cocreation.model.Landscape;
import cocreation.model.NetworkBuilder;
import cocreation.model.rules.Recombination;
import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lazer & Friedman's parallel problem solving (2007, ASQ 52(4), "The network structure of
 * exploration and exploitation") as a reduction of the model's own parts: the problem is the
 * model's NK {@link Landscape}, an agent's solution is an idea (a bit string over its parts), the
 * network is one of {@link NetworkBuilder#neighbours}'s shapes, copying a neighbour is
 * {@link Recombination#combine} with every part, and a local search step is
 * {@link Recombination#flipNth}.
 *
 * <p>Each round, synchronously, every agent looks at all its neighbours; if the best of them holds
 * a strictly better solution it copies it; otherwise it changes one part chosen at random and keeps
 * the change only if it is better. A score is (value / global maximum)^exponent, the maximum found
 * by enumerating every solution. One call is one landscape: every network starts from the same
 * random solutions on it, so networks compare on common random numbers.
 */
public final class NetworkSearch {
    /** A network to compare: its name in outputs, its shape, and the shape's mean degree and rewiring. */
    public record Network(String name, String shape, double meanDegree, double rewiring) {}

    public record Settings(int agents, int parts, int interactions, int rounds, double exponent, List<Network> networks) {}

    /**
     * One landscape's run. score[net][round] is the mean score over agents after that round (round
     * 0: the random start); distinct[net][round] the number of different solutions held.
     */
    public record Result(double max, double[][] score, int[][] distinct) {}

    private NetworkSearch() {
    }

    public static Result run(Settings s, long seed) {
        Landscape landscape = new Landscape(s.parts(), s.interactions(), seed);
        double max = maximum(landscape);
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        long[] start = new long[s.agents()];
        for (int i = 0; i < start.length; i++) start[i] = random.nextLong() & landscape.allParts();
        int nets = s.networks().size();
        double[][] score = new double[nets][];
        int[][] distinct = new int[nets][];
        for (int k = 0; k < nets; k++) {
            // each network its own stream, derived from the landscape's, so adding one changes no other
            MersenneTwisterFast r = new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), k + 1});
            Network net = s.networks().get(k);
            int[][] neighbours = NetworkBuilder.neighbours(net.shape(), s.agents(), net.meanDegree(), net.rewiring(), r);
            score[k] = new double[s.rounds() + 1];
            distinct[k] = new int[s.rounds() + 1];
            search(landscape, max, s, neighbours, start.clone(), r, score[k], distinct[k]);
        }
        return new Result(max, score, distinct);
    }

    private static void search(Landscape landscape, double max, Settings s, int[][] neighbours, long[] held,
                               MersenneTwisterFast random, double[] score, int[] distinct) {
        int n = held.length;
        double[] value = new double[n];
        long[] next = new long[n];
        double[] nextValue = new double[n];
        for (int i = 0; i < n; i++) value[i] = landscape.value(held[i]);
        record(value, held, max, s.exponent(), score, distinct, 0);
        for (int round = 1; round <= s.rounds(); round++) {
            for (int i = 0; i < n; i++) {
                int best = bestNeighbour(neighbours[i], value);
                boolean copies = best >= 0 && value[best] > value[i];
                // the part to try is drawn only by an agent that searches, as in the rule
                int flip = copies ? -1 : random.nextInt(s.parts());
                next[i] = rule(landscape, held[i], value[i], copies ? held[best] : held[i], copies ? value[best] : value[i], flip);
                nextValue[i] = next[i] == held[i] ? value[i] : copies ? value[best] : landscape.value(next[i]);
            }
            System.arraycopy(next, 0, held, 0, n);
            System.arraycopy(nextValue, 0, value, 0, n);
            record(value, held, max, s.exponent(), score, distinct, round);
        }
    }

    /** The first neighbour (in id order) holding the best solution among them, or -1 for none. */
    static int bestNeighbour(int[] neighbours, double[] value) {
        int best = -1;
        for (int j : neighbours) if (best < 0 || value[j] > value[best]) best = j;
        return best;
    }

    /**
     * Lazer & Friedman's rule for one agent: if the best neighbour's solution is strictly better than
     * its own, it copies it (takes every part); otherwise it flips part {@code flip} of its own and
     * keeps the change only if that is strictly better.
     */
    static long rule(Landscape landscape, long own, double ownValue, long bestNeighbours, double bestValue, int flip) {
        if (bestValue > ownValue) return Recombination.combine(own, bestNeighbours, landscape.allParts());
        long tried = Recombination.flipNth(own, landscape.allParts(), flip);
        return landscape.value(tried) > ownValue ? tried : own;
    }

    private static void record(double[] value, long[] held, double max, double exponent, double[] score, int[] distinct, int round) {
        double sum = 0;
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < value.length; i++) {
            sum += Math.pow(value[i] / max, exponent);
            seen.add(held[i]);
        }
        score[round] = sum / value.length;
        distinct[round] = seen.size();
    }

    /** The landscape's global maximum, by enumerating every solution (2^N of them). */
    public static double maximum(Landscape landscape) {
        double max = Double.NEGATIVE_INFINITY;
        for (long x = 0, end = landscape.allParts(); x <= end; x++) max = Math.max(max, landscape.value(x));
        return max;
    }
}
