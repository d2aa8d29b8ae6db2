package cocreation.model;

import cocreation.model.rules.Elaboration;
import cocreation.model.rules.Encounter;
import cocreation.model.rules.Recombination;
import cocreation.model.rules.TimeUse;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Everyday interaction. In random order each actor meets network neighbours. For each meeting it
 * thinks fast or slow; the neighbour shares what they know only as far as they trust the actor;
 * thinking fast, the actor copies an idea that looks better by familiarity and in-group cues;
 * thinking slow, it takes on the neighbour's expertise as far as it can absorb it and searches with
 * its own heuristic, judging on merit. Both learn trust from how the encounter went, best when
 * what was shared was of use. Finally an actor who believes its idea beats practice may propose it.
 *
 * <p>For speed the actors go in blocks: a block's partners are drawn first, from a random stream
 * of their own, and the memory its meetings need is read in passes whose reads do not wait on one
 * another, so that it arrives together instead of one cache miss at a time. Drawing partners
 * from their own stream makes the block size a matter of speed only (tested).
 */
final class EverydayLife implements Steppable {
    private static final long serialVersionUID = 4L; // 4: version 0.7.0 keys the partners stream each week
    private final int[] order;
    /** Who meets whom: the meetings' own random stream, so that drawing them ahead changes nothing; keyed anew each week. */
    private final MersenneTwisterFast partners;
    private final int[] partnersKey;
    /** Actors per block: a block's meetings are drawn, and their memory read, before its actors act. */
    private final int block;
    /** The block's meetings: how many each of its actors has, and the tie slot of each (-1: no ties). */
    private final int[] meetings;
    private int[] slots = new int[0];
    /** Scratch, per meeting of the block: who acts, the other end, and the slot of the tie back. */
    private int[] who = new int[0], partner = new int[0], back = new int[0];
    /** Sum of the values read ahead; kept so that the reads are not optimised away. */
    private transient long readAhead;

    EverydayLife(int actors, long seed) {
        this(actors, seed, ReadAhead.BLOCK);
    }

