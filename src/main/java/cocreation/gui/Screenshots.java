package cocreation.gui;

import cocreation.output.AtomicFiles;
import cocreation.scenario.Scenario;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;
import org.jfree.chart.JFreeChart;
import sim.display.Console;

/**
 * Drives the real window with the Console's own buttons (pause to start, play to step), then
 * snapshots the whole window as it fills the screen, the community, the charts, the pipeline,
 * the levers and the lesson, and optionally measures how many weeks per second are drawn while
 * playing. The README's pictures and the GUI test both come from here.
 */
public final class Screenshots {
    /** File names of the English snapshots, in the order they are taken; other languages add -TAG. */
    public static final List<String> FILES = List.of("gui-window.png", "gui-network.png", "gui-charts.png", "gui-pipeline.png",
            "gui-levers.png", "gui-lesson.png");

    /** An open window after its snapshots: the week shown and the images by file name. */
    public record Session(Console console, Classroom gui, int week, Map<String, BufferedImage> images) {
    }

    /** Weeks stepped by the model and drawn by the display over {@code seconds} of play. */
    public record Rate(long weeksStepped, long weeksDrawn, double seconds) {
        /** Weeks stepped per second. */
        public double stepped() {
            return weeksStepped / seconds;
        }

        /** Weeks drawn per second. */
        public double drawn() {
            return weeksDrawn / seconds;
        }
    }

    private Screenshots() {
    }

    /** A snapshot's file name in a language: gui-window.png, gui-window-nb.png. */
    static String file(String name, Language language) {
        return language == Language.EN ? name : name.replace(".png", "-" + language.tag + ".png");
    }

    /** Opens the window, runs {@code weeks} weeks step by step and takes the snapshots. */
    public static Session run(Scenario scenario, Path file, List<Path> presets, Language language, int weeks) throws Exception {
        Console console = Classroom.open(scenario, file, presets, language);
        Classroom gui = (Classroom) console.getSimulation();
        play(console, gui, weeks);
        return new Session(console, gui, gui.model().week(), snap(console, gui));
    }

    /** Starts paused, as a teacher would, and steps {@code weeks} weeks with the Play button. */
    static void play(Console console, Classroom gui, int weeks) throws Exception {
        onSwing(() -> {
            console.setPlaySleep(0);
            console.setNumStepsPerStepButtonPress(1);
            console.pressPause(); // stopped -> started and paused
            return null;
        });
        for (int i = 0; i < weeks; i++) onSwing(() -> {
            console.pressPlay(); // paused -> one step
            return null;
        });
        onSwing(() -> {
            gui.drain(); // the charts catch up now rather than at their next tick
            return null;
        });
    }

    /** The snapshots of an open window, by file name; the window is left showing its Levers tab. */
    static Map<String, BufferedImage> snap(Console console, Classroom gui) throws Exception {
        Language language = gui.texts().language;
        Map<String, BufferedImage> m = new LinkedHashMap<>();
        m.put(file(FILES.get(5), language), tab(console, gui.lessonPanel.panel));
        m.put(file(FILES.get(4), language), tab(console, gui.levers()));
        m.put(file(FILES.get(0), language), onSwing(() -> screen(console, gui)));
        m.put(file(FILES.get(1), language), onSwing(() -> gui.display.insideDisplay.paint(null, true, false)));
        m.put(file(FILES.get(2), language), onSwing(() -> charts(gui.frame)));
        m.put(file(FILES.get(3), language), onSwing(() -> paint(gui.frame.pipelinePanel)));
        Map<String, BufferedImage> ordered = new LinkedHashMap<>();
        for (String f : FILES) ordered.put(file(f, language), m.get(file(f, language)));
        return ordered;
    }

    /** Plays from where the session is for some seconds, then pauses, counting weeks stepped and drawn. */
    public static Rate measure(Session session, double seconds) throws Exception {
        Console console = session.console();
        Classroom gui = session.gui();
        long s0 = gui.model().schedule.getSteps();
        int d0 = gui.caption.weeksDrawn();
        long t0 = System.nanoTime();
        onSwing(() -> {
            console.pressPause(); // paused -> playing
            return null;
        });
        Thread.sleep((long) (seconds * 1000));
        onSwing(() -> {
            if (console.getPlayState() == Console.PS_PLAYING) console.pressPause();
            return null;
        });
        double elapsed = (System.nanoTime() - t0) / 1e9;
        return new Rate(gui.model().schedule.getSteps() - s0, gui.caption.weeksDrawn() - d0, elapsed);
    }

    /** Writes the snapshots as PNG files, each atomically, after all have been encoded. */
    public static List<Path> write(Session session, Path dir) throws IOException {
        Map<Path, byte[]> encoded = new LinkedHashMap<>();
        for (Map.Entry<String, BufferedImage> e : session.images().entrySet())
            encoded.put(dir.resolve(e.getKey()), png(e.getValue()));
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : encoded.entrySet()) {
            AtomicFiles.write(e.getKey(), e.getValue());
            written.add(e.getKey());
        }
        return written;
    }

    /** Stops the run and closes the windows without quitting the program. */
    public static void close(Session session) throws Exception {
        onSwing(() -> {
            session.console().pressStop();
            session.gui().quit();
            session.console().dispose();
            return null;
        });
    }

    /** The Console showing the tab that holds a component (laid out before painting). */
    private static BufferedImage tab(Console console, Component content) throws Exception {
        onSwing(() -> {
            JTabbedPane tabs = console.getTabPane();
            for (int i = 0; i < tabs.getTabCount(); i++)
                if (SwingUtilities.isDescendingFrom(content, tabs.getComponentAt(i))) tabs.setSelectedIndex(i);
            console.validate();
            return null;
        });
        return onSwing(() -> paint(console.getContentPane()));
    }

    /** The screen as the window tiles it: each visible frame's content at its place. */
    static BufferedImage screen(Console console, Classroom gui) {
        List<Window> frames = List.of(gui.frame.frame, console);
        Rectangle all = new Rectangle();
        for (Window w : frames) all = all.isEmpty() ? w.getBounds() : all.union(w.getBounds());
        BufferedImage img = new BufferedImage(all.width, all.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        for (Window w : frames) {
            Component c = ((RootPaneContainer) w).getRootPane();
            Point at = SwingUtilities.convertPoint(c, 0, 0, w);
            Graphics2D part = (Graphics2D) g.create(w.getX() - all.x + at.x, w.getY() - all.y + at.y, c.getWidth(), c.getHeight());
            c.printAll(part);
            part.dispose();
        }
        g.dispose();
        return img;
    }

    /** Every time-series chart at once: the headline large on the left, the others two by two. */
    static BufferedImage charts(ClassroomFrame frame) {
        List<JFreeChart> charts = frame.live.charts();
        int w = 450, h = 300;
        BufferedImage img = new BufferedImage(w * 3, h * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.drawImage(charts.get(0).createBufferedImage(w, 2 * h), 0, 0, null);
        for (int i = 1; i < charts.size() && i <= 4; i++)
            g.drawImage(charts.get(i).createBufferedImage(w, h), w * (1 + (i - 1) % 2), h * ((i - 1) / 2), null);
        g.dispose();
        return img;
    }

    static BufferedImage paint(Component c) {
        BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        c.printAll(g);
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Runs on the Swing thread and waits, passing exceptions on. */
    static <T> T onSwing(Callable<T> task) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result[0] = task.call();
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure[0] != null) throw failure[0];
        @SuppressWarnings("unchecked") T t = (T) result[0];
        return t;
    }
}
