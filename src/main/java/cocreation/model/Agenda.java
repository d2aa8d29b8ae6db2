package cocreation.model;

import cocreation.scenario.Problems;

/**
 * Problems come and go (ODD 7.10): each week a problem leaves the agenda with chance
 * {@code problems.turnover} / 52 (solved for now, overtaken by events, or no longer in the public
 * eye) and a new problem of the same users takes its place, as problems flow into and out of
 * choice situations in the garbage-can model (Cohen, March &amp; Olsen 1972) and issues rise and fall
 * in public attention (Downs 1972). The new problem has its own landscape and a practice where
 * past search stopped; its users start again from ideas near that practice, and expectations from
 * its value. Every idea still pending for the old problem ends as overtaken, counted; the change
 * in practice value a replacement makes is counted apart from what innovation and drift did.
 */
final class Agenda {
    private Agenda() {
    }

    /** Draws, problem by problem, whether it leaves the agenda this week, and replaces it if so. */
    static void week(Municipality m) {
        Problems spec = m.scenario().problems;
        if (spec.turnover <= 0) return;
        double leave = spec.turnover / 52;
        for (int p = 0; p < m.problems.length; p++) if (m.random.nextDouble() < leave) replace(m, p, spec);
    }

    private static void replace(Municipality m, int index, Problems spec) {
        m.pipeline.overtake(m, index);
        double before = m.problems[index].practiceValue();
        Problem next = ProblemBuilder.build(index, spec, m.random);
        m.problems[index] = next;
        m.metrics.problemsReplaced++;
        m.metrics.valueTurnover += next.practiceValue() - before;
        double spread = m.scenario().population.idea_spread;
        for (int id : m.directory.usersOf[index]) {
            Actor a = m.actors[id];
            long idea = PopulationBuilder.perturb(next.practice(), next.landscape.parts(), spread, m.random);
            a.setIdea(idea, next.landscape.value(idea), next.landscape);
            a.lastProposed = next.practice();
        }
    }
}
