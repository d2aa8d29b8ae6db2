package cocreation.cli;

import cocreation.gui.Classroom;
import cocreation.gui.Language;
import cocreation.gui.Screenshots;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation gui}: the classroom window, or its snapshots for the docs. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the classroom window: MASON's Console with the lessons and levers, beside the community, "
                + "the idea pipeline and live charts, tiled to fill the screen (made for a 1366 x 768 projector). "
                + "Needs a display (or xvfb-run).",
                "With --screenshots, run the window for --weeks weeks, save its snapshots as PNG and exit."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "Scenario file or preset name (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Mixin
    ScenarioOptions options = new ScenarioOptions();

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the window and the lessons: en (English) or nb (Norwegian bokmål). Default: the "
                    + "system's language if it is Norwegian, else English.")
    String lang;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "Save gui-window.png, gui-network.png, gui-charts.png, gui-pipeline.png, gui-levers.png and "
                    + "gui-lesson.png to DIR (gui-window-nb.png and so on in Norwegian), then exit.")
    Path screenshots;

    @Option(names = "--weeks", paramLabel = "N", defaultValue = "52",
            description = "With --screenshots: weeks to run before the snapshots (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--measure", paramLabel = "SECONDS", defaultValue = "0",
            description = "With --screenshots: then play for SECONDS and print the weeks per second drawn.")
    double measure;

    @Override
    public Integer call() throws Exception {
        Classroom.prepareJava2D();
        if (weeks < 1) throw new ScenarioException("--weeks: " + weeks + " is below 1");
        if (!(measure >= 0 && measure <= 600)) throw new ScenarioException("--measure: " + measure + " is not in 0..600");
        if (measure > 0 && screenshots == null) throw new ScenarioException("--measure: only with --screenshots");
        Language language = lang == null ? Language.ofSystem() : Language.of(lang);
        if (language == null) throw new ScenarioException("--lang: \"" + lang + "\" is not en or nb");
        Path file = Home.scenario(scenario);
        Scenario s = options.load(file);
        if (GraphicsEnvironment.isHeadless())
            throw new IllegalStateException("gui: no display found (is DISPLAY set?); on a server use xvfb-run ./cocreation gui");
        List<Path> presets = presets();
        if (screenshots == null) {
            ((Classroom) Classroom.open(s, file, presets, language).getSimulation()).awaitClose();
            return 0;
        }
        Screenshots.Session session = Screenshots.run(s, file, presets, language, weeks);
        List<Path> written = Screenshots.write(session, screenshots);
        Screenshots.Rate rate = measure > 0 ? Screenshots.measure(session, measure) : null;
        Screenshots.close(session);
        for (Path p : written) System.out.println(p);
        if (rate != null)
            System.out.printf("played %.1f weeks/s, drew %.1f weeks/s (%d actors)%n", rate.stepped(), rate.drawn(),
                    s.populationSize());
        return 0;
    }

    private static List<Path> presets() {
        Path dir = Home.scenarios();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
