package cocreation.gui;

import cocreation.output.Charts;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import sim.display.Display2D;

/**
 * The classroom's one frame beside MASON's Console: the community display, the idea pipeline,
 * the headline chart (ideas put to use) and the other charts in tabs, laid out by {@link Tiles}
 * so that nothing overlaps and the community fills its tile at any size. Only touched on the Swing thread.
 */
final class ClassroomFrame {
    static final int EXPORT_WIDTH = Charts.DEFAULT_WIDTH, EXPORT_HEIGHT = Charts.DEFAULT_HEIGHT;
    private final Texts texts;
    final Display2D display;
    final LiveCharts live;
    final PipelineView pipeline;
    final JFrame frame;
    final JPanel pipelinePanel = new JPanel();
    final JTabbedPane chartTabs = new JTabbedPane();
    final ChartPanel headline;

    ClassroomFrame(Display2D display, Texts texts) {
        this.display = display;
        this.texts = texts;
        live = new LiveCharts(texts);
        pipeline = new PipelineView(texts);
        pipelinePanel.setLayout(new Placed(d -> {
            int w = (int) Math.round(d.width * 0.45);
            return new Rectangle[] {new Rectangle(0, 0, w, d.height), new Rectangle(w, 0, d.width - w, d.height)};
        }));
        pipelinePanel.add(panel(pipeline.testsChart));
        pipelinePanel.add(panel(pipeline.stagesChart));
        headline = panel(live.headline());
        chartTabs.setTabLayoutPolicy(JTabbedPane.SCROLL_TAB_LAYOUT); // one row that stays put
        for (int i = 1; i < LiveCharts.SPECS.size(); i++)
            chartTabs.addTab(texts.get("tab." + LiveCharts.SPECS.get(i).name()), panel(live.charts().get(i)));
        JPanel charts = new JPanel(new BorderLayout());
        charts.add(chartTabs, BorderLayout.CENTER);
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.RIGHT, 4, 2));
        JButton save = new JButton(texts.get("save"));
        save.addActionListener(e -> chooseAndExport());
        bar.add(save);
        charts.add(bar, BorderLayout.SOUTH);

        frame = new JFrame(texts.get("frame.title"));
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JPanel root = new JPanel(new Placed(d -> {
            Tiles.Frame t = Tiles.inside(d.width, d.height);
            return new Rectangle[] {t.community(), t.pipeline(), t.headline(), t.charts()};
        }));
        // MASON always shows scroll bars; the field fits, so they appear only when the teacher zooms in.
        display.display.setVerticalScrollBarPolicy(javax.swing.ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED);
        display.display.setHorizontalScrollBarPolicy(javax.swing.ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        display.display.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fitDisplay();
            }
        });
        root.add(display);
        root.add(pipelinePanel);
        root.add(headline);
        root.add(charts);
        frame.setContentPane(root);
    }

    private static ChartPanel panel(JFreeChart chart) {
        // Drawn at its own size down to 200 x 150, so that fonts keep their size instead of shrinking.
        ChartPanel p = new ChartPanel(chart, 400, 300, 200, 150, 2400, 1600, true, true, true, true, true, true);
        p.setPreferredSize(new Dimension(300, 200));
        return p;
    }

    /** Shows the charts' tab of this name (a chart spec's name), if there is one. */
    void focus(String chart) {
        for (int i = 1; i < LiveCharts.SPECS.size(); i++)
            if (LiveCharts.SPECS.get(i).name().equals(chart)) chartTabs.setSelectedIndex(i - 1);
    }

    void clear() {
        live.clear();
        pipeline.clear();
    }

    /** Starts the charts again from one week (week 0 before the first step). */
    void restart(WeekReport first) {
        clear();
        if (first.row() != null) live.append(List.of(first.row()));
        pipeline.show(first);
    }

    void append(List<WeekReport> weeks) {
        List<double[]> rows = new ArrayList<>();
        for (WeekReport w : weeks) if (w.row() != null) rows.add(w.row());
        live.append(rows);
        pipeline.show(weeks.get(weeks.size() - 1));
    }

    /** Every chart by file name, the headline first. */
    Map<String, JFreeChart> charts() {
        Map<String, JFreeChart> all = new LinkedHashMap<>();
        for (int i = 0; i < LiveCharts.SPECS.size(); i++) all.put(LiveCharts.SPECS.get(i).name(), live.charts().get(i));
        all.put("pipeline-tests", pipeline.testsChart);
        all.put("pipeline-stages", pipeline.stagesChart);
        return all;
    }

    /** Writes every chart as name.png and name.svg into a folder; returns the files written. */
    List<Path> export(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, JFreeChart> e : charts().entrySet()) {
            Charts.writePngAndSvg(dir.resolve(e.getKey()), e.getValue(), EXPORT_WIDTH, EXPORT_HEIGHT);
            written.add(dir.resolve(e.getKey() + ".png"));
            written.add(dir.resolve(e.getKey() + ".svg"));
        }
        return written;
    }

    private void chooseAndExport() {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(texts.get("save.folder"));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) return;
        Path dir = chooser.getSelectedFile().toPath();
        try {
            List<Path> files = export(dir);
            JOptionPane.showMessageDialog(frame, texts.format("save.done", files.size(), dir), texts.get("save.done.title"),
                    JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(frame, texts.format("save.failed", dir, e.getMessage()), texts.get("save.failed.title"),
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    /**
     * Zooms the community so that its field fills the display's scrolling area without scroll bars,
     * whatever the screen; in steps of 0.01, which the display's header shows as they are.
     */
    private void fitDisplay() {
        java.awt.Insets in = display.display.getInsets();
        int w = display.display.getWidth() - in.left - in.right - 4, h = display.display.getHeight() - in.top - in.bottom - 4;
        double scale = Math.floor(100 * Math.min(w / CommunityView.DISPLAY_WIDTH, h / CommunityView.DISPLAY_HEIGHT)) / 100;
        if (scale > 0 && Math.abs(scale - display.getScale()) > 1e-3) {
            display.setScale(scale);
            display.display.revalidate();
            display.repaint();
        }
    }

    void dispose() {
        display.quit();
        frame.dispose();
    }

    /** Places a container's components, in order, in rectangles computed from its size. */
    private record Placed(Function<Dimension, Rectangle[]> tiles) implements LayoutManager {
        @Override
        public void layoutContainer(Container parent) {
            Rectangle[] r = tiles.apply(parent.getSize());
            for (int i = 0; i < parent.getComponentCount(); i++) parent.getComponent(i).setBounds(r[i]);
        }

        @Override
        public Dimension preferredLayoutSize(Container parent) {
            return parent.getSize();
        }

        @Override
        public Dimension minimumLayoutSize(Container parent) {
            return new Dimension(300, 200);
        }

        @Override
        public void addLayoutComponent(String name, Component comp) {
        }

        @Override
        public void removeLayoutComponent(Component comp) {
        }
    }
}
