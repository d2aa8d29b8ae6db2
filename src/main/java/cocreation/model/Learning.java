package cocreation.model;

import cocreation.scenario.TrustSettings;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Slow learning of the network, every four weeks: trust on unused ties drifts back toward
 * generalised trust and unused, low-trust ties dissolve. (Habit and trust on used ties are
 * learned at each decision and encounter.)
 */
final class Learning implements Steppable {
    private static final long serialVersionUID = 1L;
    static final int PERIOD = 4;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        if (m.week % PERIOD != 0) return;
        TrustSettings t = m.scenario().trust;
        m.network.maintain(m.week, PERIOD, t.decay_half_life, t.tie_lifetime, t.dissolve_below);
    }
}
