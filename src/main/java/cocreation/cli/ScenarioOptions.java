package cocreation.cli;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by commands that read a scenario: seed, steps and {@code --set} overrides. */
final class ScenarioOptions {
    @Option(names = "--seed", description = "Random seed (overrides the scenario's).")
    Long seed;

    @Option(names = "--steps", description = "Weeks to simulate (overrides the scenario's).")
    Integer steps;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario parameter, e.g. --set municipality.time_pressure=0.8 (repeatable).")
    List<String> overrides = new ArrayList<>();

    Scenario load(Path file) throws ScenarioException {
        List<String> all = new ArrayList<>(overrides);
        if (seed != null) all.add("seed=" + seed);
        if (steps != null) all.add("steps=" + steps);
        Scenario s = ScenarioReader.read(file, all);
        for (String w : ScenarioReader.warnings(s)) System.err.println("warning: " + w);
        String name = file.getFileName().toString();
        s.name = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return s;
    }
}
