package cocreation.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** A weekly phase that first keys the model's generator to itself and the week ({@link Municipality#keyPhase}). */
final class KeyedPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final int phase;
    private final Steppable step;

    KeyedPhase(int phase, Steppable step) {
        this.phase = phase;
        this.step = step;
    }

    @Override
    public void step(SimState state) {
        ((Municipality) state).keyPhase(phase);
        step.step(state);
    }

}
