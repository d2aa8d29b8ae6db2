package cocreation.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cocreation.model.Municipality;
import cocreation.output.Hashing;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
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
    /** A town of 1,500 for five years, where ideas are put to use: it holds adoption and diffusion to their bytes too. */
    private static final Path GOLDEN_TOWN = Path.of("src/test/resources/golden/town-1500-260-weeks");

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
        matchesGolden(baseline(104), GOLDEN, "now");
    }

    @Test
    void aTownThatPutsIdeasToUseMatchesItsGoldenOutput() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), List.of("steps=260", "population.citizens=1380",
                "population.officials=90", "population.organisations=30"));
        s.name = "baseline";
        String summary = matchesGolden(s, GOLDEN_TOWN, "town");
        int putToUse = new ObjectMapper().readTree(summary).path("final").path("ideas_put_to_use").asInt();
        assertTrue(putToUse > 0, "the golden town must put ideas to use, or it holds nothing of diffusion");
    }

    /** Runs the scenario, checks its outputs against the golden folder's, and returns the summary. */
    private String matchesGolden(Scenario s, Path golden, String name) throws Exception {
        byte[][] now = outputs(Simulation.run(s), name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden);
            Files.write(golden.resolve("timeseries.csv"), now[0]);
            Files.write(golden.resolve("summary.json"), now[1]);
        }
        String summary = new String(now[1], StandardCharsets.UTF_8);
        assertSameText(golden, "timeseries.csv", Files.readString(golden.resolve("timeseries.csv")), new String(now[0], StandardCharsets.UTF_8));
        assertSameText(golden, "summary.json", Files.readString(golden.resolve("summary.json")), summary);
        return summary;
    }

    /** Fails with the first lines that differ (at most five) and the command that regenerates the golden files. */
    static void assertSameText(String file, String golden, String now) {
        assertSameText(GOLDEN, file, golden, now);
    }

    static void assertSameText(Path folder, String file, String golden, String now) {
        if (golden.equals(now)) return;
        List<String> g = golden.lines().toList(), n = now.lines().toList();
        StringBuilder msg = new StringBuilder(file + " differs from " + folder.resolve(file) + " (" + g.size() + " lines golden, "
                + n.size() + " now):\n");
        int shown = 0;
        for (int i = 0; i < Math.max(g.size(), n.size()) && shown < 5; i++) {
            String a = i < g.size() ? g.get(i) : "(none)", b = i < n.size() ? n.get(i) : "(none)";
            if (a.equals(b)) continue;
            msg.append("  line ").append(i + 1).append(":\n    golden: ").append(a).append("\n    now:    ").append(b).append('\n');
            shown++;
        }
        msg.append("If the model changed on purpose, regenerate with: mvn test -Dtest=DeterminismTest -Dgolden.update=true "
                + "(and say why in the commit)");
        fail(msg.toString());
    }

    @Test
    void aGoldenMismatchNamesTheLinesAndTheWayToRegenerate() {
        AssertionError e = assertThrows(AssertionError.class, () -> assertSameText("x.csv", "a,b\n1,2\n3,4\n", "a,b\n1,2\n3,5\n"));
        assertTrue(e.getMessage().contains("line 3:\n    golden: 3,4\n    now:    3,5"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dgolden.update=true"), e.getMessage());
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
