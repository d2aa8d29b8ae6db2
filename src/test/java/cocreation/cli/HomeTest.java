package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preset names mean the installation's presets: a scenarios/ folder in the working folder (here the
 * project's own, with the installation elsewhere) does not shadow them, and a warning says which file is used.
 */
class HomeTest {
    @TempDir
    Path install;

    @Test
    void aPresetNameIsTheInstallationsPresetAndALocalFileOfThatNameIsNamed() throws Exception {
        Path presets = Files.createDirectories(install.resolve("scenarios"));
        Path installed = Files.writeString(presets.resolve("baseline.json"), "{\"description\": \"installed\"}");
        String before = System.getProperty("cocreation.home");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setProperty("cocreation.home", install.toString());
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(installed, Home.scenario("baseline"));
            assertEquals(presets, Home.scenarios());
            assertEquals(Path.of("scenarios/kommune-3.json"), Home.scenario("scenarios/kommune-3.json"), "a path is a path");
        } finally {
            System.setErr(old);
            if (before == null) System.clearProperty("cocreation.home");
            else System.setProperty("cocreation.home", before);
        }
        assertEquals("warning: 'baseline' is the preset " + installed + "; scenarios/baseline.json in this folder is not used "
                + "(give its path to use it)\n", err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(Path.of("scenarios/baseline.json")), "the working folder has one of that name");
    }
}
