package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.TestEnvironment;
import cocreation.model.Role;
import cocreation.output.Charts;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The classroom window on a real (virtual) display: the baseline's 5,000 people, driven by the
 * Console's own buttons in a separate JVM ({@link GuiProbe}, since this JVM is headless), must
 * run the same model as the headless run, draw what it should and draw every week it plays.
 * Needs Xvfb or a DISPLAY; skipped without one, except on CI (CI=true), where it must run.
 */
class ClassroomWindowTest {
    private static final int WEEKS = 13; // the monthly arena meets in weeks 1, 5, 9, 13

    @TempDir
    Path tmp;

    @Test
    void windowShowsTheCommunityChartsAndPipelineOfTheSameModel() throws Exception {
        try (VirtualDisplay display = VirtualDisplay.open()) {
            TestEnvironment.require(display != null, "no DISPLAY and no Xvfb on the PATH: the GUI test needs one "
                    + "(apt-get install xvfb, as .ci/run does)");
            Map<String, String> seen = probe(display.name);

            assertEquals(String.valueOf(WEEKS), seen.get("week"));
            assertEquals("true", seen.get("same_as_headless"), "the window runs the headless model, week for week");
            for (String n : seen.get("chart_points").split(","))
                assertTrue(Integer.parseInt(n) >= WEEKS - 1 && Integer.parseInt(n) <= WEEKS, "a point a week: " + n);
            assertEquals(number(seen, "metrics_proposed"), number(seen, "pipeline_proposed"));
            assertEquals(number(seen, "metrics_rejected"), number(seen, "pipeline_rejected"));
            assertEquals(number(seen, "model_waiting"), number(seen, "pipeline_waiting"));
            assertTrue(number(seen, "pipeline_proposed") > 0, "ideas were proposed");
            assertEquals(2 * 6, (int) number(seen, "exported"), "six charts as PNG and SVG");
            assertTrue(ImageIO.read(tmp.resolve("export/trust.png").toFile()).getWidth() > 0);
            assertTrue(Files.readString(tmp.resolve("export/pipeline-stages.svg")).contains("<svg"));

            // How fast is for the benchmark (`cocreation gui --screenshots DIR --measure`), not for a test on a
            // machine of unknown load; what must hold at any speed is that the window plays and draws every week.
            System.out.printf("classroom window, 5,000 people: %s weeks/s played, %s drawn%n", seen.get("stepped_per_second"),
                    seen.get("drawn_per_second"));
            double stepped = number(seen, "weeks_stepped"), drawn = number(seen, "weeks_drawn");
            assertTrue(stepped >= 1, "playing steps the model");
            assertTrue(drawn >= stepped - 1, "every week played is drawn (but the one in hand when paused): " + drawn + " of " + stepped);

            assertEquals("2", seen.get("restart_week"), "stop and play start a new run");
            assertEquals("true", seen.get("restart_same"), "a reset run repeats the first");
            assertEquals("strong-silos", seen.get("lesson"));
            assertEquals(0.9, number(seen, "lesson_silo_strength"));
            assertEquals("3", seen.get("lesson_week"));
            assertEquals("3", seen.get("lesson_chart_points"), "charts restart with the lesson");

            checkCommunity(image("gui-network.png"));
            checkCharts(image("gui-charts.png"));
            checkPipeline(image("gui-pipeline.png"));
            BufferedImage levers = image("gui-levers.png");
            assertTrue(colours(levers, 0, levers.getWidth()) > 10, "levers are drawn");
        }
    }

