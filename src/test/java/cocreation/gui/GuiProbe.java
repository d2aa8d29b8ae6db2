package cocreation.gui;

import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Console;

/**
 * Runs in its own JVM, on a (virtual) display, for {@link ClassroomWindowTest}: opens the real
 * window through the same code as {@code cocreation gui --screenshots}, drives it with the
 * Console's buttons and prints what it saw as {@code key=value} lines. Arguments: the output
 * folder, the weeks to run, the seconds to play, and the language (en or nb); in Norwegian it
 * only looks at the window before Play.
 */
public final class GuiProbe {
    private GuiProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int weeks = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        Language language = Language.of(args[3]);
        Classroom.prepareJava2D();
        Path baseline = Path.of("scenarios/baseline.json"), silos = Path.of("scenarios/strong-silos.json");
        Scenario scenario = read(baseline);
        Console console = Classroom.open(scenario, baseline, List.of(baseline, silos), language);
        Classroom gui = (Classroom) console.getSimulation();
        beforePlay(console, gui, out);
        if (language == Language.EN) afterPlay(console, gui, out, weeks, seconds, silos);
        Screenshots.onSwing(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
            return null;
        });
        System.out.flush();
        System.exit(0);
    }

    /** Week 0, as the window first shows it: where its frames are, what it draws and what it says. */
    private static void beforePlay(Console console, Classroom gui, Path out) throws Exception {
        Screenshots.onSwing(() -> {
            report("screen", bounds(Classroom.usable(gui.frame.frame.getGraphicsConfiguration())));
            StringJoiner frames = new StringJoiner(";");
            for (Frame f : Frame.getFrames()) if (f.isVisible()) frames.add(bounds(f.getBounds()));
            report("frames", frames);
            report("week0_week", gui.view.week());
            report("week0_play_state", console.getPlayState());
            report("week0_headline_points", gui.frame.live.points(0, 0));
            report("week0_trust_points", gui.frame.live.points(2, 0));
            report("week0_sectors", String.join(",", gui.view.sectors()));
            ImageIO.write(gui.display.insideDisplay.paint(null, true, false), "png", out.resolve("week0.png").toFile());
            List<String> texts = new ArrayList<>(gui.caption.headlineLines(gui.model(), "-"));
            collect(console, texts);
            collect(gui.frame.frame, texts);
            report("texts", String.join("|", texts));
            return null;
        });
    }

    private static void afterPlay(Console console, Classroom gui, Path out, int weeks, double seconds, Path silos) throws Exception {
        Screenshots.play(console, gui, weeks);
        Screenshots.Session session = new Screenshots.Session(console, gui, gui.model().week(), Screenshots.snap(console, gui));
        Screenshots.write(session, out);
        report("week", session.week());

        Scenario alone = read(Path.of("scenarios/baseline.json"));
        alone.steps = weeks;
        Municipality headless = Simulation.run(alone);
        report("same_as_headless", same(gui.model().metrics().rows(), headless.metrics().rows(), weeks));
        StringBuilder points = new StringBuilder();
        Screenshots.onSwing(() -> {
            for (int c = 0; c < LiveCharts.SPECS.size(); c++)
                for (int s = 0; s < LiveCharts.SPECS.get(c).metrics().size(); s++)
                    points.append(points.length() == 0 ? "" : ",").append(gui.frame.live.points(c, s));
            report("pipeline_proposed", gui.frame.pipeline.value("proposed"));
            report("pipeline_rejected", gui.frame.pipeline.value("rejected"));
            report("pipeline_waiting", gui.frame.pipeline.value("waiting"));
            return null;
        });
        report("chart_points", points);
        report("exported", Screenshots.onSwing(() -> gui.frame.export(out.resolve("export")).size()));
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

        // Another lesson: stops the run and shows its week 0, then runs it.
        Screenshots.onSwing(() -> {
            gui.choose(silos);
            report("lesson_week0_week", gui.view.week());
            report("lesson_week0_silo_strength", gui.view.model().scenario().municipality.silo_strength);
            report("lesson_week0_cross", gui.view.row()[Metric.CROSS_SECTOR_TIE_SHARE.ordinal()]);
            console.pressPause();
            for (int i = 0; i < 3; i++) console.pressPlay();
            gui.drain();
            return null;
        });
        report("lesson", gui.model().scenario().name);
        report("lesson_week", gui.model().week());
        report("lesson_silo_strength", gui.model().scenario().municipality.silo_strength);
        report("lesson_chart_points", Screenshots.onSwing(() -> gui.frame.live.points(1, 0)));

        // Stopped, a lever that shapes the community shows the community the next run starts with.
        Screenshots.onSwing(() -> {
            console.pressStop();
            Levers levers = gui.levers().levers();
            levers.setValue(levers.paths().indexOf("municipality.silo_strength"), 0.1);
            gui.leverMoved(true);
            report("moved_week0_week", gui.view.week());
            report("moved_week0_cross", gui.view.row()[Metric.CROSS_SECTOR_TIE_SHARE.ordinal()]);
            return null;
        });
    }

    /** Every text a component shows: labels, buttons, tab titles, list items, chart titles and legends. */
    private static void collect(Component c, List<String> texts) {
        if (c instanceof JLabel l && l.getText() != null) texts.add(plain(l.getText()));
        if (c instanceof AbstractButton b && b.getText() != null) texts.add(b.getText());
        if (c instanceof JTabbedPane tabs) for (int i = 0; i < tabs.getTabCount(); i++) texts.add(tabs.getTitleAt(i));
        if (c instanceof JComboBox<?> box) for (int i = 0; i < box.getItemCount(); i++) texts.add(String.valueOf(box.getItemAt(i)));
        if (c instanceof Frame f) texts.add(f.getTitle());
        if (c instanceof ChartPanel p) {
            JFreeChart chart = p.getChart();
            texts.add(chart.getTitle().getText());
            for (int i = 0; i < chart.getPlot().getLegendItems().getItemCount(); i++)
                texts.add(chart.getPlot().getLegendItems().get(i).getLabel());
        }
        if (c instanceof Container k) for (Component child : k.getComponents()) collect(child, texts);
    }

    /** A label's text without its HTML. */
    static String plain(String text) {
        return text.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").trim();
    }

    private static String bounds(Rectangle r) {
        return r.x + "," + r.y + "," + r.width + "," + r.height;
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
        System.out.println(key + "=" + String.valueOf(value).replace('\n', ' '));
    }
}
