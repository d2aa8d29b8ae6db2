package cocreation.model;

import cocreation.model.rules.Conflict;
import cocreation.model.rules.Elaboration;
import cocreation.model.rules.Encounter;
import cocreation.model.rules.Recombination;
import cocreation.model.rules.SessionTiming;
import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Facilitation;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * One table at an arena session, each facilitation dial acting through its own mechanism (ODD 7.3).
 * Members bring what they know of the problem: users their own idea, others practice with their
 * own expertise applied to it. Each member thinks in its own mode (curiosity raises deliberation,
 * timing protects the session from felt pressure) and shares as far as trust, raised by a safe
 * atmosphere, allows. Unlike members may fall into relationship conflict (unless safety and trust
 * hold it off): then some withdraw and the most powerful decides. The table starts from a member's
 * idea chosen by voice (inclusive language equalises voices); in co-design and thick co-creation it
 * takes on the others' expertise as far as it can absorb what is new to it (inclusive language and
 * trust bridge the distance) and then searches in relay with the members' own heuristics, for as
 * many rounds as the room (physical setting) makes productive of the working hours (what time
 * together, the sharing dial, leaves) and while members keep their energy (humour). A candidate is
 * kept if the member who brings it judges it better, in its own mode. Pairs then have experiences
 * that change trust, one per three working hours. Members feel heard as far as their voice weighs
 * beside the loudest at the table (inclusive language equalises voices; in conflict only the one who
 * decides is heard).
 */
final class GroupWork {
    /** Chance that a member withdraws from a table in conflict. */
    static final double WITHDRAW = 0.5;
    /** Chance per round that a member tires and stops searching, before humour. */
    static final double TIRING = 0.1;
    /** Share of a session that is time together (a meal, a break) at sharing 1, taken from the work. */
    static final double TOGETHER = 1.0 / 3;

    private GroupWork() {
    }

    /**
     * The table's solution, its true value, the member who presents it, the members' summed trust in
     * each other after the session (strangers counted at generalised trust) over the pairs,
     * whether the table fell into conflict, and the members who felt heard.
     */
    record Result(long solution, double value, int champion, double trustSum, int trustPairs, boolean conflict,
                  int[] heard) {
    }

    static Result run(Municipality m, int[] members, Problem problem, ArenaPlan plan, Depth depth, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        Facilitation f = plan.facilitation;
        Landscape land = problem.landscape;
        int n = members.length;
        boolean conflict = r.nextDouble() < Conflict.chance(socialDistance(m, members), f.safe_atmosphere,
                meanTrust(m, members), s.behaviour.conflict);
        boolean[] slow = new boolean[n], shares = new boolean[n], withdrew = new boolean[n];
        long[] contribution = new long[n];
        for (int i = 0; i < n; i++) {
            Actor a = m.actors[members[i]];
            boolean withdraws = withdrew[i] = conflict && r.nextDouble() < WITHDRAW;
            slow[i] = !withdraws && Thinking.decide(m, a, r, SessionTiming.pressure(m.feltPressure(a), f.timing), f.curiosity);
            shares[i] = !withdraws && r.nextDouble() < Encounter.shareProbability(trustIn(m, a, members), f.safe_atmosphere);
            if (shares[i]) m.metrics.shared++;
            contribution[i] = a.problem == problem.index ? a.idea
                    : Thinking.searched(m, a.heuristic, problem.practice(), land, 1, slow[i], r);
        }
        int lead = conflict ? mostPowerful(m, members) : byVoice(m, members, f.inclusive_language, r);
        long best = contribution[lead];
        double value = land.value(best);
        long known = m.actors[members[lead]].expertise;
        boolean together = depth != Depth.CONSULTATION;
        for (int i = 0; i < n; i++) {
            if (!shares[i] || contribution[i] == best || i == lead) continue;
            Actor a = m.actors[members[i]];
            long candidate = together
                    ? Elaboration.combine(best, contribution[i], a.expertise, known,
                            Elaboration.bridging(f.inclusive_language, trustIn(m, a, members)), r)
                    : contribution[i];
            double v = land.value(candidate);
            // in conflict the powerful decide; otherwise whoever brings a candidate judges it, in its own mode
            boolean judgeSlow = conflict ? slow[lead] : slow[i];
            if (candidate != best && Thinking.judge(m, v, judgeSlow, 0, false, r) > Thinking.judge(m, value, judgeSlow, 0, false, r)) {
                best = candidate;
                value = v;
                known |= a.expertise;
            }
        }
        if (together) {
            best = relay(m, members, land, best, slow, shares, plan, r);
            value = land.value(best);
        }
        experiences(m, members, shares, conflict, plan, r);
        learn(m, members, problem, best, value, slow, shares, r);
        double trust = 0;
        for (int member : members) trust += trustIn(m, m.actors[member], members) * (n - 1);
        int[] heard = heard(m, members, withdrew, conflict ? lead : -1, f.inclusive_language, r);
        return new Result(best, value, conflict ? members[lead] : champion(m, members, shares), trust, n * (n - 1), conflict,
                heard);
    }

