package cocreation.gui;

import cocreation.scenario.Scenario;
import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import sim.display.Console;
import sim.util.gui.HTMLBrowser;

/**
 * The Console's About tab, turned into the lesson chooser: the preset scenarios by their titles,
 * a button to reload the current one (levers back to the file's values), and the lesson's page.
 */
final class LessonPanel {
    private final Classroom gui;
    private final List<Path> files = new ArrayList<>();
    final JComboBox<String> choice = new JComboBox<>();
    final JPanel panel = new JPanel(new BorderLayout());
    private final HTMLBrowser page;
    private boolean updating;

    LessonPanel(Classroom gui, Console console) {
        this.gui = gui;
        Texts t = gui.texts();
        files.addAll(gui.presets());
        Path current = gui.scenarioFile();
        if (current != null && files.stream().noneMatch(f -> same(f, current))) files.add(0, current);
        for (Path f : files) choice.addItem(Lessons.title(t, Lessons.name(f)));
        page = new HTMLBrowser("");
        // The list takes what the label and the button leave of the Console's narrow column.
        JPanel top = new JPanel(new BorderLayout(4, 0));
        top.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 4, 4, 4));
        top.add(new JLabel(t.get("lesson.choose")), BorderLayout.WEST);
        top.add(choice, BorderLayout.CENTER);
        JButton reload = new JButton(t.get("lesson.reload"));
        reload.setToolTipText(t.get("lesson.reload.tip"));
        top.add(reload, BorderLayout.EAST);
        panel.add(top, BorderLayout.NORTH);
        panel.add(page, BorderLayout.CENTER);
        // Replace MASON's About page (the static one) with the chooser and the lesson's page.
        JTabbedPane tabs = console.getTabPane();
        int about = tabs.indexOfTab("About");
        if (about >= 0) tabs.removeTabAt(about);
        tabs.insertTab(t.get("tab.lesson"), null, panel, t.get("tab.lesson.tip"), Math.max(0, about));
        tabs.setSelectedComponent(panel);
        select(current);
        show(gui.model().scenario());
        choice.addActionListener(e -> {
            if (!updating && choice.getSelectedIndex() >= 0) load(files.get(choice.getSelectedIndex()));
        });
        reload.addActionListener(e -> load(gui.scenarioFile()));
    }

    private void load(Path file) {
        if (file != null && !gui.choose(file)) select(gui.scenarioFile());
    }

    private void select(Path file) {
        updating = true;
        for (int i = 0; i < files.size(); i++) if (file != null && same(files.get(i), file)) choice.setSelectedIndex(i);
        updating = false;
    }

    /** Shows the page of the lesson now loaded, and the chart it talks about. */
    void show(Scenario s) {
        page.setText(Lessons.about(gui.texts(), s));
        String chart = Lessons.chart(gui.texts(), s.name);
        if (chart != null) gui.frame.focus(chart);
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
