package cocreation.model;

import cocreation.model.rules.Encounter;
import cocreation.model.rules.FacilitationEffects;
import cocreation.model.rules.Recombination;
import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * One table at an arena session. Members think fast or slow (facilitation boosts deliberation and
 * protects time); each shares what they know as far as trust and psychological safety allow. The
 * table starts from the idea of a member chosen by voice (power-weighted unless voices are
 * equalised); in co-design and thick co-creation it builds on the sharing members' expertise by
 * recombination and then searches in relay, each deliberating member in turn trying changes in
 * the domains it knows (Hong & Page 2004). In consultation members only put forward their ideas.
 * Every pair then has experiences that change trust; strangers become acquainted.
 */
final class GroupWork {
    private GroupWork() {
    }

    /**
     * The table's solution, its true value, the member who presents it, and the members' summed
     * trust in each other after the session (strangers counted at generalised trust) over the pairs.
     */
    record Result(long solution, double value, int champion, double trustSum, int trustPairs) {
    }

    static Result run(Municipality m, int[] members, Problem problem, ArenaPlan plan, FacilitationEffects fx,
                      Depth depth, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        Landscape land = problem.landscape;
        int n = members.length;
        boolean[] slow = new boolean[n], shares = new boolean[n];
        long[] contribution = new long[n];
        boolean anySlow = false;
        for (int i = 0; i < n; i++) {
            Actor a = m.actors[members[i]];
            // the timing dial protects the session's time from the pressure each member feels
            slow[i] = Thinking.decide(m, a, r, m.feltPressure(a) * (1 - plan.facilitation.timing), fx.deliberation());
            shares[i] = r.nextDouble() < Encounter.shareProbability(trustIn(m, a, members), fx.safety());
            if (shares[i]) m.metrics.shared++;
            contribution[i] = a.problem == problem.index ? a.idea : problem.practice();
            anySlow |= slow[i] && shares[i];
        }
        int lead = byVoice(m, members, fx.voiceEquality(), r);
        long start = contribution[lead];
        long best = start;
        double value = land.value(best);
        boolean together = depth != Depth.CONSULTATION;
        for (int i = 0; i < n; i++) {
            if (!shares[i] || contribution[i] == best) continue;
            Actor a = m.actors[members[i]];
            long candidate = together ? Recombination.combine(best, contribution[i], a.expertise) : contribution[i];
            double v = land.value(candidate);
            if (better(m, v, candidate, value, best, start, anySlow, land, r)) {
                best = candidate;
                value = v;
            }
        }
        int rounds = together ? (int) Math.ceil(plan.duration_hours) : 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < n; i++) {
                if (!slow[i] || !shares[i]) continue;
                long mask = m.actors[members[i]].expertise & land.allParts();
                int options = Long.bitCount(mask);
                for (int t = 0; t < s.behaviour.search_steps && options > 0; t++) {
                    long candidate = Recombination.flipNth(best, mask, r.nextInt(options));
                    double v = land.value(candidate);
                    if (better(m, v, candidate, value, best, start, true, land, r)) {
                        best = candidate;
                        value = v;
                    }
                }
            }
        }
        experiences(m, members, shares, fx.safety(), plan.duration_hours, r);
        learn(m, members, problem, best, value, slow, shares, r);
        double trust = 0;
        for (int member : members) trust += trustIn(m, m.actors[member], members) * (n - 1);
        return new Result(best, value, champion(m, members, shares), trust, n * (n - 1));
    }

    private static boolean better(Municipality m, double v, long candidate, double current, long currentSolution,
                                  long start, boolean slow, Landscape land, MersenneTwisterFast r) {
        double strangeness = Recombination.distance(candidate, start, land.parts());
        double known = Recombination.distance(currentSolution, start, land.parts());
        return Thinking.judge(m, v, slow, strangeness, false, r) > Thinking.judge(m, current, slow, known, false, r);
    }

    /** Mean trust of a member in the others of a group; strangers get generalised trust. */
    static double trustIn(Municipality m, Actor a, int[] members) {
        double sum = 0;
        int n = 0;
        for (int other : members) {
            if (other == a.id) continue;
            int slot = SocialNetwork.slotOf(a, other);
            sum += slot >= 0 ? a.trust(slot) : a.generalizedTrust;
            n++;
        }
        return n == 0 ? a.generalizedTrust : sum / n;
    }

    private static int byVoice(Municipality m, int[] members, double equality, MersenneTwisterFast r) {
        double total = 0;
        double[] w = new double[members.length];
        for (int i = 0; i < members.length; i++) total += w[i] = Math.pow(m.actors[members[i]].role.power, 2 * (1 - equality));
        double u = r.nextDouble() * total;
        for (int i = 0; i < members.length; i++) if ((u -= w[i]) < 0) return i;
        return members.length - 1;
    }

    private static int champion(Municipality m, int[] members, boolean[] shares) {
        int best = members[0];
        for (int i = 0; i < members.length; i++)
            if (shares[i] && m.actors[members[i]].role.power > m.actors[best].role.power) best = members[i];
        return best;
    }

    /**
     * Working together is a series of experiences, one per three hours: each changes the pair's
     * trust. Strangers at a table become acquainted, starting from their generalised trust, so a
     * badly run session leaves ties of distrust (which later fade or dissolve) as surely as a well
     * run one leaves trust.
     */
    private static void experiences(Municipality m, int[] members, boolean[] shares, double safety, double hours,
                                    MersenneTwisterFast r) {
        Scenario s = m.scenario();
        int rounds = (int) Math.max(1, Math.min(16, Math.round(hours / 3)));
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                Actor a = m.actors[members[i]], b = m.actors[members[j]];
                double distance = Encounter.distance(a.sector, b.sector, a.background, b.background, a.role.level, b.role.level);
                double good = Encounter.goodProbability(shares[i] && shares[j], distance, s.behaviour.friction, safety);
                if (SocialNetwork.slotOf(a, b.id) < 0)
                    m.network.connect(a, b, a.generalizedTrust, b.generalizedTrust, m.week);
                int ab = SocialNetwork.slotOf(a, b.id), ba = a.tieBack(ab);
                for (int k = 0; k < rounds; k++) {
                    double outcome = r.nextDouble() < good ? 1 : 0;
                    Thinking.experience(m, a, ab, outcome);
                    Thinking.experience(m, b, ba, outcome);
                }
            }
        }
    }

    /** Members who care about the problem take the table's solution home if it looks better to them. */
    private static void learn(Municipality m, int[] members, Problem problem, long solution, double value,
                              boolean[] slow, boolean[] shares, MersenneTwisterFast r) {
        Landscape land = problem.landscape;
        for (int i = 0; i < members.length; i++) {
            Actor a = m.actors[members[i]];
            if (a.problem != problem.index || !shares[i] || a.idea == solution) continue;
            double strangeness = Recombination.distance(solution, a.idea, land.parts());
            if (Thinking.judge(m, value, slow[i], strangeness, true, r) > Thinking.judge(m, a.ideaValue(land), slow[i], 0, false, r))
                a.setIdea(solution, value, land);
        }
    }
}