    private Map<String, String> probe(String display) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Djava.awt.headless=false", "-cp", classpath,
                GuiProbe.class.getName(), tmp.toString(), String.valueOf(WEEKS), "3"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        pb.redirectOutput(tmp.resolve("probe.log").toFile());
        Process p = pb.start();
        boolean done = p.waitFor(100, TimeUnit.SECONDS);
        if (!done) p.destroyForcibly();
        String log = Files.readString(tmp.resolve("probe.log"), StandardCharsets.UTF_8);
        assertTrue(done && p.exitValue() == 0, "the window ran and closed:\n" + log);
        Map<String, String> seen = new HashMap<>();
        for (String line : log.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).matches("[a-z_]+")) seen.put(line.substring(0, eq), line.substring(eq + 1).trim());
        }
        return seen;
    }

    private BufferedImage image(String name) throws IOException {
        File f = tmp.resolve(name).toFile();
        assertTrue(f.isFile(), name + " written");
        BufferedImage img = ImageIO.read(f);
        assertNotNull(img, name + " is a PNG");
        return img;
    }

    private static double number(Map<String, String> seen, String key) {
        assertTrue(seen.containsKey(key), key + " reported");
        return Double.parseDouble(seen.get(key));
    }

    /** The community (left of the legend) shows every role, thinking slowly, ties by trust and the arena. */
    private static void checkCommunity(BufferedImage img) {
        assertTrue(img.getWidth() >= 700 && img.getHeight() >= 500, "display size " + img.getWidth() + "x" + img.getHeight());
        int ring = (int) (img.getWidth() * CommunityLayout.LEGEND_X / CommunityLayout.WIDTH) - 10;
        assertTrue(colours(img, 0, ring) > 50, "the community is drawn");
        // Solid blocks of a colour are symbols, not one-pixel ties that may share the colour.
        for (Role role : Role.values()) {
            int size = role == Role.CITIZEN ? 2 : 3, least = role == Role.CITIZEN ? 500 : 40;
            assertTrue(blocks(img, ring, Palette.role(role).getRGB(), size) >= least, role + " drawn in its colour");
        }
        assertTrue(blocks(img, ring, Palette.SYSTEM2.getRGB(), 3) >= 500, "System 2 moments highlighted");
        List<Integer> within = new ArrayList<>(), across = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            within.add(Palette.tie(i / 10.0, false).getRGB());
            across.add(Palette.tie(i / 10.0, true).getRGB());
        }
        assertTrue(count(img, 0, ring, within::contains) >= 500, "ties within sectors drawn");
        assertTrue(count(img, 0, ring, across::contains) >= 500, "ties across sectors drawn");
        assertTrue(count(img, 0, ring, new Color(0xFFF8E7).getRGB()) >= 200, "the arena in session is drawn");
        assertTrue(count(img, ring, img.getWidth(), rgb -> luminance(rgb) < 80) >= 500, "caption and legend written");
    }

    /** Each series of the time-series charts draws a line, not only its legend entry. */
    private static void checkCharts(BufferedImage img) {
        assertTrue(colours(img, 0, img.getWidth()) > 20, "charts are drawn");
        for (int s = 0; s < 3; s++)
            assertTrue(count(img, 0, img.getWidth(), Charts.color(s).getRGB()) >= 600, "series colour " + s + " drawn");
    }

    private static void checkPipeline(BufferedImage img) {
        assertTrue(count(img, 0, img.getWidth(), PipelineView.TEST.getRGB()) >= 500, "the three tests' bars");
        assertTrue(count(img, 0, img.getWidth(), PipelineView.NOW.getRGB()) >= 100, "ideas waiting now");
    }

    private static int count(BufferedImage img, int x0, int x1, int rgb) {
        return count(img, x0, x1, c -> c == rgb);
    }

    private static int count(BufferedImage img, int x0, int x1, IntPredicate match) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = x0; x < x1; x++) if (match.test(img.getRGB(x, y) | 0xFF000000)) n++;
        return n;
    }

    /** Places where a size x size block left of x1 is all one colour. */
    private static int blocks(BufferedImage img, int x1, int rgb, int size) {
        int n = 0;
        for (int y = 0; y + size <= img.getHeight(); y++)
            for (int x = 0; x + size <= x1; x++) {
                boolean all = true;
                for (int dy = 0; dy < size && all; dy++)
                    for (int dx = 0; dx < size && all; dx++) all = (img.getRGB(x + dx, y + dy) | 0xFF000000) == rgb;
                if (all) n++;
            }
        return n;
    }

    private static long colours(BufferedImage img, int x0, int x1) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2)
            for (int x = x0; x < x1; x += 2) seen.add(img.getRGB(x, y));
        return seen.size();
    }

    private static double luminance(int rgb) {
        return 0.2126 * ((rgb >> 16) & 255) + 0.7152 * ((rgb >> 8) & 255) + 0.0722 * (rgb & 255);
    }
}