    EverydayLife(int actors, long seed, int block) {
        order = new int[actors];
        for (int i = 0; i < order.length; i++) order[i] = i;
        partnersKey = new int[] {(int) seed, (int) (seed >>> 32), 0x6D656574, 0};
        partners = new MersenneTwisterFast(partnersKey);
        this.block = block;
        meetings = new int[block];
    }

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        MersenneTwisterFast r = m.random;
        partnersKey[3] = (int) m.schedule.getSteps();
        partners.setSeed(partnersKey);
        shuffle(order, r);
        double perWeek = m.scenario().network.meetings_per_week;
        int whole = (int) perWeek;
        double fraction = perWeek - whole;
        if (slots.length < block * (whole + 1)) {
            slots = new int[block * (whole + 1)];
            who = new int[slots.length];
            partner = new int[slots.length];
            back = new int[slots.length];
        }
        Actor[] actors = m.actors;
        double recovery = m.scenario().behaviour.recovery;
        for (int from = 0; from < order.length; from += block) {
            int to = Math.min(order.length, from + block);
            int count = drawMeetings(actors, m.network, from, to, whole, fraction, recovery);
            readAhead(actors, m.network, count);
            int j = 0;
            for (int p = from; p < to; p++) {
                Actor a = actors[order[p]];
                for (int k = meetings[p - from]; k > 0; k--, j++) meet(m, a, slots[j], partner[j], back[j], r);
                considerProposing(m, a, r);
            }
        }
    }

    /**
     * Starts each actor's week (last week's time owed, less its free hours: {@link TimeUse}) and draws
     * how many meetings it has and with which tie; a tired actor misses each meeting with a chance
     * equal to its fatigue. Returns the block's number of meetings.
     */
    private int drawMeetings(Actor[] actors, SocialNetwork net, int from, int to, int whole, double fraction, double recovery) {
        long sum = ReadAhead.actors(actors, order, from, to);
        int j = 0;
        for (int p = from; p < to; p++) {
            Actor a = actors[order[p]];
            if (a.owed > 0) a.owed = (float) TimeUse.owedAfterWeek(a.owed, a.freeHours, recovery);
            int degree = net.degree(a.id);
            int n = whole + (partners.nextDouble() < fraction ? 1 : 0);
            if (a.owed > 0) {
                double fatigue = a.fatigue();
                for (int k = n; k > 0; k--) if (partners.nextDouble() < fatigue) n--;
            }
            meetings[p - from] = n;
            for (int k = 0; k < n; k++, j++) {
                who[j] = order[p];
                slots[j] = degree > 0 ? partners.nextInt(degree) : -1;
            }
        }
        readAhead += sum;
        return j;
    }

    /**
     * Reads, for the whole block, each step of the way to the partners' memory: the actors' ties,
     * the partners, the partners' ties back. Each loop's reads do not depend on one another, so
     * the processor fetches them together instead of one actor at a time.
     */
    private void readAhead(Actor[] actors, SocialNetwork net, int count) {
        net.ends(who, slots, count, partner, back);
        long sum = 0;
        for (int j = 0; j < count; j++) sum += ReadAhead.actor(actors[partner[j]]);
        for (int j = 0; j < count; j++) sum += net.readTie(partner[j], back[j]);
        readAhead += sum;
    }

    /**
     * One encounter: b shares as far as it trusts a; a learns from what b shared if it is about a's
     * problem; both learn trust from how it went, best when what was shared was of use.
     */
    private static void meet(Municipality m, Actor a, int slot, int partner, int back, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        boolean system2 = Thinking.decide(m, a, r, 0);
        Problem problem = m.problems[a.problem];
        if (slot >= 0) {
            SocialNetwork net = m.network;
            Actor b = m.actors[partner];
            boolean shared = r.nextDouble() < Encounter.shareProbability(net.trust(b.id, back), 0);
            if (shared) m.metrics.shared++;
            boolean useful = shared && b.problem == a.problem && learnFrom(m, a, b, net.trust(a.id, slot), system2, problem, r);
            double distance = Encounter.distance(a.sector, b.sector, a.background, b.background, a.role.level, b.role.level);
            double good = r.nextDouble() < Encounter.goodProbability(useful, shared, distance, s.behaviour.friction, 0) ? 1 : 0;
            Thinking.experience(m, a, slot, good);
            Thinking.experience(m, b, back, good);
        }
        if (system2) Thinking.search(m, a, problem, s.behaviour.search_steps, r);
    }

    /**
     * a learns from what b shared; returns whether a took something on. Fast: copy b's idea if it looks
     * better by familiarity and in-group cues. Slow: take b's idea on b's expertise parts, the parts
     * new to a absorbed as far as a's trust in b bridges the distance ({@link Elaboration}), and keep
     * the result if it is better on merit.
     */
    private static boolean learnFrom(Municipality m, Actor a, Actor b, double trust, boolean system2, Problem problem,
                                     MersenneTwisterFast r) {
        Landscape land = problem.landscape;
        double own = a.ideaValue(land);
        if (system2) {
            long candidate = Elaboration.combine(a.idea, b.idea, b.expertise, a.expertise, Elaboration.bridging(0, trust), r);
            if (candidate == a.idea) return false;
            double v = land.value(candidate);
            if (Thinking.judge(m, v, true, 0, false, r) <= Thinking.judge(m, own, true, 0, false, r)) return false;
            a.setIdea(candidate, v, land);
            return true;
        }
        if (b.idea == a.idea) return false;
        double theirs = b.ideaValue(land);
        // the unfamiliar puts off the closed-minded: openness takes the familiarity penalty away
        double strangeness = Recombination.distance(a.idea, b.idea, land.parts()) * (1 - a.openness);
        boolean inGroup = a.sector == b.sector || a.background == b.background;
        if (Thinking.judge(m, theirs, false, strangeness, inGroup, r) <= Thinking.judge(m, own, false, 0, false, r)) return false;
        a.setIdea(b.idea, theirs, land);
        return true;
    }

    /** People propose as far as they trust the municipality to hear them. */
    private static void considerProposing(Municipality m, Actor a, MersenneTwisterFast r) {
        if (r.nextDouble() >= m.scenario().behaviour.proposal_rate * a.institutionalTrust) return;
        Problem problem = m.problems[a.problem];
        if (a.idea == a.lastProposed || a.idea == problem.practice()) return;
        boolean system2 = a.lastSystem2Week == m.week;
        Landscape land = problem.landscape;
        double strangeness = Recombination.distance(a.idea, problem.practice(), land.parts());
        if (Thinking.judge(m, a.ideaValue(land), system2, strangeness, false, r)
                <= Thinking.judge(m, problem.practiceValue(), system2, 0, false, r)) return;
        a.lastProposed = a.idea;
        m.pipeline.submitIndividual(m, a);
    }

    static void shuffle(int[] a, MersenneTwisterFast r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
