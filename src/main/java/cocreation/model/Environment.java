package cocreation.model;

import cocreation.model.rules.TimePressure;
import cocreation.scenario.Governance;
import cocreation.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The week begins: a new budget year every 52 weeks; problems may leave the agenda and new ones
 * take their place ({@link Agenda}); expectations rise; in a dynamic environment
 * problem landscapes drift, eroding (or, by chance, raising) the value of yesterday's practice,
 * which is counted; the expectation gap becomes political pressure on officials; leadership buys
 * officials protected time if the budget can pay for it; and officials' felt time pressure is set.
 */
final class Environment implements Steppable {
    private static final long serialVersionUID = 3L;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        m.week++;
        Scenario s = m.scenario();
        Governance g = s.municipality;
        if ((m.week - 1) % 52 == 0) newBudgetYear(m, s);
        Agenda.week(m);
        double gap = 0;
        for (Problem p : m.problems) {
            p.raiseExpectation(g.expectation_growth / 52);
            if (g.drift > 0 && m.random.nextDouble() < g.drift) {
                double before = p.practiceValue();
                p.landscape.drift(m.random.nextInt(p.landscape.parts()));
                m.metrics.valueDrift += p.practiceValue() - before;
            }
            gap += p.expectation() - p.practiceValue();
        }
        m.politicalPressure = TimePressure.political(gap / m.problems.length, g.pressure_sensitivity);
        double officials = s.population.officials;
        m.protection = g.leadership > 0 && m.spendRunning(g.leadership * officials * s.leaders.protection_cost) ? g.leadership : 0;
        double tempo = m.currentInstitutions().decision() == DecisionMode.PLANS_AND_TARGETS ? s.decisions.target_tempo : 0;
        m.officialsPressure = TimePressure.felt(true, g.time_pressure, m.politicalPressure, tempo, m.protection);
    }

    /** The budget is given per 1,000 inhabitants a year; it does not carry over, and organisations' capital renews. */
    private static void newBudgetYear(Municipality m, Scenario s) {
        m.budgetLeft = s.municipality.budget_per_1000 * m.thousands();
        m.runningSpendLastYear = m.runningSpend;
        m.runningSpend = 0;
        m.directory.renewCapital(m.actors);
    }
}
