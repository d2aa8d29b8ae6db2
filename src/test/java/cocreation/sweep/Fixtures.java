package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.output.Json;
import cocreation.scenario.ScenarioException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Shared helpers for sweep tests: spec files and byte-for-byte comparison of output folders. */
final class Fixtures {
    /** Files whose bytes may differ between equal sweeps: they record how the sweep was run. */
    static final List<String> HOW_IT_RAN = List.of("manifest.json", "timing.csv");

    private Fixtures() {
    }

    /** Writes a spec whose base scenario is the baseline preset, by absolute path. */
    static Path write(Path dir, String name, ObjectNode spec) throws IOException {
        ObjectNode copy = spec.deepCopy();
        copy.put("scenario", Path.of("scenarios", "baseline.json").toAbsolutePath().toString());
        Path file = dir.resolve(name + ".json");
        Files.createDirectories(dir);
        Files.write(file, Json.toBytes(copy));
        return file;
    }

    static SweepSpec read(Path file) throws ScenarioException {
        return SpecReader.read(file, Path::of);
    }

    static Sweep.Options options(int threads, boolean resume, Shard shard) {
        return new Sweep.Options(threads, resume, shard, true, "test", "test.json");
    }

    /** Every file of the two folders, by relative path, with its bytes' hash. */
    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator)
                out.put(dir.relativize(f).toString(), cocreation.output.Hashing.sha256(f));
        }
        return out;
    }

    /** Same file names, and the same bytes in all but manifest.json and timing.csv. */
    static void assertSameOutputs(Path expected, Path actual) throws IOException {
        Map<String, String> a = files(expected), b = files(actual);
        assertEquals(a.keySet(), b.keySet(), "file names");
        for (String f : a.keySet())
            if (!HOW_IT_RAN.contains(f)) assertEquals(a.get(f), b.get(f), f + " differs between " + expected + " and " + actual);
        JsonNode ma = Json.mapper().readTree(expected.resolve("manifest.json").toFile());
        JsonNode mb = Json.mapper().readTree(actual.resolve("manifest.json").toFile());
        ObjectNode oa = ((ObjectNode) ma.get("outputs")).deepCopy(), ob = ((ObjectNode) mb.get("outputs")).deepCopy();
        oa.remove("timing.csv");
        ob.remove("timing.csv");
        assertEquals(oa, ob, "manifest outputs");
        assertEquals(ma.get("spec_sha256"), mb.get("spec_sha256"));
    }
}
