package cocreation.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cocreation.cli.Main;
import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Shared by the Slurm tests: a tiny sweep, the CLI with its output captured, processes, output comparison. */
final class Fixture {
    /** 3 design points x 4 replications = 12 runs of a tiny municipality, with time series. */
    static final String TINY = """
            {"steps": 8, "replications": 4, "seed": 7,
             "set": {"population.citizens": 40, "population.officials": 8, "population.organisations": 2},
             "design": {"type": "grid", "levels": 3},
             "factors": [{"path": "municipality.time_pressure", "min": 0.2, "max": 0.8}],
             "record": {"every": 4},
             "metrics": ["ideas_proposed"]}""";
    static final int RUNS = 12;

    /** Files that record how a sweep ran, not what it found: they may differ (README, "Parameter sweeps"). */
    static final List<String> HOW_IT_RAN = List.of("manifest.json", "timing.csv");

    private Fixture() {
    }

    /** Writes a spec file with the baseline preset as its base, by absolute path. */
    static Path spec(Path dir, String name, String json) throws IOException {
        ObjectNode tree = (ObjectNode) ScenarioReader.JSON.readTree(json);
        tree.put("scenario", Path.of("scenarios", "baseline.json").toAbsolutePath().toString());
        Path file = dir.resolve(name + ".json");
        Files.write(file, Json.toBytes(tree));
        return file;
    }

    record Outcome(int code, String out, String err) {}

    /** Runs the CLI in this JVM. */
    static Outcome cli(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Outcome(Main.execute(args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Runs a command in {@code dir}, stdin closed; gives up (and kills it) after {@code seconds}. */
    static Outcome run(Path dir, int seconds, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("cmd", ".out"), err = Files.createTempFile("cmd", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end in " + seconds + " s; output: "
                        + Files.readString(out) + Files.readString(err));
            }
            return new Outcome(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator)
                out.put(dir.relativize(f).toString(), Hashing.sha256(f));
        }
        return out;
    }

    /** The same files, with the same bytes in all that say what the sweep found. */
    static void assertSameSweep(Path expected, Path actual) throws IOException {
        Map<String, String> a = files(expected), b = files(actual);
        assertEquals(a.keySet(), b.keySet(), "files of " + actual);
        for (String f : a.keySet())
            if (!HOW_IT_RAN.contains(f)) assertEquals(a.get(f), b.get(f), f + " differs between " + expected + " and " + actual);
    }
}
