package cocreation.gui;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.awt.GraphicsConfiguration;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import javax.swing.JOptionPane;
import javax.swing.JTabbedPane;
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
 * The classroom window: MASON's Console (play, pause, step, stop, seed, levers, lesson) beside
 * one frame with the community, the idea pipeline and the live charts, tiled to fit the screen,
 * around the same {@link Municipality} the headless run uses. Before the first step it shows the
 * community as it will start (week 0). Nothing here changes what the model does; the levers
 * write the scenario the model reads each week.
 */
public final class Classroom extends GUIState {
    static final String NAME = "Co-creation classroom";
    /** MASON's English tab titles and the keys of their titles in the window's language. */
    private static final Map<String, String> TABS = Map.of("Console", "tab.console", "Displays", "tab.displays",
            "Inspectors", "tab.inspectors", "Model", "tab.levers");

    private final Texts texts;
    private final List<Path> presets;
    private Path scenarioFile;
    final CommunityView view;
    final Caption caption;
    private final ArenaFloor arenaFloor;
    private final NetworkPortrayal2D withinPortrayal = new NetworkPortrayal2D();
    private final NetworkPortrayal2D acrossPortrayal = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D peoplePortrayal = new ContinuousPortrayal2D();
    Display2D display;
    ClassroomFrame frame;
    LessonPanel lessonPanel;
    private LeverPanel levers;
    private final ConcurrentLinkedQueue<WeekReport> reports = new ConcurrentLinkedQueue<>();
    /** Charts redraw at most ten times a second, however fast the weeks go; the display draws every week. */
    private final Timer chartTimer = new Timer(100, e -> drain());
    private volatile int run;
    private final CountDownLatch closed = new CountDownLatch(1);

    public Classroom(Scenario scenario, Path scenarioFile, List<Path> presets, Language language) {
        super(new Municipality(scenario));
        this.texts = Texts.of(language);
        this.scenarioFile = scenarioFile;
        this.presets = new ArrayList<>(presets);
        view = new CommunityView(texts);
        caption = new Caption(view, () -> Lessons.title(texts, model().scenario().name));
        arenaFloor = new ArenaFloor(view);
    }

    public static String getName() {
        return NAME;
    }

    public static Object getInfo() {
        return "<html><body><p>" + NAME + "</p></body></html>";
    }

    Municipality model() {
        return (Municipality) state;
    }

    Texts texts() {
        return texts;
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
        display = new Display2D(CommunityView.DISPLAY_WIDTH, CommunityView.DISPLAY_HEIGHT, this);
        display.setBackdrop(Palette.BACKGROUND);
        display.attach(withinPortrayal, texts.get("layer.within"));
        display.attach(acrossPortrayal, texts.get("layer.across"));
        display.attach(arenaFloor, texts.get("layer.arena"));
        display.attach(peoplePortrayal, texts.get("layer.people"));
        display.attach(caption, texts.get("layer.caption"));
        // The view's fields live as long as the window; a run or a preview refills them.
        withinPortrayal.setField(new SpatialNetwork2D(view.space, view.within));
        withinPortrayal.setPortrayalForAll(new TiePortrayal(false));
        acrossPortrayal.setField(new SpatialNetwork2D(view.space, view.across));
        acrossPortrayal.setPortrayalForAll(new TiePortrayal(true));
        peoplePortrayal.setField(view.space);
        peoplePortrayal.setPortrayalForAll(new PersonPortrayal());
        frame = new ClassroomFrame(display, texts);
        c.registerFrame(frame.frame);
        chartTimer.start();
        if (c instanceof Console) lessonPanel = new LessonPanel(this, (Console) c);
        preview();
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
        // Opening a checkpoint rebuilds the Console's Model tab with MASON's title.
        if (controller instanceof Console) SwingUtilities.invokeLater(() -> retitleTabs((Console) controller));
    }

    private void setupPortrayals() {
        Municipality m = model();
        run++;
        reports.clear();
        view.reset(m);
        WeekReport first = WeekReport.of(run, m);
        Runnable reset = () -> frame.restart(first);
        if (SwingUtilities.isEventDispatchThread()) reset.run();
        else SwingUtilities.invokeLater(reset);
        scheduleRepeatingImmediatelyAfter(s -> report());
        display.reset();
        display.repaint();
    }

    /**
     * Before Play (and after Stop, when a lever that shapes the community moves): the community
     * as the next run will start, built by a model of its own that is never stepped, from the
     * same scenario and seed.
     */
    private void preview() {
        Municipality p = new Municipality(model().scenario());
        p.setSeed(model().fullSeed());
        p.start();
        view.reset(p);
        frame.restart(WeekReport.of(run, p));
        display.repaint();
    }

    private boolean stopped() {
        return !(controller instanceof Console) || ((Console) controller).getPlayState() == Console.PS_STOPPED;
    }

    /** A lever moved (on the Swing thread): a lever used only when the community is built shows its effect before Play. */
    void leverMoved(boolean atStart) {
        if (atStart && stopped() && frame != null) preview();
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
        if (!weeks.isEmpty()) frame.append(weeks);
    }

    /** Loads another lesson: stops the run and replaces the model with one of the new scenario. */
    boolean choose(Path file) {
        Scenario s;
        try {
            s = ScenarioReader.read(file, List.of());
        } catch (ScenarioException e) {
            JOptionPane.showMessageDialog(frame.frame, String.join("\n", e.problems()), texts.format("load.failed", file),
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
        run++;
        levers.rebuild();
        console.setWhenShouldEnd(s.steps);
        lessonPanel.show(s);
        preview();
        return true;
    }

    @Override
    public Inspector getInspector() {
        if (levers == null) levers = new LeverPanel(this);
        return levers;
    }

    LeverPanel levers() {
        return levers;
    }

    @Override
    public void quit() {
        super.quit();
        chartTimer.stop();
        if (frame != null) frame.dispose();
        frame = null;
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

    /** Opens the window with its Console, in a language. */
    public static Console open(Scenario scenario, Path scenarioFile, List<Path> presets, Language language) throws Exception {
        Classroom gui = new Classroom(scenario, scenarioFile, presets, language);
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

    /** The Console on the right, the classroom frame on the rest of the screen, without overlap. */
    private void arrange(Console console) {
        console.setTitle(texts.get("title"));
        retitleTabs(console);
        Tiles.Screen t = Tiles.of(usable(frame.frame.getGraphicsConfiguration()));
        frame.frame.setBounds(t.frame());
        frame.frame.validate();
        frame.frame.setVisible(true);
        console.setBounds(t.console());
    }

    /** A screen's area without its task bars. */
    static Rectangle usable(GraphicsConfiguration gc) {
        Rectangle b = gc.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
    }

    /** The Console's tabs in the window's language, in one row, the levers beside the lesson. */
    private void retitleTabs(Console console) {
        JTabbedPane tabs = console.getTabPane();
        tabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            String key = TABS.get(tabs.getTitleAt(i));
            if (key != null) tabs.setTitleAt(i, texts.get(key));
        }
        for (int i = 2; i < tabs.getTabCount(); i++)
            if (levers != null && SwingUtilities.isDescendingFrom(levers, tabs.getComponentAt(i))) {
                java.awt.Component c = tabs.getComponentAt(i);
                String title = tabs.getTitleAt(i);
                tabs.removeTabAt(i);
                tabs.insertTab(title, null, c, null, 1);
            }
    }
}
