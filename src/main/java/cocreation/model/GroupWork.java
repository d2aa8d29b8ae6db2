package cocreation.model;

import cocreation.model.rules.Encounter;
import cocreation.model.rules.FacilitationEffects;
import cocreation.model.rules.Recombination;
import cocreation.model.rules.TrustUpdate;
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
 * Every pair then has an experience that changes trust, and good experiences may form new ties.
 */
final class GroupWork {
    private GroupWork() {
    }

    /** The table's solution, its true value, and the member who presents it. */
    record Result(long solution, double value, int champion) {
    }

    static Result run(Municipality m, int[] members, Problem problem, ArenaPlan plan, FacilitationEffects fx,
                      MersenneTwisterFast r) {
        Scenario s = m.scenario();
        Landscape land = problem.landscape;
        int n = members.length;
        boolean[] slow = new boolean[n], shares = new boolean[n];
        long[] contribution = new long[n];
        double protectedPressure = s.municipality.time_pressure * (1 - plan.facilitation.timing);
        boolean anySlow = false;
        for (int i = 0; i < n; i++) {
            Actor a = m.actors[members[i]];
            slow[i] = Thinking.decide(m, a, r, protectedPressure, fx.deliberation());
            shares[i] = r.nextDouble() < Encounter.shareProbability(trustInTable(m, a, members), fx.safety());
            contribution[i] = a.problem == problem.index ? a.idea : problem.practice();
            anySlow |= slow[i] && shares[i];
        }
        int lead = byVoice(m, members, fx.voiceEquality(), r);
        long start = contribution[lead];
        long best = start;
        double value = land.value(best);
        boolean together = !"consultation".equals(plan.depth);
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
        experiences(m, members, shares, fx.safety(), r);
        learn(m, members, problem, best, value, slow, shares, r);
        return new Result(best, value, champion(m, members, shares));
    }

    private static boolean better(Municipality m, double v, long candidate, double current, long currentSolution,
                                  long start, boolean slow, Landscape land, MersenneTwisterFast r) {
        double strangeness = Recombination.distance(candidate, start, land.parts());
        double known = Recombination.distance(currentSolution, start, land.parts());
        return Thinking.judge(m, v, slow, strangeness, false, r) > Thinking.judge(m, current, slow, known, false, r);
    }

    /** Mean trust of a member in the others at the table; strangers get generalised trust. */
    private static double trustInTable(Municipality m, Actor a, int[] members) {
        double sum = 0;
        int n = 0;
        for (int other : members) {
            if (other == a.id) continue;
            int slot = SocialNetwork.slotOf(a, other);
            sum += slot >= 0 ? a.tieTrust[slot] : a.generalizedTrust;
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

    /** Each pair's experience changes trust; a good one between strangers may form a tie. */
    private static void experiences(Municipality m, int[] members, boolean[] shares, double safety, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                Actor a = m.actors[members[i]], b = m.actors[members[j]];
                double distance = Encounter.distance(a.sector, b.sector, a.background, b.background, a.role.level, b.role.level);
                double good = r.nextDouble() < Encounter.goodProbability(shares[i] && shares[j], distance,
                        s.behaviour.friction, safety) ? 1 : 0;
                int ab = SocialNetwork.slotOf(a, b.id);
                if (ab >= 0) {
                    Thinking.experience(m, a, ab, good);
                    Thinking.experience(m, b, SocialNetwork.slotOf(b, a.id), good);
                } else if (good > 0 && r.nextDouble() < 0.5) {
                    double rate = s.trust.learning_rate;
                    m.network.connect(a, b, TrustUpdate.after(a.generalizedTrust, 1, rate),
                            TrustUpdate.after(b.generalizedTrust, 1, rate), m.week);
                }
                double g = s.trust.generalized_learning_rate;
                a.generalizedTrust = TrustUpdate.after(a.generalizedTrust, good, g);
                b.generalizedTrust = TrustUpdate.after(b.generalizedTrust, good, g);
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
