package cocreation.run;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntConsumer;
import sim.engine.SimState;

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

    /** Continues a checkpointed model until week {@code steps} (negative: the scenario's steps). */
    public static Municipality resume(Path file, int steps, int every, Path checkpoint, IntConsumer onWeek)
            throws ScenarioException {
        Municipality m = read(file);
        if (steps >= 0) m.scenario().steps = steps;
        return advance(m, m.scenario().steps, every, checkpoint, onWeek);
    }

    /** Reads a checkpoint of this version of the model, or says (exit code 2) why it cannot. */
    static Municipality read(Path file) throws ScenarioException {
        SimState state;
        try (InputStream in = Files.newInputStream(file)) {
            state = SimState.readFromCheckpoint(in);
        } catch (InvalidClassException e) {
            throw new ScenarioException(file + ": a checkpoint of another version of cocreation (" + e.classname
                    + " has changed since), which this one (" + Manifest.toolVersion() + ") cannot continue; start the run again");
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new ScenarioException(file + ": not a checkpoint of this model, or damaged (" + e + ")");
        }
        if (!(state instanceof Municipality)) throw new ScenarioException(file + ": a checkpoint of another simulation, not of this model");
        return (Municipality) state;
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

    /** Writes a checkpoint atomically; MASON returns null on failure, which we turn into an error. */
    public static void write(Municipality m, Path target) {
        try {
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".checkpoint", ".tmp");
            File f = tmp.toFile();
            if (m.writeToCheckpoint(f) == null) {
                Files.deleteIfExists(tmp);
                throw new IllegalStateException("could not write checkpoint " + target);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("could not write checkpoint " + target + ": " + e.getMessage(), e);
        }
    }
}
