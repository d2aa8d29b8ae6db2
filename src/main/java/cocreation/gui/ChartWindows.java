package cocreation.gui;

import cocreation.output.Charts;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * The frames beside the display: the live charts (2 x 2) and the idea pipeline, each with a
 * button that saves every chart as PNG and SVG. Only touched on the Swing thread.
 */
final class ChartWindows {
    static final int EXPORT_WIDTH = Charts.DEFAULT_WIDTH, EXPORT_HEIGHT = Charts.DEFAULT_HEIGHT;
    final LiveCharts live = new LiveCharts();
    final PipelineView pipeline = new PipelineView();
    final JFrame chartsFrame;
    final JFrame pipelineFrame;

    ChartWindows(Classroom gui) {
        JPanel grid = new JPanel(new GridLayout(2, 2));
        for (JFreeChart c : live.charts()) grid.add(panel(c, 480, 300));
        chartsFrame = frame("Charts: the concepts over time", grid);
        JPanel bars = new JPanel(new GridLayout(1, 2));
        bars.add(panel(pipeline.testsChart, 420, 360));
        bars.add(panel(pipeline.stagesChart, 520, 360));
        pipelineFrame = frame("Idea pipeline: where ideas are and where they stop", bars);
    }

    private JFrame frame(String title, JPanel content) {
        JFrame f = new JFrame(title);
        f.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JPanel root = new JPanel(new BorderLayout());
        root.add(content, BorderLayout.CENTER);
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        JButton save = new JButton("Save charts as PNG and SVG...");
        save.addActionListener(e -> chooseAndExport(f));
        bar.add(save);
        root.add(bar, BorderLayout.NORTH);
        f.setContentPane(root);
        f.pack();
        return f;
    }

    private static ChartPanel panel(JFreeChart chart, int w, int h) {
        ChartPanel p = new ChartPanel(chart, w, h, 200, 150, 2400, 1600, true, true, true, true, true, true);
        p.setPreferredSize(new Dimension(w, h));
        return p;
    }

    /** Charts at (x, y), the pipeline below them, moved left and up as far as needed to stay on screen. */
    void place(java.awt.Rectangle screen, int x, int y) {
        int cx = Math.max(screen.x, Math.min(x, screen.x + screen.width - chartsFrame.getWidth()));
        chartsFrame.setLocation(cx, y);
        int py = Math.min(y + chartsFrame.getHeight(), screen.y + screen.height - pipelineFrame.getHeight());
        int px = Math.max(screen.x, Math.min(x, screen.x + screen.width - pipelineFrame.getWidth()));
        pipelineFrame.setLocation(px, Math.max(screen.y, py));
    }

    void clear() {
        live.clear();
        pipeline.clear();
    }

    void show(WeekReport w) {
        pipeline.show(w);
    }

    void append(List<WeekReport> weeks) {
        List<double[]> rows = new ArrayList<>();
        for (WeekReport w : weeks) if (w.row() != null) rows.add(w.row());
        live.append(rows);
        pipeline.show(weeks.get(weeks.size() - 1));
    }

    /** Every chart by file name, in the order of the windows. */
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

    private void chooseAndExport(JFrame parent) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle("Folder for the charts");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) return;
        Path dir = chooser.getSelectedFile().toPath();
        try {
            List<Path> files = export(dir);
            JOptionPane.showMessageDialog(parent, files.size() + " files written to " + dir, "Charts saved",
                    JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(parent, "Could not write to " + dir + ": " + e.getMessage(), "Charts not saved",
                    JOptionPane.ERROR_MESSAGE);
        }
    }

    void dispose() {
        chartsFrame.dispose();
        pipelineFrame.dispose();
    }
}
