package cocreation.cluster;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a job starts this program: the jar it is running from (copied into the job folder, so a
 * rebuild while jobs wait in the queue cannot change the code half of the shards run), or, when
 * running from compiled classes (tests, an IDE), the same class path.
 */
public record Launch(Path jar, List<Path> classPath, String commit) {
    /** The name of the copied jar in the job folder. */
    public static final String JAR = "cocreation.jar";

    public Launch {
        classPath = List.copyOf(classPath);
    }

    /** This program, as it is running now. */
    public static Launch current() {
        String commit = System.getProperty("cocreation.commit", "");
        Path source;
        try {
            source = Path.of(Launch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            source = null;
        }
        if (source != null && Files.isRegularFile(source) && source.toString().endsWith(".jar"))
            return new Launch(source.toAbsolutePath(), List.of(), commit);
        List<Path> cp = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator))
            if (!entry.isEmpty()) cp.add(Path.of(entry).toAbsolutePath());
        return new Launch(null, cp, commit);
    }

    /** The shell words after {@code java <options>}: run cocreation from the job folder {@code out}. */
    String program(Path out) {
        String system = commit.isEmpty() ? "" : "-Dcocreation.commit=" + Shell.quote(commit) + " ";
        if (jar != null) return system + "-jar " + Shell.quote(out.resolve(JAR).toString());
        List<String> entries = new ArrayList<>();
        for (Path p : classPath) entries.add(p.toString());
        return system + "-cp " + Shell.quote(String.join(File.pathSeparator, entries)) + " cocreation.cli.Main";
    }
}
