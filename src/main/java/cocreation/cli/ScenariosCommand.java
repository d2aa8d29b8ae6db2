package cocreation.cli;

import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/** {@code cocreation scenarios}: the preset scenarios and what each shows. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the preset scenarios with their descriptions.")
final class ScenariosCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        Path dir = Home.scenarios();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
        for (Path f : files) {
            String name = f.getFileName().toString().replace(".json", "");
            String description;
            try {
                description = ScenarioReader.read(f, List.of()).description;
            } catch (ScenarioException e) {
                description = "(invalid: " + e.problems().get(0) + ")";
            }
            System.out.println(name);
            System.out.println("    " + description);
        }
        return 0;
    }
}
