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

    /** The presets: the installation's scenarios/ folder, never one in the working folder. */
    static Path scenarios() {
        return dir().resolve("scenarios");
    }

    /** A scenario argument: a file path if such a file exists, else the name of a preset ("baseline"). */
    static Path scenario(String arg) {
        return fileOrPreset(arg, scenarios());
    }

    /**
     * A path if it names a file, else the preset of that name in {@code presets}. A {@code scenarios/}
     * folder in the working folder does not hold presets: when it has a file of the preset's name, a
     * warning says which one is used and how to use the other.
     */
    static Path fileOrPreset(String arg, Path presets) {
        Path p = Path.of(arg);
        if (Files.exists(p)) return p;
        Path preset = presets.resolve(arg.endsWith(".json") ? arg : arg + ".json");
        if (!Files.exists(preset)) return p;
        Path local = Path.of("").toAbsolutePath().resolve(dir().relativize(preset));
        try {
            if (Files.exists(local) && !Files.isSameFile(local, preset))
                System.err.println("warning: '" + arg + "' is the preset " + preset + "; " + Path.of("").toAbsolutePath().relativize(local)
                        + " in this folder is not used (give its path to use it)");
        } catch (java.io.IOException | IllegalArgumentException e) {
            // cannot compare them: no warning
        }
        return preset;
    }
}
