package cocreation.model;

import cocreation.scenario.Network;
import ec.util.MersenneTwisterFast;

/**
 * The everyday network: each actor makes ties to friends of friends (triadic closure), to people
 * of other sectors (bridging, which silos suppress) or within its sector, preferring its own
 * background (homophily, McPherson et al. 2001). Officials also get vertical ties to a manager
 * and managers to a political leader. Ties start at each end's generalised trust.
 */
final class NetworkBuilder {
    private NetworkBuilder() {
    }

    static void build(Actor[] actors, SocialNetwork net, Network n, int sectors, int backgrounds, double silo,
                      MersenneTwisterFast random) {
        int[][] bySector = group(actors, sectors, a -> a.sector);
        int[][] byGroup = group(actors, sectors * backgrounds, a -> a.sector * backgrounds + a.background);
        double cross = (sectors - 1) / (double) sectors * (1 - silo);
        double attempts = n.mean_degree / 2;
        for (Actor a : actors) {
            int m = (int) attempts + (random.nextDouble() < attempts - (int) attempts ? 1 : 0);
            for (int t = 0; t < m; t++) {
                Actor b = pick(a, actors, bySector, byGroup, backgrounds, cross, n, random);
                if (b != null) net.connect(a, b, a.generalizedTrust, b.generalizedTrust, 0);
            }
        }
        verticalTies(actors, net, sectors, random);
    }

    /**
     * New acquaintances in everyday life: each actor, with the given chance, makes one new tie the way
     * the first network was made (a friend of a friend, or across sectors as silos allow, or within
     * one's sector and background), its trust starting at each end's generalised trust.
     */
    static void acquaint(Actor[] actors, SocialNetwork net, Network n, int sectors, int backgrounds, double silo,
                         double chance, int week, MersenneTwisterFast random) {
        if (chance <= 0) return;
        int[][] bySector = group(actors, sectors, a -> a.sector);
        int[][] byGroup = group(actors, sectors * backgrounds, a -> a.sector * backgrounds + a.background);
        double cross = (sectors - 1) / (double) sectors * (1 - silo);
        for (Actor a : actors) {
            if (random.nextDouble() >= chance) continue;
            Actor b = pick(a, actors, bySector, byGroup, backgrounds, cross, n, random);
            if (b != null) net.connect(a, b, a.generalizedTrust, b.generalizedTrust, week);
        }
    }

    private static Actor pick(Actor a, Actor[] actors, int[][] bySector, int[][] byGroup, int backgrounds,
                              double cross, Network n, MersenneTwisterFast random) {
        if (a.degree > 0 && random.nextDouble() < n.triadic_closure) {
            Actor friend = actors[a.tieTo(random.nextInt(a.degree))];
            return actors[friend.tieTo(random.nextInt(friend.degree))];
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
