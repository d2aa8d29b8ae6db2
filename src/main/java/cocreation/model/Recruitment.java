package cocreation.model;

import cocreation.scenario.ArenaPlan;
import cocreation.model.rules.Heuristic;
import cocreation.model.rules.SessionTiming;
import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Who comes to a session, and how many: turnout can fall short, and a session with fewer than
 * two is cancelled. Self-selection: the announcement reaches a share of the town, and each reached
 * actor comes with a chance that grows with openness, curiosity and trust in the municipality and
 * falls with its fatigue and the time pressure it feels, as far as the session's hour clashes with
 * it ({@link SessionTiming}; staff come in working time and feel all of theirs); those who came
 * before come twice as readily, so the usual suspects form. Invited diversity: invitations go round
 * the strata role x sector; random: a lottery; experts: the users of the session's problem who
 * search best alone (their heuristic's mean value from common random starts). An invitee accepts as
 * far as it is available at the session's hour: free of that pressure, rested, and trusting the
 * municipality; at most {@code invitations} per seat are sent.
 */
final class Recruitment {
    /** Common random starts, and passes at most, for measuring ability. */
    static final int ABILITY_STARTS = 5, ABILITY_PASSES = 20;

    private Recruitment() {
    }

    /** The recruitment modes of {@code arenas[].recruitment}. */
    enum Mode {
        SELF_SELECTION, INVITED_DIVERSITY, RANDOM, EXPERTS;

        static Mode of(String key) {
            return valueOf(key.toUpperCase());
        }
    }

    static int[] recruit(Municipality m, Arena arena, MersenneTwisterFast r) {
        int capacity = Math.min(arena.plan.capacity, m.actors.length);
        return switch (arena.recruitment()) {
            case SELF_SELECTION -> volunteers(m, arena, capacity, r);
            case INVITED_DIVERSITY -> invited(m, arena, capacity, r);
            case RANDOM -> inOrder(m, arena, capacity, lotteryKeys(m, r), r);
            case EXPERTS -> inOrder(m, arena, capacity, expertKeys(m, arena, r), r);
        };
    }

    /** Chance that a reached actor comes of its own accord to a session at the timing dial. */
    static double comes(Municipality m, Actor a, boolean cameBefore, double timing) {
        double willing = 0.4 * a.openness + 0.3 * a.curiosity + 0.3 * a.institutionalTrust;
        double p = willing * (1 - pressureAt(m, a, timing)) * (1 - a.fatigue());
        return Math.min(1, cameBefore ? 2 * p : p);
    }

    /** Chance that an invitee accepts: how far it is available at the session's hour. */
    static double accepts(Municipality m, Actor a, ArenaPlan plan) {
        return available(a, pressureAt(m, a, plan.facilitation.timing));
    }

    /** The time pressure that keeps an actor from a session at the timing dial: staff feel all of theirs, the others as far as the hour clashes. */
    static double pressureAt(Municipality m, Actor a, double timing) {
        double felt = m.feltPressure(a);
        return a.role.staff() ? felt : SessionTiming.pressure(felt, timing);
    }

    /**
     * How far an actor is free, rested and trusting enough to give time to the municipality when
     * asked (0..1): time not taken by felt pressure, nor owed, and trust that it is worth it.
     */
    static double available(Municipality m, Actor a) {
        return available(a, m.feltPressure(a));
    }

    private static double available(Actor a, double pressure) {
        return (1 - pressure) * (1 - a.fatigue()) * (0.5 + 0.5 * a.institutionalTrust);
    }

    /** The announcement reaches each actor with chance reach (found by geometric skipping); those who come, up to capacity at random. */
    private static int[] volunteers(Municipality m, Arena arena, int capacity, MersenneTwisterFast r) {
        int n = m.actors.length;
        int[] comers = new int[16];
        int count = 0;
        double reach = arena.plan.reach, timing = arena.plan.facilitation.timing;
        if (reach > 0) {
            double logMiss = Math.log1p(-Math.min(reach, 1 - 1e-12));
            for (long i = skip(r, logMiss, reach); i < n; i += 1 + skip(r, logMiss, reach)) {
                Actor a = m.actors[(int) i];
                if (a.lastArenaWeek == m.week || r.nextDouble() >= comes(m, a, arena.attendance[a.id] > 0, timing)) continue;
                if (count == comers.length) comers = Arrays.copyOf(comers, count * 2);
                comers[count++] = a.id;
            }
        }
        for (int i = 0; i < Math.min(capacity, count); i++) {
            int j = i + r.nextInt(count - i);
            int t = comers[i];
            comers[i] = comers[j];
            comers[j] = t;
        }
        int[] chosen = Arrays.copyOf(comers, Math.min(capacity, count));
        Arrays.sort(chosen);
        return chosen;
    }

    private static long skip(MersenneTwisterFast r, double logMiss, double chance) {
        if (chance >= 1) return 0;
        double g = Math.floor(Math.log1p(-r.nextDouble()) / logMiss);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) g;
    }

    private static int[] invited(Municipality m, Arena arena, int capacity, MersenneTwisterFast r) {
        int[][] strata = m.directory.strata;
        for (int[] stratum : strata) EverydayLife.shuffle(stratum, r);
        int[] next = new int[strata.length];
        int[] chosen = new int[capacity];
        int count = 0;
        long invitations = Math.round(capacity * arena.plan.invitations);
        boolean any = true;
        while (count < capacity && invitations > 0 && any) {
            any = false;
            for (int s = 0; s < strata.length && count < capacity && invitations > 0; s++) {
                while (next[s] < strata[s].length) {
                    Actor a = m.actors[strata[s][next[s]++]];
                    if (a.lastArenaWeek == m.week) continue;
                    any = true;
                    invitations--;
                    if (r.nextDouble() < accepts(m, a, arena.plan)) chosen[count++] = a.id;
                    break;
                }
            }
        }
        int[] out = Arrays.copyOf(chosen, count);
        Arrays.sort(out);
        return out;
    }

    private static double[] lotteryKeys(Municipality m, MersenneTwisterFast r) {
        double[] keys = m.workKeys();
        for (int i = 0; i < keys.length; i++) keys[i] = m.actors[i].lastArenaWeek == m.week ? Double.POSITIVE_INFINITY : r.nextDouble();
        return keys;
    }

    /**
     * The individually best solvers (Hong & Page 2004): users of the arena's problem ranked by their
     * ability, the mean true value their own heuristic reaches alone from common random starts.
     */
    private static double[] expertKeys(Municipality m, Arena arena, MersenneTwisterFast r) {
        Problem p = m.problems[arena.problemFor(m)];
        Landscape land = p.landscape;
        long[] starts = new long[ABILITY_STARTS];
        for (int i = 0; i < starts.length; i++) starts[i] = r.nextLong() & land.allParts();
        double[] keys = m.workKeys();
        for (int i = 0; i < keys.length; i++) {
            Actor a = m.actors[i];
            keys[i] = a.problem != p.index || a.lastArenaWeek == m.week ? Double.POSITIVE_INFINITY : -ability(a.heuristic, starts, land);
        }
        return keys;
    }

    /** Mean true value a heuristic reaches alone from the starts, searching until a pass changes nothing. */
    static double ability(int heuristic, long[] starts, Landscape land) {
        double sum = 0;
        for (long start : starts) sum += land.value(Heuristic.search(heuristic, start, ABILITY_PASSES, land::value, (c, o) -> c > o));
        return sum / starts.length;
    }

    /** Invites the actors with the smallest keys in key order, up to the invitations per seat, until capacity accept. */
    private static int[] inOrder(Municipality m, Arena arena, int capacity, double[] keys, MersenneTwisterFast r) {
        int invitations = (int) Math.min(keys.length, Math.round(capacity * arena.plan.invitations));
        int[] invitees = smallest(keys, m.workSorted(), invitations);
        Integer[] order = new Integer[invitees.length];
        for (int i = 0; i < order.length; i++) order[i] = invitees[i];
        Arrays.sort(order, (a, b) -> keys[a] != keys[b] ? Double.compare(keys[a], keys[b]) : Integer.compare(a, b));
        int[] chosen = new int[capacity];
        int count = 0;
        for (int i = 0; i < order.length && count < capacity; i++)
            if (r.nextDouble() < accepts(m, m.actors[order[i]], arena.plan)) chosen[count++] = order[i];
        int[] out = Arrays.copyOf(chosen, count);
        Arrays.sort(out);
        return out;
    }

    /** Indices of the k smallest finite keys, in index order (a primitive sort of a copy finds the cut-off). */
    static int[] smallest(double[] keys, double[] work, int k) {
        int finite = 0;
        for (double v : keys) if (v != Double.POSITIVE_INFINITY) work[finite++] = v;
        int n = Math.min(k, finite);
        if (n == 0) return new int[0];
        Arrays.sort(work, 0, finite);
        double cut = work[n - 1];
        int below = 0;
        for (int i = 0; i < n; i++) if (work[i] < cut) below++;
        int[] out = new int[n];
        int count = 0, atCut = n - below;
        for (int i = 0; i < keys.length && count < n; i++) {
            if (keys[i] < cut) out[count++] = i;
            else if (keys[i] == cut && atCut > 0) {
                out[count++] = i;
                atCut--;
            }
        }
        return out;
    }
}
