package cocreation.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cocreation.model.Municipality;
import cocreation.output.Hashing;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same scenario and seed: byte-identical results, also across a checkpoint, and equal to the
 * golden output committed in src/test/resources/golden. When a deliberate model change alters the
 * golden output, regenerate it with {@code mvn test -Dtest=DeterminismTest -Dgolden.update=true}
 * and say why in the commit.
 */
class DeterminismTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/baseline-104-weeks");

    @TempDir
    Path dir;

    private static Scenario baseline(int steps) throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), List.of("steps=" + steps));
        s.name = "baseline";
        return s;
    }

    private byte[][] outputs(Municipality m, String name) throws Exception {
        Path out = dir.resolve(name);
        Files.createDirectories(out);
        RunResults.write(m, out);
        return new byte[][] {Files.readAllBytes(out.resolve("timeseries.csv")), Files.readAllBytes(out.resolve("summary.json"))};
    }

    @Test
    void sameSeedSameBytesDifferentSeedDifferentBytes() throws Exception {
        byte[][] a = outputs(Simulation.run(baseline(104)), "a");
        byte[][] b = outputs(Simulation.run(baseline(104)), "b");
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        Scenario other = baseline(104);
        other.seed = 43;
        assertFalse(java.util.Arrays.equals(a[0], outputs(Simulation.run(other), "c")[0]));
    }

    @Test
    void matchesGoldenOutput() throws Exception {
        byte[][] now = outputs(Simulation.run(baseline(104)), "now");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(GOLDEN.resolve("timeseries.csv"), now[0]);
            Files.write(GOLDEN.resolve("summary.json"), now[1]);
        }
        assertEquals(new String(Files.readAllBytes(GOLDEN.resolve("timeseries.csv"))), new String(now[0]),
                "timeseries.csv differs from the golden output (see the class comment to regenerate deliberately)");
        assertEquals(new String(Files.readAllBytes(GOLDEN.resolve("summary.json"))), new String(now[1]));
    }

    @Test
    void resumingFromACheckpointGivesTheSameResult() throws Exception {
        Path checkpoint = dir.resolve("run.checkpoint");
        Scenario s = baseline(80);
        byte[][] straight = outputs(Simulation.run(baseline(80)), "straight");
        Simulation.run(s, 30, checkpoint, w -> { });
        Municipality resumed = Simulation.resume(checkpoint, 80, 0, null, w -> { });
        assertEquals(80, resumed.week());
        byte[][] again = outputs(resumed, "resumed");
        assertArrayEquals(straight[0], again[0]);
        assertArrayEquals(straight[1], again[1]);
        assertFalse(Hashing.sha256(checkpoint).isEmpty());
    }
}
