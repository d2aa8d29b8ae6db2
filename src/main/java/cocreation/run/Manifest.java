package cocreation.run;

import cocreation.output.Hashing;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What a person needs to reproduce and trust an output folder: versions, inputs, hashes. */
public final class Manifest {
    private Manifest() {
    }

    /** Tool, versions and the command; callers add their own entries after. */
    public static Map<String, Object> base(String commandLine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", "cocreation");
        m.put("tool_version", toolVersion());
        m.put("git_commit", System.getProperty("cocreation.commit", ""));
        m.put("java_version", System.getProperty("java.version"));
        m.put("mason_version", sim.engine.SimState.version());
        m.put("command_line", commandLine);
        return m;
    }

    public static String toolVersion() {
        String v = Manifest.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The scenario as resolved (defaults filled in, overrides applied). */
    /**
     * Ends a run's manifest: its seed, weeks, resolved scenario, wall time since started (System.nanoTime)
     * and the SHA-256 of every file in dir (so it is put last, after every output is written).
     */
    public static void finishRun(Map<String, Object> manifest, Scenario s, int weeks, long started, Path dir) throws IOException {
        manifest.put("seed", s.seed);
        manifest.put("steps", weeks);
        manifest.put("scenario", scenario(s));
        manifest.put("wall_ms", (System.nanoTime() - started) / 1_000_000);
        manifest.put("outputs", hashes(dir, List.of()));
    }

    public static Object scenario(Scenario s) {
        return ScenarioReader.JSON.valueToTree(s);
    }

    /** SHA-256 of every file under a folder, by relative path with forward slashes, sorted. */
    public static Map<String, String> hashes(Path dir, List<String> skip) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!skip.contains(rel)) out.put(rel, Hashing.sha256(f));
            }
        }
        return out;
    }
}