    /** The hours a session works at its tables: what time together (a third of it at sharing 1) leaves. */
    static double workHours(double hours, double sharing) {
        return hours * (1 - TOGETHER * sharing);
    }

    /** Rounds of relay search the working hours give: a poor room (physical setting 0) wastes half of them. */
    static int productiveRounds(double workHours, double physicalSetting) {
        return (int) Math.ceil(workHours * (0.5 + 0.5 * physicalSetting));
    }

    /** Experiences each pair at a table has: one per three working hours, 1 to 16. */
    static int pairExperiences(double workHours) {
        return (int) Math.max(1, Math.min(16, Math.round(workHours / 3)));
    }

    /** Chance that a member feels heard: its voice weight over the loudest member's at the table. */
    static double heardChance(double power, double loudest, double equality) {
        return Math.pow(power / loudest, 2 * (1 - equality));
    }

    /**
     * The members who felt heard (Lind, Kanfer & Earley 1990: voice): in conflict only the one who
     * decides; otherwise each member who stayed, with {@link #heardChance}.
     */
    private static int[] heard(Municipality m, int[] members, boolean[] withdrew, int decider, double equality,
                               MersenneTwisterFast r) {
        if (decider >= 0) return new int[] {members[decider]};
        double loudest = 0;
        for (int id : members) loudest = Math.max(loudest, m.actors[id].role.power);
        int[] heard = new int[members.length];
        int k = 0;
        for (int i = 0; i < members.length; i++)
            if (!withdrew[i] && r.nextDouble() < heardChance(m.actors[members[i]].role.power, loudest, equality))
                heard[k++] = members[i];
        return java.util.Arrays.copyOf(heard, k);
    }

    /**
     * Relay search: each round, each deliberating, sharing member with energy left makes one pass of
     * its own heuristic from the table's solution. The room makes {@code ceil(hours x (0.5 + 0.5
     * physical setting))} rounds productive; a member tires each round with chance
     * {@code TIRING x (1 - humour)} and then stops.
     */
    private static long relay(Municipality m, int[] members, Landscape land, long best, boolean[] slow, boolean[] shares,
                              ArenaPlan plan, MersenneTwisterFast r) {
        Facilitation f = plan.facilitation;
        int rounds = productiveRounds(workHours(plan.duration_hours, f.sharing), f.physical_setting);
        boolean[] active = new boolean[members.length];
        for (int i = 0; i < members.length; i++) active[i] = slow[i] && shares[i];
        for (int round = 0; round < rounds; round++) {
            boolean any = false;
            for (int i = 0; i < members.length; i++) {
                if (!active[i]) continue;
                if (r.nextDouble() < TIRING * (1 - f.humour)) {
                    active[i] = false;
                    continue;
                }
                any = true;
                best = Thinking.searched(m, m.actors[members[i]].heuristic, best, land, 1, true, r);
            }
            if (!any) break;
        }
        return best;
    }

