package cocreation.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * Who comes to a session. Self-selection: the willing volunteer (open, curious, trusting actors)
 * and those who came before come again, so the usual suspects form. Invited diversity: quotas
 * across roles and sectors, filled by invitations that people accept if they have time. Random:
 * a lottery (as in citizens' assemblies).
 */
final class Recruitment {
    private Recruitment() {
    }

    static int[] recruit(Municipality m, Arena arena, MersenneTwisterFast r) {
        int capacity = Math.min(arena.plan.capacity, m.actors.length);
        switch (arena.recruitment) {
            case "invited_diversity": return invited(m, arena, capacity, r);
            case "random": return lottery(m, capacity, r);
            case "experts": return experts(m, arena, capacity);
            default: return volunteers(m, arena, capacity, r);
        }
    }

    /** Weighted sampling without replacement (Efraimidis & Spirakis 2006): smallest -ln(u)/w win. */
    private static int[] volunteers(Municipality m, Arena arena, int capacity, MersenneTwisterFast r) {
        double tp = m.scenario().municipality.time_pressure;
        int n = m.actors.length;
        double[] keys = m.workKeys();
        for (int i = 0; i < n; i++) {
            Actor a = m.actors[i];
            double willing = (0.4 * a.openness + 0.3 * a.curiosity + 0.3 * a.generalizedTrust) * (1 - 0.5 * tp);
            double w = willing * willing * willing * (1 + 3 * Math.min(1, arena.attendance[i]));
            keys[i] = a.lastArenaWeek == m.week || w <= 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - r.nextDouble()) / w;
        }
        return smallest(keys, m.workSorted(), capacity);
    }

    private static int[] invited(Municipality m, Arena arena, int capacity, MersenneTwisterFast r) {
        double accept = (0.5 + 0.5 * arena.plan.facilitation.timing) * (1 - 0.5 * m.scenario().municipality.time_pressure);
        int[][] strata = m.directory.strata;
        for (int[] stratum : strata) EverydayLife.shuffle(stratum, r);
        int[] next = new int[strata.length];
        int[] chosen = new int[capacity];
        int count = 0;
        boolean any = true;
        while (count < capacity && any) {
            any = false;
            for (int s = 0; s < strata.length && count < capacity; s++) {
                while (next[s] < strata[s].length) {
                    Actor a = m.actors[strata[s][next[s]++]];
                    any = true;
                    if (a.lastArenaWeek != m.week && r.nextDouble() < accept) {
                        chosen[count++] = a.id;
                        break;
                    }
                }
            }
        }
        return Arrays.copyOf(chosen, count);
    }

    /** The individually best solvers: users of the arena's problem ranked by the value of their own idea. */
    private static int[] experts(Municipality m, Arena arena, int capacity) {
        Problem p = m.problems[arena.problemFor(m)];
        double[] keys = m.workKeys();
        for (int i = 0; i < keys.length; i++) {
            Actor a = m.actors[i];
            keys[i] = a.problem != p.index || a.lastArenaWeek == m.week ? Double.POSITIVE_INFINITY : -a.ideaValue(p.landscape);
        }
        return smallest(keys, m.workSorted(), capacity);
    }

    private static int[] lottery(Municipality m, int capacity, MersenneTwisterFast r) {
        double[] keys = m.workKeys();
        for (int i = 0; i < keys.length; i++) keys[i] = m.actors[i].lastArenaWeek == m.week ? Double.POSITIVE_INFINITY : r.nextDouble();
        return smallest(keys, m.workSorted(), capacity);
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
