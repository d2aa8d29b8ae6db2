package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Municipality;
import cocreation.run.Simulation;
import cocreation.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RerunTest {
    @TempDir Path tmp;

    private Path sweep() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", SweepTest.spec()));
        return Sweep.run(spec, tmp.resolve("out"), Fixtures.options(2, false, Shard.ALL), Simulation::run).folder();
    }

    @Test
    void aRerunIsTheSweepsRunAgainAndAnotherRunIsNot() throws Exception {
        Path out = sweep();
        Rerun five = Rerun.of(out, 5);
        Municipality m = Simulation.run(five.scenario());
        assertEquals(five.spec().seed(5), m.scenario().seed);
        assertEquals(java.util.List.of(), five.differences(m), "the same design point and seed give the same run");
        assertEquals(five.spec().steps, m.metrics().rows().size(), "every week of the run, not the sweep's sample");
        Municipality other = Simulation.run(Rerun.of(out, 4).scenario());
        assertFalse(five.differences(other).isEmpty(), "another run (its replicate's seed) is told apart");
        assertTrue(five.point().startsWith("municipality.time_pressure="), five.point());
    }

    @Test
    void aChangedFolderOrAnIdItDoesNotHoldIsRefused() throws Exception {
        Path out = sweep();
        SweepSpec spec = Rerun.of(out, 0).spec();
        ScenarioException e = assertThrows(ScenarioException.class, () -> Rerun.of(out, spec.runs()));
        assertTrue(e.getMessage().contains("is not a run of") && e.getMessage().contains("0.." + (spec.runs() - 1)), e.getMessage());
        Files.writeString(out.resolve("runs.csv"), Files.readString(out.resolve("runs.csv")).replaceFirst(",ok,", ",failed,"));
        e = assertThrows(ScenarioException.class, () -> Rerun.of(out, 0));
        assertTrue(e.getMessage().contains("runs.csv has changed since the sweep wrote it"), e.getMessage());
        e = assertThrows(ScenarioException.class, () -> Rerun.of(tmp, 0));
        assertTrue(e.getMessage().contains("not a finished sweep folder"), e.getMessage());
    }
}
