package cocreation.bench;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import sim.engine.Steppable;

/**
 * A municipality whose phases are timed: where a week's time goes, and how much of it is
 * MASON's scheduling and the measurement rather than the model's own work.
 */
public final class PhaseClock extends Municipality {
    private static final long serialVersionUID = 1L;
    public static final String[] PHASES = {"environment", "everyday life", "arenas", "decisions", "diffusion", "learning", "measurement"};
    private final long[] nanos = new long[PHASES.length];

    public PhaseClock(Scenario scenario) {
        super(scenario);
    }

    @Override
    protected Steppable phase(Steppable step, int ordering) {
        return (Steppable) state -> {
            long t0 = System.nanoTime();
            step.step(state);
            nanos[ordering] += System.nanoTime() - t0;
        };
    }

    /** Nanoseconds spent in each phase so far, in {@link #PHASES} order. */
    public long[] nanos() {
        return nanos.clone();
    }

    /** Runs to the end; returns total nanoseconds spent in schedule.step (phases plus scheduling). */
    public long runTimed() {
        start();
        long total = 0;
        while (week() < scenario().steps) {
            long t0 = System.nanoTime();
            if (!schedule.step(this)) break;
            total += System.nanoTime() - t0;
        }
        finish();
        return total;
    }

}
