package cocreation.model;

import cocreation.model.rules.ProceduralJustice;
import cocreation.model.rules.TrustUpdate;
import cocreation.scenario.Scenario;
import cocreation.scenario.TrustSettings;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Slow learning, every four weeks: trust on unused ties drifts back toward generalised trust,
 * unused, low-trust ties dissolve, and people make new acquaintances in everyday life (as silos
 * and homophily allow); and each actor's trust in the municipality learns from how the
 * service for its problem meets its expectation (satisfaction). (Habit and trust on used ties are
 * learned at each decision and encounter; trust in the municipality also at each proposal's end.)
 */
final class Learning implements Steppable {
    private static final long serialVersionUID = 3L;
    static final int PERIOD = 4;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        if (m.week % PERIOD != 0) return;
        Scenario s = m.scenario();
        TrustSettings t = s.trust;
        m.network.maintain(m.week, PERIOD, t.decay_half_life, t.tie_lifetime, t.dissolve_below);
        NetworkBuilder.acquaint(m.actors, m.network, s.network, m.directory.groups, s.municipality.sectors, s.population.backgrounds,
                s.municipality.silo_strength, s.network.new_ties * PERIOD / 52, m.week, m.random);
        double[] satisfaction = new double[m.problems.length];
        for (Problem p : m.problems)
            satisfaction[p.index] = ProceduralJustice.satisfaction(p.practiceValue(), p.expectation(), t.satisfaction_scale);
        double rate = t.institutional_learning_rate * PERIOD / 52; // one experience of the service a year
        for (Actor a : m.actors)
            a.institutionalTrust = (float) TrustUpdate.after(a.institutionalTrust, satisfaction[a.problem], rate);
    }
}
