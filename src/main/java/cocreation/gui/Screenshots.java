package cocreation.gui;

import cocreation.output.AtomicFiles;
import cocreation.scenario.Scenario;
import java.awt.Component;
import java.awt.Graphics2D;
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
import javax.swing.SwingUtilities;
import sim.display.Console;

/**
 * Drives the real window with the Console's own buttons (pause to start, play to step), then
 * snapshots the display, the charts, the pipeline and the levers, and optionally measures how
 * many weeks per second are drawn while playing. The README's pictures and the GUI test both
 * come from here.
 */
public final class Screenshots {
    /** File names of the snapshots, in the order they are taken. */
    public static final List<String> FILES = List.of("gui-network.png", "gui-charts.png", "gui-pipeline.png", "gui-levers.png",
            "gui-lesson.png");

    /** An open window after its snapshots: the week shown and the images. */
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

    /** Opens the window, runs {@code weeks} weeks step by step and takes the snapshots. */
    public static Session run(Scenario scenario, Path file, List<Path> presets, int weeks) throws Exception {
        Console console = Classroom.open(scenario, file, presets);
        Classroom gui = (Classroom) console.getSimulation();
        onSwing(() -> {
            console.setPlaySleep(0);
            console.setNumStepsPerStepButtonPress(1);
            console.pressPause(); // stopped -> started and paused, as a teacher would
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
        Map<String, BufferedImage> images = onSwing(() -> {
            Map<String, BufferedImage> m = new LinkedHashMap<>();
            m.put(FILES.get(0), gui.display.insideDisplay.paint(null, true, false));
            m.put(FILES.get(1), paint(gui.windows.chartsFrame.getContentPane()));
            m.put(FILES.get(2), paint(gui.windows.pipelineFrame.getContentPane()));
            return m;
        });
        images.put(FILES.get(3), tab(console, "Model"));
        images.put(FILES.get(4), tab(console, "About"));
        return new Session(console, gui, gui.model().week(), images);
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

    /** The Console showing one of its tabs (laid out before painting). */
    private static BufferedImage tab(Console console, String title) throws Exception {
        onSwing(() -> {
            console.getTabPane().setSelectedIndex(console.getTabPane().indexOfTab(title));
            console.validate();
            return null;
        });
        return onSwing(() -> paint(console.getContentPane()));
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
