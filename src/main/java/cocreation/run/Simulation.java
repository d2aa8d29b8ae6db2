package cocreation.run;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Runs a model headless for the scenario's steps, optionally writing a MASON checkpoint every N
 * weeks (atomically) and resuming from one.
 */
public final class Simulation {
    private Simulation() {
    }

    /** Runs a new model to the end of the scenario. */
    public static Municipality run(Scenario scenario) {
        return run(scenario, 0, null, week -> { });
    }

    /** Runs a new model, checkpointing every {@code every} weeks into {@code checkpoint} (0 = never). */
    public static Municipality run(Scenario scenario, int every, Path checkpoint, IntConsumer onWeek) {
        Municipality m = new Municipality(scenario);
        m.start();
        return advance(m, scenario.steps, every, checkpoint, onWeek);
    }

    /**
     * Continues a checkpointed model until week {@code steps} (negative: the scenario's steps). The file is
     * checked before anything of it is read into objects (see {@link Checkpoints}).
     */
    public static Municipality resume(Path file, int steps, int every, Path checkpoint, IntConsumer onWeek)
            throws ScenarioException {
        int week = Checkpoints.header(file).week();
        if (steps >= 0 && steps < week)
            throw new ScenarioException("--steps: " + steps + " is below week " + week + ", where the checkpoint " + file + " stands");
        Municipality m = Checkpoints.read(file);
        if (steps >= 0) m.scenario().steps = steps;
        return advance(m, m.scenario().steps, every, checkpoint, onWeek);
    }

    private static Municipality advance(Municipality m, int steps, int every, Path checkpoint, IntConsumer onWeek) {
        while (m.week() < steps) {
            if (!m.schedule.step(m)) break;
            onWeek.accept(m.week());
            if (every > 0 && checkpoint != null && m.week() % every == 0 && m.week() < steps) write(m, checkpoint);
        }
        m.finish();
        return m;
    }

    /** Writes a checkpoint atomically (see {@link Checkpoints}); a failure ends the run. */
    public static void write(Municipality m, Path target) {
        try {
            Checkpoints.write(m, target);
        } catch (IOException e) {
            throw new IllegalStateException("could not write checkpoint " + target + ": " + e.getMessage(), e);
        }
    }

    /** The week of the last checkpoint a run from {@code from} to {@code to} writes every {@code every} weeks, or 0 if none. */
    public static int lastCheckpointWeek(int from, int to, int every) {
        if (every <= 0) return 0;
        int last = (to - 1) / every * every;
        return last > from ? last : 0;
    }
}
