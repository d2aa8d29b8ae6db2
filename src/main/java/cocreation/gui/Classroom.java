package cocreation.gui;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The classroom window: MASON's Console (play, pause, step, stop, seed) around the same
 * {@link Municipality} the headless run uses, with the community display, live charts, the idea
 * pipeline, the levers and the lesson presets. Nothing here changes what the model does; the
 * levers write the scenario the model reads each week.
 */
public final class Classroom extends GUIState {
    static final String TITLE = "Co-creation classroom";

    private final List<Path> presets;
    private Path scenarioFile;
    final CommunityView view = new CommunityView();
    final Caption caption = new Caption(view);
    private final ArenaFloor arenaFloor = new ArenaFloor(view);
    private final NetworkPortrayal2D withinPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D acrossPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D peoplePortrayal = new ContinuousPortrayal2D();
    Display2D display;
    JFrame displayFrame;
    ChartWindows windows;
    LessonPanel lessonPanel;
    private LeverPanel levers;
    private final ConcurrentLinkedQueue<WeekReport> reports = new ConcurrentLinkedQueue<>();
    /** Charts redraw at most ten times a second, however fast the weeks go; the display draws every week. */
    private final Timer chartTimer = new Timer(100, e -> drain());
    private volatile int run;
    private final CountDownLatch closed = new CountDownLatch(1);

    public Classroom(Scenario scenario, Path scenarioFile, List<Path> presets) {
        super(new Municipality(scenario));
        this.scenarioFile = scenarioFile;
        this.presets = new ArrayList<>(presets);
    }

    public static String getName() {
        return TITLE;
    }

    public static Object getInfo() {
        return Lessons.about("(none chosen)", "Choose a lesson above, then press Play.");
    }

    Municipality model() {
        return (Municipality) state;
    }

    List<Path> presets() {
        return presets;
    }

    Path scenarioFile() {
        return scenarioFile;
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(1050, 750, this);
        display.setBackdrop(Palette.BACKGROUND);
        displayFrame = display.createFrame();
        displayFrame.setTitle("Community: people, ties and arenas");
        c.registerFrame(displayFrame);
        display.attach(withinPortrayal, "Ties within sectors");
        display.attach(acrossPortrayal, "Ties across sectors");
        display.attach(arenaFloor, "Arena in session");
        display.attach(peoplePortrayal, "People");
        display.attach(caption, "Caption and legend");
        displayFrame.setVisible(true);
        windows = new ChartWindows(this);
        c.registerFrame(windows.chartsFrame);
        c.registerFrame(windows.pipelineFrame);
        windows.chartsFrame.setVisible(true);
        windows.pipelineFrame.setVisible(true);
        chartTimer.start();
        if (c instanceof Console) {
            Console console = (Console) c;
            lessonPanel = new LessonPanel(this, console);
        }
        view.clear();
    }

    @Override
    public void start() {
        super.start();
        // Stop where the headless run stops, unless the teacher set another limit.
        if (controller instanceof Console && ((Console) controller).getWhenShouldEnd() == Long.MAX_VALUE)
            ((Console) controller).setWhenShouldEnd(model().scenario().steps);
        setupPortrayals();
    }

    @Override
    public void load(SimState state) {
        super.load(state);
        setupPortrayals();
    }

    private void setupPortrayals() {
        Municipality m = model();
        run++;
        reports.clear();
        view.reset(m);
        withinPortrayal.setField(new SpatialNetwork2D(view.space, view.within));
        withinPortrayal.setPortrayalForAll(new TiePortrayal(false));
        acrossPortrayal.setField(new SpatialNetwork2D(view.space, view.across));
        acrossPortrayal.setPortrayalForAll(new TiePortrayal(true));
        peoplePortrayal.setField(view.space);
        peoplePortrayal.setPortrayalForAll(new PersonPortrayal());
        WeekReport first = WeekReport.of(run, m);
        Runnable reset = () -> {
            windows.clear();
            windows.show(first);
        };
        if (SwingUtilities.isEventDispatchThread()) reset.run();
        else SwingUtilities.invokeLater(reset);
        scheduleRepeatingImmediatelyAfter(s -> report());
        display.reset();
        display.repaint();
    }

    /** After each week, on the model thread: update the view and queue the charts' numbers. */
    private void report() {
        view.update();
        reports.add(WeekReport.of(run, model()));
    }

    /** On the Swing thread: hand every queued week of the current run to the charts at once. */
    void drain() {
        List<WeekReport> weeks = new ArrayList<>();
        for (WeekReport w; (w = reports.poll()) != null; ) if (w.run() == run) weeks.add(w);
        if (!weeks.isEmpty()) windows.append(weeks);
    }

    /** Loads another lesson: stops the run and replaces the model with one of the new scenario. */
    boolean choose(Path file) {
        Scenario s;
        try {
            s = ScenarioReader.read(file, List.of());
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(displayFrame, String.join("\n", e.problems()), "Cannot load " + file,
                    JOptionPane.ERROR_MESSAGE);
            return false;
        }
        s.name = Lessons.name(file);
        Console console = (Console) controller;
        console.pressStop();
        synchronized (state.schedule) {
            state = new Municipality(s);
        }
        scenarioFile = file;
        view.clear();
        windows.clear();
        levers.rebuild();
        console.setWhenShouldEnd(s.steps);
        lessonPanel.show(s);
        display.repaint();
        return true;
    }

    @Override
    public Inspector getInspector() {
        if (levers == null) levers = new LeverPanel(this);
        return levers;
    }

    @Override
    public void quit() {
        super.quit();
        chartTimer.stop();
        if (displayFrame != null) displayFrame.dispose();
        if (windows != null) windows.dispose();
        displayFrame = null;
        display = null;
        closed.countDown();
    }

    /** Blocks until the window is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Asks Java2D to draw in process rather than through X11's XRender, unless the user chose:
     * 20,000 one-pixel ties draw several times faster in software, which keeps a 5,000-person
     * community above 10 drawn weeks per second. Must run before the first window opens; other
     * platforms ignore these properties.
     */
    public static void prepareJava2D() {
        if (System.getProperty("sun.java2d.xrender") == null) System.setProperty("sun.java2d.xrender", "false");
        if (System.getProperty("sun.java2d.pmoffscreen") == null) System.setProperty("sun.java2d.pmoffscreen", "false");
    }

    /** Opens the window with its Console. */
    public static Console open(Scenario scenario, Path scenarioFile, List<Path> presets) throws Exception {
        Classroom gui = new Classroom(scenario, scenarioFile, presets);
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> {
            console[0] = new Console(gui);
            // Stop and Play repeat the run with the same seed, so a lesson compares like with like;
            // the seed can still be changed in the Console tab.
            console[0].setIncrementSeedOnStop(false);
            gui.arrange(console[0]);
            console[0].setVisible(true);
        });
        return console[0];
    }

    /** Console beside the display, the charts and pipeline beside the Console, kept on screen. */
    private void arrange(Console console) {
        java.awt.Rectangle screen = displayFrame.getGraphicsConfiguration().getBounds();
        displayFrame.setLocation(screen.x, screen.y);
        console.setSize(540, Math.min(displayFrame.getHeight(), screen.height));
        int x = Math.min(displayFrame.getWidth(), screen.width - console.getWidth());
        console.setLocation(screen.x + x, screen.y);
        windows.place(screen, screen.x + x + console.getWidth(), screen.y);
    }
}
