package cocreation.model;

import cocreation.model.rules.Heuristic;
import cocreation.model.rules.Judgement;
import cocreation.model.rules.ModeChoice;
import cocreation.model.rules.Recombination;
import cocreation.model.rules.TrustUpdate;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/** The acts every mechanism shares: choosing a mode, judging, searching with one's heuristic, learning from experience. */
final class Thinking {
    private Thinking() {
    }

    /**
     * Chooses System 1 or 2 for one decision in one's own time, counts it and updates habit; true
     * means System 2, which costs free hours. The actor feels its own time pressure
     * ({@link Municipality#feltPressure}) and tires as free time runs out.
     */
    static boolean decide(Municipality m, Actor a, MersenneTwisterFast r, double boost) {
        boolean system2 = decide(m, a, r, m.feltPressure(a), boost);
        if (system2) a.spendTime(m.scenario().behaviour.deliberation_hours);
        return system2;
    }

    /** As above with a given time pressure, and no free hours spent (a session's or a job's own time). */
    static boolean decide(Municipality m, Actor a, MersenneTwisterFast r, double timePressure, double boost) {
        double capacity = a.capacity * (1 - a.fatigue());
        double p = ModeChoice.system2Probability(a.system2Propensity, capacity, timePressure, a.habit, a.curiosity, boost);
        boolean system2 = r.nextDouble() < p;
        m.metrics.decision(system2);
        if (system2) a.lastSystem2Week = m.week;
        a.habit = ModeChoice.habitAfter(a.habit, system2, m.scenario().behaviour.habit_learning, a.routine);
        return system2;
    }

    /** Perceived value of an idea, with the scenario's noise and biases. */
    static double judge(Municipality m, double value, boolean system2, double strangeness, boolean inGroup,
                        MersenneTwisterFast r) {
        Scenario s = m.scenario();
        return Judgement.perceived(value, system2, strangeness, inGroup, r.nextGaussian(),
                s.behaviour.system1_noise, s.behaviour.system2_noise, s.behaviour.familiarity_bias, s.trust.in_group_bias);
    }

    /**
     * Deliberate search with one's own heuristic ({@link Heuristic}): tries its moves in order for up
     * to {@code passes} passes, keeping what looks better on merit.
     */
    static void search(Municipality m, Actor a, Problem problem, int passes, MersenneTwisterFast r) {
        Landscape land = problem.landscape;
        long found = searched(m, a.heuristic, a.idea, land, passes, true, r);
        if (found != a.idea) a.setIdea(found, land.value(found), land);
    }

    /** Where a heuristic leads from a start, judged in the given mode. */
    static long searched(Municipality m, int heuristic, long start, Landscape land, int passes, boolean slow,
                         MersenneTwisterFast r) {
        // Heuristic.search, written out so that the hot path allocates no lambdas
        long current = start;
        double currentValue = land.value(start);
        for (int p = 0; p < passes; p++) {
            boolean moved = false;
            for (int i = 0, n = Heuristic.size(heuristic); i < n; i++) {
                long candidate = Heuristic.apply(heuristic, i, current);
                double v = land.value(candidate);
                if (judge(m, v, slow, 0, false, r) > judge(m, currentValue, slow, 0, false, r)) {
                    current = candidate;
                    currentValue = v;
                    moved = true;
                }
            }
            if (!moved) break;
        }
        return current;
    }

    /** Updates a's trust on a tie and its generalised trust after an experience (1 good, 0 bad). */
    static void experience(Municipality m, Actor a, int slot, double good) {
        Scenario s = m.scenario();
        m.network.setTrust(a.id, slot, TrustUpdate.after(m.network.trust(a.id, slot), good, s.trust.learning_rate), m.week);
        a.generalizedTrust = TrustUpdate.after(a.generalizedTrust, good, s.trust.generalized_learning_rate);
    }
}
