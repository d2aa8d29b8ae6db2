package cocreation.cluster;

import cocreation.output.Json;
import cocreation.output.OutputFolder;
import cocreation.scenario.ScenarioException;
import cocreation.sweep.SpecReader;
import cocreation.sweep.SweepSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The folder of a sweep on Slurm: the spec (base scenario inlined), the program, the job scripts,
 * {@code logs/} and {@code parts/}; later the shards' folders and the merged {@code result/}. It
 * appears atomically, and nothing in it depends on where it was written from.
 */
public final class JobFolder {
    /** #SBATCH lines are not shell: their paths can hold no spaces, quotes or Slurm's % patterns. */
    private static final Pattern UNSAFE = Pattern.compile("[\\s%\"'\\\\$`!*?\\[\\]]");

    private JobFolder() {
    }

    /** Problems with a job folder path, each naming {@code --out}. */
    public static List<String> problems(Path out) throws IOException {
        List<String> p = new ArrayList<>();
        Path abs = out.toAbsolutePath().normalize();
        if (UNSAFE.matcher(abs.toString()).find())
            p.add("--out: " + abs + ": Slurm job scripts need a path without spaces, quotes, %, $ or wildcards");
        if (Files.exists(abs) && !(Files.isDirectory(abs) && isEmpty(abs)))
            p.add("--out: " + abs + " exists and is not an empty folder");
        return p;
    }

    /** Writes the folder; returns its absolute path. Settings and path must have no problems. */
    public static Path write(SweepSpec spec, Path out, JobSettings settings, Launch launch) throws IOException, ScenarioException {
        Path target = out.toAbsolutePath().normalize();
        String specFile = spec.name() + ".json";
        JobScripts scripts = new JobScripts(spec.name(), specFile, spec.runs(), target, settings, launch);
        try (OutputFolder folder = OutputFolder.create(target)) {
            Path dir = folder.path();
            Json.write(dir.resolve(specFile), spec.resolved());
            // The jobs read this copy: it must be the very same sweep (same hash, so merge accepts it).
            if (!SpecReader.read(dir.resolve(specFile), Path::of).hash().equals(spec.hash()))
                throw new IllegalStateException("the copied spec reads as a different sweep");
            if (launch.jar() != null) Files.copy(launch.jar(), dir.resolve(Launch.JAR), StandardCopyOption.COPY_ATTRIBUTES);
            script(dir.resolve(JobScripts.SWEEP), scripts.sweep());
            script(dir.resolve(JobScripts.MERGE), scripts.merge());
            script(dir.resolve(JobScripts.LOCAL), scripts.local());
            Files.writeString(dir.resolve(JobScripts.README), scripts.readme(), StandardCharsets.UTF_8);
            Files.createDirectories(dir.resolve("logs")); // Slurm does not create the log folder: the job would fail
            Files.createDirectories(dir.resolve("parts"));
            folder.commit();
        }
        return target;
    }

    private static void script(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException ignored) {
            // not POSIX: the scripts still run with "bash FILE"
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