    /** Mean trust of a member in the others of a group; strangers get generalised trust. */
    static double trustIn(Municipality m, Actor a, int[] members) {
        double sum = 0;
        int n = 0;
        for (int other : members) {
            if (other == a.id) continue;
            int slot = m.network.slotOf(a.id, other);
            sum += slot >= 0 ? m.network.trust(a.id, slot) : a.generalizedTrust;
            n++;
        }
        return n == 0 ? a.generalizedTrust : sum / n;
    }

    private static double meanTrust(Municipality m, int[] members) {
        double sum = 0;
        for (int id : members) sum += trustIn(m, m.actors[id], members);
        return sum / members.length;
    }

    /** Mean social distance over the table's pairs (sector, background, level). */
    static double socialDistance(Municipality m, int[] members) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < members.length; i++)
            for (int j = i + 1; j < members.length; j++) {
                Actor a = m.actors[members[i]], b = m.actors[members[j]];
                sum += Encounter.distance(a.sector, b.sector, a.background, b.background, a.role.level, b.role.level);
                pairs++;
            }
        return pairs == 0 ? 0 : sum / pairs;
    }

    private static int byVoice(Municipality m, int[] members, double equality, MersenneTwisterFast r) {
        double total = 0;
        double[] w = new double[members.length];
        for (int i = 0; i < members.length; i++) total += w[i] = Math.pow(m.actors[members[i]].role.power, 2 * (1 - equality));
        double u = r.nextDouble() * total;
        for (int i = 0; i < members.length; i++) if ((u -= w[i]) < 0) return i;
        return members.length - 1;
    }

    private static int mostPowerful(Municipality m, int[] members) {
        int best = 0;
        for (int i = 1; i < members.length; i++) if (m.actors[members[i]].role.power > m.actors[members[best]].role.power) best = i;
        return best;
    }

    private static int champion(Municipality m, int[] members, boolean[] shares) {
        int best = members[0];
        for (int i = 0; i < members.length; i++)
            if (shares[i] && m.actors[members[i]].role.power > m.actors[best].role.power) best = members[i];
        return best;
    }

    /**
     * Working together is a series of experiences, one per three working hours, at least one; each
     * changes the pair's trust, good as in an encounter (7.1) with the session's safety, and bad in a
     * table in conflict.
     */
    private static void experiences(Municipality m, int[] members, boolean[] shares, boolean conflict, ArenaPlan plan,
                                    MersenneTwisterFast r) {
        Facilitation f = plan.facilitation;
        int rounds = pairExperiences(workHours(plan.duration_hours, f.sharing));
        for (int i = 0; i < members.length; i++)
            for (int j = i + 1; j < members.length; j++)
                meet(m, m.actors[members[i]], m.actors[members[j]], shares[i] && shares[j], conflict, f.safe_atmosphere,
                        rounds, r);
    }

    /**
     * A pair's experiences with each other: strangers become acquainted, starting from their
     * generalised trust, so a badly run session leaves ties of distrust (which later fade or dissolve)
     * as surely as a well run one leaves trust.
     */
    static void meet(Municipality m, Actor a, Actor b, boolean bothShare, boolean conflict, double safety, int times,
                     MersenneTwisterFast r) {
        double distance = Encounter.distance(a.sector, b.sector, a.background, b.background, a.role.level, b.role.level);
        double good = conflict ? 0 : Encounter.goodProbability(bothShare, bothShare, distance, m.scenario().behaviour.friction, safety);
        SocialNetwork net = m.network;
        int ab = net.slotOf(a.id, b.id);
        if (ab < 0) {
            net.connect(a, b, a.generalizedTrust, b.generalizedTrust, m.week);
            ab = net.slotOf(a.id, b.id);
        }
        int ba = net.back(a.id, ab);
        for (int k = 0; k < times; k++) {
            double outcome = r.nextDouble() < good ? 1 : 0;
            Thinking.experience(m, a, ab, outcome);
            Thinking.experience(m, b, ba, outcome);
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
