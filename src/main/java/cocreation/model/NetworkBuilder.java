package cocreation.model;

import cocreation.scenario.NetworkSettings;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The everyday network: each actor makes ties to friends of friends (triadic closure), to people
 * of other sectors (bridging, which silos suppress) or within its sector, preferring its own
 * background (homophily, McPherson et al. 2001). Officials also get vertical ties to a manager
 * and managers to a political leader. Ties start at each end's generalised trust.
 *
 * <p>For docking with network experiments (Lazer & Friedman 2007) the network can instead have a
 * fixed shape over actors in id order ({@link #neighbours}): ring, line, complete, random
 * (Erdős & Rényi 1959) or small world (Watts & Strogatz 1998).
 */
public final class NetworkBuilder {
    private NetworkBuilder() {
    }

    static void build(Actor[] actors, SocialNetwork net, NetworkSettings n, int sectors, int backgrounds, double silo,
                      MersenneTwisterFast random) {
        if (!n.structure.equals("homophily")) {
            int[][] shape = neighbours(n.structure, actors.length, n.mean_degree, n.rewiring, random);
            for (int i = 0; i < shape.length; i++)
                for (int j : shape[i])
                    if (j > i) net.connect(actors[i], actors[j], actors[i].generalizedTrust, actors[j].generalizedTrust, 0);
            return;
        }
        int[][] bySector = group(actors, sectors, a -> a.sector);
        int[][] byGroup = group(actors, sectors * backgrounds, a -> a.sector * backgrounds + a.background);
        double cross = (sectors - 1) / (double) sectors * (1 - silo);
        double attempts = n.mean_degree / 2;
        for (Actor a : actors) {
            int m = (int) attempts + (random.nextDouble() < attempts - (int) attempts ? 1 : 0);
            for (int t = 0; t < m; t++) {
                Actor b = pick(a, actors, net, bySector, byGroup, backgrounds, cross, n, random);
                if (b != null) net.connect(a, b, a.generalizedTrust, b.generalizedTrust, 0);
            }
        }
        verticalTies(actors, net, sectors, random);
    }

    /**
     * New acquaintances in everyday life: each actor with fewer ties than the network's mean degree
     * (people keep as many ties as they have time for) makes, with the given chance, one new tie the
     * way the first network was made (a friend of a friend, or across sectors as silos allow, or within
     * one's sector and background), its trust starting at each end's generalised trust. Ties that go
     * unused dissolve ({@link SocialNetwork#maintain}), so the network renews itself.
     */
    static void acquaint(Actor[] actors, SocialNetwork net, NetworkSettings n, Groups groups, int sectors, int backgrounds, double silo,
                         double chance, int week, MersenneTwisterFast random) {
        if (chance <= 0) return;
        int[][] bySector = groups.bySector, byGroup = groups.byGroup;
        double cross = (sectors - 1) / (double) sectors * (1 - silo);
        for (Actor a : actors) {
            if (net.degree(a.id) >= n.mean_degree || random.nextDouble() >= chance) continue;
            Actor b = pick(a, actors, net, bySector, byGroup, backgrounds, cross, n, random);
            if (b != null) net.connect(a, b, a.generalizedTrust, b.generalizedTrust, week);
        }
    }

    private static Actor pick(Actor a, Actor[] actors, SocialNetwork net, int[][] bySector, int[][] byGroup, int backgrounds,
                              double cross, NetworkSettings n, MersenneTwisterFast random) {
        if (net.degree(a.id) > 0 && random.nextDouble() < n.triadic_closure) {
            int friend = net.other(a.id, random.nextInt(net.degree(a.id)));
            return actors[net.other(friend, random.nextInt(net.degree(friend)))];
        }
        int[] pool;
        if (random.nextDouble() < cross) {
            int other = random.nextInt(bySector.length - 1);
            pool = bySector[other >= a.sector ? other + 1 : other];
        } else if (random.nextDouble() < n.homophily) {
            pool = byGroup[a.sector * backgrounds + a.background];
        } else {
            pool = bySector[a.sector];
        }
        return pool.length == 0 ? null : actors[pool[random.nextInt(pool.length)]];
    }

    private static void verticalTies(Actor[] actors, SocialNetwork net, int sectors, MersenneTwisterFast random) {
        int[][] managers = group(actors, sectors, a -> a.role == Role.MANAGER ? a.sector : -1);
        int[][] politicians = group(actors, 1, a -> a.role == Role.POLITICIAN ? 0 : -1);
        for (Actor a : actors) {
            int[] up = a.role == Role.FRONTLINE ? managers[a.sector] : a.role == Role.MANAGER ? politicians[0] : null;
            if (up != null && up.length > 0) {
                Actor b = actors[up[random.nextInt(up.length)]];
                net.connect(a, b, a.generalizedTrust, b.generalizedTrust, 0);
            }
        }
    }

    /**
     * The neighbours of each of {@code n} nodes (sorted, no loops, each tie at both ends) in a network
     * of the given shape: ring (each node tied to the {@code round(meanDegree / 2)} nearest on either
     * side, at least one), line (the same ring cut open between the last node and the first),
     * complete, random (each pair tied with chance meanDegree / (n - 1)) or small_world (the ring,
     * each tie from a node to a later one rewired with chance {@code rewiring} to a node drawn at
     * random among those it is not tied to, as Watts & Strogatz 1998 do).
     */
    public static int[][] neighbours(String shape, int n, double meanDegree, double rewiring, MersenneTwisterFast random) {
        boolean[][] tie = new boolean[n][n];
        int k = Math.max(1, (int) Math.round(meanDegree / 2));
        switch (shape) {
            case "ring", "line", "small_world" -> {
                for (int i = 0; i < n; i++)
                    for (int d = 1; d <= k && d < n; d++) {
                        int j = (i + d) % n;
                        if (shape.equals("line") && i + d >= n) continue;
                        if (i != j) tie[i][j] = tie[j][i] = true;
                    }
                if (shape.equals("small_world")) rewire(tie, k, rewiring, random);
            }
            case "complete" -> {
                for (boolean[] row : tie) Arrays.fill(row, true);
            }
            case "random" -> {
                double p = n < 2 ? 0 : Math.min(1, meanDegree / (n - 1));
                for (int i = 0; i < n; i++)
                    for (int j = i + 1; j < n; j++)
                        if (random.nextDouble() < p) tie[i][j] = tie[j][i] = true;
            }
            default -> throw new IllegalArgumentException("no network shape '" + shape + "'");
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            tie[i][i] = false;
            int[] row = new int[n];
            int m = 0;
            for (int j = 0; j < n; j++) if (tie[i][j]) row[m++] = j;
            out[i] = Arrays.copyOf(row, m);
        }
        return out;
    }

    /** Rewires, lap by lap as Watts & Strogatz do, each tie from i to i + d (d = 1..k) with the given chance. */
    private static void rewire(boolean[][] tie, int k, double chance, MersenneTwisterFast random) {
        int n = tie.length;
        for (int d = 1; d <= k; d++)
            for (int i = 0; i < n; i++) {
                int j = (i + d) % n;
                if (!tie[i][j] || random.nextDouble() >= chance) continue;
                int free = 0;
                for (int c = 0; c < n; c++) if (c != i && !tie[i][c]) free++;
                if (free == 0) continue;
                int pick = random.nextInt(free);
                for (int c = 0; c < n; c++)
                    if (c != i && !tie[i][c] && pick-- == 0) {
                        tie[i][j] = tie[j][i] = false;
                        tie[i][c] = tie[c][i] = true;
                        break;
                    }
            }
    }

    /** Actor ids by sector and by sector and background: fixed for a run, so made once. */
    record Groups(int[][] bySector, int[][] byGroup) implements java.io.Serializable {
        static Groups of(Actor[] actors, int sectors, int backgrounds) {
            return new Groups(group(actors, sectors, a -> a.sector),
                    group(actors, sectors * backgrounds, a -> a.sector * backgrounds + a.background));
        }
    }

    interface Key {
        int of(Actor a);
    }

    /** Actor ids grouped by a key in 0..groups-1 (negative keys are left out), in id order. */
    static int[][] group(Actor[] actors, int groups, Key key) {
        int[] counts = new int[groups];
        for (Actor a : actors) if (key.of(a) >= 0) counts[key.of(a)]++;
        int[][] out = new int[groups][];
        for (int g = 0; g < groups; g++) out[g] = new int[counts[g]];
        int[] fill = new int[groups];
        for (Actor a : actors) {
            int k = key.of(a);
            if (k >= 0) out[k][fill[k]++] = a.id;
        }
        return out;
    }
}
