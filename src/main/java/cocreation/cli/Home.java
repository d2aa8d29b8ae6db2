package cocreation.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project lives (set by the launcher), for finding the preset scenarios. */
final class Home {
    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("cocreation.home");
        return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
    }

    static Path scenarios() {
        Path local = Path.of("scenarios");
        return Files.isDirectory(local) ? local : dir().resolve("scenarios");
    }

    /** A scenario argument: a path, or the name of a preset ("baseline"). */
    static Path scenario(String arg) {
        Path p = Path.of(arg);
        if (Files.exists(p)) return p;
        Path preset = scenarios().resolve(arg.endsWith(".json") ? arg : arg + ".json");
        return Files.exists(preset) ? preset : p;
    }
}
