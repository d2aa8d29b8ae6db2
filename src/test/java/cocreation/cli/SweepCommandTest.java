package cocreation.cli;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.output.Json;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    @TempDir Path tmp;

    private Path spec(String json) throws Exception {
        ObjectNode tree = (ObjectNode) ScenarioReader.JSON.readTree(json);
        tree.put("scenario", Path.of("scenarios", "baseline.json").toAbsolutePath().toString());
        Path file = tmp.resolve("spec.json");
        Files.write(file, Json.toBytes(tree));
        return file;
    }

    private static final String TINY = """
            {"scenario": "baseline", "steps": 8, "replications": 2, "seed": 1,
             "set": {"population.citizens": 40, "population.officials": 8, "population.organisations": 2},
             "design": {"type": "grid", "levels": 2},
             "factors": [{"path": "municipality.time_pressure", "min": 0.2, "max": 0.8}],
             "metrics": ["ideas_proposed"]}""";

    private boolean leftNothing() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.allMatch(p -> p.getFileName().toString().equals("spec.json"));
        }
    }

    @Test
    void badSpecsExitWithCode2AndLeaveNoOutput() throws Exception {
        Path out = tmp.resolve("out");
        CliRun o = CliRun.of("sweep", spec(TINY.replace("time_pressure", "time_presure")).toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("error: factors[0].path: unknown scenario path 'municipality.time_presure' "
                + "(did you mean 'municipality.time_pressure'?)"), o.err());
        assertFalse(o.err().contains("Exception"), "no stack trace: " + o.err());
        assertTrue(leftNothing());

        o = CliRun.of("sweep", spec(TINY.replace("\"replications\": 2", "\"replications\": 0")).toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("error: replications: 0 is below 1"), o.err());
        assertTrue(leftNothing());

        o = CliRun.of("sweep", spec(TINY).toString(), "--out", out.toString(), "--shard", "2/2");
        assertEquals(2, o.code());
        assertTrue(o.err().contains("error: --shard: expected I/N with 0 <= I < N (shards are numbered from 0), got 2/2"), o.err());
        assertEquals(2, CliRun.of("sweep", tmp.resolve("nothing.json").toString()).code());
        o = CliRun.of("sweep", spec(TINY).toString(), "--out", out.toString(), "--retry-failed");
        assertEquals(2, o.code());
        assertEquals("error: --retry-failed: only with --resume\n", o.err());
        assertTrue(leftNothing());
    }

    @Test
    void shardsRunAndMergeFromTheCommandLine() throws Exception {
        Path spec = spec(TINY);
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), merged = tmp.resolve("merged");
        assertEquals(0, CliRun.of("sweep", spec.toString(), "--out", a.toString(), "--shard", "0/2", "--quiet").code());
        CliRun missing = CliRun.of("merge", a.toString(), "--out", merged.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("error: merge: 2 of 4 runs are missing: all of shard 1/2"), missing.err());
        assertFalse(Files.exists(merged));
        assertEquals(0, CliRun.of("sweep", spec.toString(), "--out", b.toString(), "--shard", "1/2", "--quiet", "--threads", "1").code());
        assertEquals(0, CliRun.of("merge", a.toString(), b.toString(), "--out", merged.toString(), "--quiet").code());
        assertEquals(5, Files.readAllLines(merged.resolve("runs.csv")).size());
        assertTrue(Files.isRegularFile(merged.resolve("charts/ideas_proposed-by-municipality.time_pressure.png")));
    }
}
