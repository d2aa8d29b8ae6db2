package cocreation.gui;

import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import sim.display.Console;

/**
 * Runs in its own JVM, on a (virtual) display, for {@link ClassroomWindowTest}: opens the real
 * window through the same code as {@code cocreation gui --screenshots}, drives it with the
 * Console's buttons and prints what it saw as {@code key=value} lines.
 */
public final class GuiProbe {
    private GuiProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int weeks = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        Classroom.prepareJava2D();
        Path baseline = Path.of("scenarios/baseline.json"), silos = Path.of("scenarios/strong-silos.json");
        Scenario scenario = read(baseline);
        Screenshots.Session session = Screenshots.run(scenario, baseline, List.of(baseline, silos), weeks);
        Screenshots.write(session, out);
        Classroom gui = session.gui();
        Console console = session.console();
        report("week", session.week());

        Scenario alone = read(baseline);
        alone.steps = weeks;
        Municipality headless = Simulation.run(alone);
        report("same_as_headless", same(gui.model().metrics().rows(), headless.metrics().rows(), weeks));
        StringBuilder points = new StringBuilder();
        Screenshots.onSwing(() -> {
            for (int c = 0; c < LiveCharts.SPECS.size(); c++)
                for (int s = 0; s < LiveCharts.SPECS.get(c).metrics().size(); s++)
                    points.append(points.length() == 0 ? "" : ",").append(gui.windows.live.points(c, s));
            report("pipeline_proposed", gui.windows.pipeline.value("proposed"));
            report("pipeline_rejected", gui.windows.pipeline.value("rejected"));
            report("pipeline_waiting", gui.windows.pipeline.value("waiting for review"));
            return null;
        });
        report("chart_points", points);
        report("exported", Screenshots.onSwing(() -> gui.windows.export(out.resolve("export")).size()));
        report("metrics_proposed", gui.model().metrics().latest(Metric.IDEAS_PROPOSED));
        report("metrics_rejected", gui.model().metrics().latest(Metric.IDEAS_REJECTED));
        report("model_waiting", gui.model().pipeline().queued());

        Screenshots.Rate rate = Screenshots.measure(session, seconds);
        report("stepped_per_second", rate.stepped());
        report("drawn_per_second", rate.drawn());
        report("weeks_stepped", rate.weeksStepped());
        report("weeks_drawn", rate.weeksDrawn());

        // Stop, then start again paused and step twice: a reset run from the same seed.
        Screenshots.onSwing(() -> {
            console.pressStop();
            console.pressPause();
            console.pressPlay();
            console.pressPlay();
            return null;
        });
        report("restart_week", gui.model().week());
        report("restart_same", same(gui.model().metrics().rows(), headless.metrics().rows(), 2));

        // Another lesson: stops the run and loads its scenario, then runs it.
        Screenshots.onSwing(() -> {
            gui.choose(silos);
            console.pressPause();
            for (int i = 0; i < 3; i++) console.pressPlay();
            gui.drain();
            return null;
        });
        report("lesson", gui.model().scenario().name);
        report("lesson_week", gui.model().week());
        report("lesson_silo_strength", gui.model().scenario().municipality.silo_strength);
        report("lesson_chart_points", Screenshots.onSwing(() -> gui.windows.live.points(0, 0)));
        Screenshots.close(session);
        System.out.flush();
        System.exit(0);
    }

    private static Scenario read(Path file) throws Exception {
        Scenario s = ScenarioReader.read(file, List.of());
        s.name = Lessons.name(file);
        return s;
    }

    private static boolean same(List<double[]> a, List<double[]> b, int rows) {
        if (a.size() < rows || b.size() < rows) return false;
        for (int i = 0; i < rows; i++) if (!Arrays.equals(a.get(i), b.get(i))) return false;
        return true;
    }

    private static void report(String key, Object value) {
        System.out.println(key + "=" + value);
    }
}
