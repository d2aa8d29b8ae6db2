package cocreation.model;

import cocreation.model.rules.Encounter;
import cocreation.model.rules.Recombination;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Everyday interaction. In random order each actor meets network neighbours. For each meeting it
 * thinks fast or slow; the neighbour shares what they know only as far as they trust the actor;
 * thinking fast, the actor copies an idea that looks better by familiarity and in-group cues;
 * thinking slow, it recombines the neighbour's expertise into its own idea and searches in its own
 * domains, judging on merit. Both update trust from how the encounter went. Finally an actor who
 * believes its idea beats practice may propose it.
 */
final class EverydayLife implements Steppable {
    private static final long serialVersionUID = 1L;
    private final int[] order;

    EverydayLife(int actors) {
        order = new int[actors];
        for (int i = 0; i < actors; i++) order[i] = i;
    }

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        MersenneTwisterFast r = m.random;
        shuffle(order, r);
        double meetings = m.scenario().network.meetings_per_week;
        int whole = (int) meetings;
        double fraction = meetings - whole;
        for (int id : order) {
            Actor a = m.actors[id];
            int n = whole + (r.nextDouble() < fraction ? 1 : 0);
            for (int k = 0; k < n; k++) meet(m, a, r);
            considerProposing(m, a, r);
        }
    }

    private static void meet(Municipality m, Actor a, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        boolean system2 = Thinking.decide(m, a, r, 0);
        Problem problem = m.problems[a.problem];
        boolean shared = false;
        if (a.degree > 0) {
            int slot = r.nextInt(a.degree);
            Actor b = m.actors[a.tieTo(slot)];
            int back = a.tieBack(slot);
            shared = r.nextDouble() < Encounter.shareProbability(b.trust(back), 0);
            if (shared) m.metrics.shared++;
            if (shared && b.problem == a.problem) learnFrom(m, a, b, system2, problem, r);
            double distance = Encounter.distance(a.sector, b.sector, a.background, b.background, a.role.level, b.role.level);
            double good = r.nextDouble() < Encounter.goodProbability(shared, distance, s.behaviour.friction, 0) ? 1 : 0;
            Thinking.experience(m, a, slot, good);
            Thinking.experience(m, b, back, good);
        }
        if (system2) Thinking.search(m, a, problem, s.behaviour.search_steps, a.expertise, r);
    }

    private static void learnFrom(Municipality m, Actor a, Actor b, boolean system2, Problem problem, MersenneTwisterFast r) {
        Landscape land = problem.landscape;
        double own = a.ideaValue(land);
        if (system2) {
            long candidate = Recombination.combine(a.idea, b.idea, b.expertise);
            if (candidate == a.idea) return;
            double v = land.value(candidate);
            if (Thinking.judge(m, v, true, 0, false, r) > Thinking.judge(m, own, true, 0, false, r))
                a.setIdea(candidate, v, land);
        } else {
            if (b.idea == a.idea) return;
            double theirs = b.ideaValue(land);
            double strangeness = Recombination.distance(a.idea, b.idea, land.parts());
            boolean inGroup = a.sector == b.sector || a.background == b.background;
            if (Thinking.judge(m, theirs, false, strangeness, inGroup, r) > Thinking.judge(m, own, false, 0, false, r))
                a.setIdea(b.idea, theirs, land);
        }
    }

    private static void considerProposing(Municipality m, Actor a, MersenneTwisterFast r) {
        if (r.nextDouble() >= m.scenario().behaviour.proposal_rate) return;
        Problem problem = m.problems[a.problem];
        if (a.idea == a.lastProposed || a.idea == problem.practice()) return;
        boolean system2 = a.lastSystem2Week == m.week;
        Landscape land = problem.landscape;
        double strangeness = Recombination.distance(a.idea, problem.practice(), land.parts());
        if (Thinking.judge(m, a.ideaValue(land), system2, strangeness, false, r)
                <= Thinking.judge(m, problem.practiceValue(), system2, 0, false, r)) return;
        a.lastProposed = a.idea;
        m.pipeline.submit(m, a, a.idea, null, null);
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
