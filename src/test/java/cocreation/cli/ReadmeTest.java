package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.model.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README promises the two commands first and documents every metric. */
class ReadmeTest {
    @Test
    void startsWithTheTwoCommandsAndListsEveryMetric() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String start = readme.substring(0, 300);
        assertTrue(start.contains("./cocreation run"), start);
        assertTrue(start.contains("mvn -B test"), start);
        for (Metric m : Metric.values()) assertTrue(readme.contains("| `" + m.column() + "` | " + m.meaning + " |"), m.column());
    }

    @Test
    void ciRunsExactlyTheReadmeTestCommand() throws Exception {
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.lines().anyMatch(l -> l.strip().equals("mvn -B test")), ".ci/run must run `mvn -B test`");
    }
}
