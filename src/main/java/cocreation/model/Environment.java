package cocreation.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The week begins: a new budget year every 52 weeks, expectations rise, and in a dynamic
 * environment problem landscapes drift, eroding the value of yesterday's practice.
 */
final class Environment implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        m.week++;
        var g = m.scenario().municipality;
        if ((m.week - 1) % 52 == 0) m.budgetLeft = g.budget_per_year;
        for (Problem p : m.problems) {
            p.raiseExpectation(g.expectation_growth / 52);
            if (g.drift > 0 && m.random.nextDouble() < g.drift) p.landscape.drift(m.random.nextInt(p.landscape.parts()));
        }
    }
}
