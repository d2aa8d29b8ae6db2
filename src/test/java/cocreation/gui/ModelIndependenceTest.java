package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The window uses the model; the model knows nothing of windows. */
class ModelIndependenceTest {
    private static final List<String> FORBIDDEN = List.of("import java.awt", "import javax.swing", "import sim.display",
            "import sim.portrayal", "import org.jfree", "import cocreation.gui", "import cocreation.cli");

    @Test
    void modelAndScenarioImportNoGui() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Stream.concat(Files.walk(Path.of("src/main/java/cocreation/model")),
                Files.walk(Path.of("src/main/java/cocreation/scenario")))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertTrue(sources.size() > 20, "found the model's sources");
        for (Path p : sources)
            for (String line : Files.readAllLines(p))
                for (String f : FORBIDDEN) assertFalse(line.trim().startsWith(f), p + ": " + line);
    }
}
