package cocreation.gui;

import cocreation.scenario.Scenario;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
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
 * The Console's About tab, turned into the lesson chooser: a list of the preset scenarios, a
 * button to reload the current one (levers back to the file's values), and the lesson's page.
 */
final class LessonPanel {
    private final Classroom gui;
    private final List<Path> files = new ArrayList<>();
    private final JComboBox<String> choice = new JComboBox<>();
    private final HTMLBrowser page;
    private boolean updating;

    LessonPanel(Classroom gui, Console console) {
        this.gui = gui;
        files.addAll(gui.presets());
        Path current = gui.scenarioFile();
        if (current != null && files.stream().noneMatch(f -> same(f, current))) files.add(0, current);
        for (Path f : files) choice.addItem(Lessons.name(f));
        page = new HTMLBrowser("");
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel("Lesson:"));
        top.add(choice);
        JButton reload = new JButton("Reload");
        reload.setToolTipText("Stop and load the lesson again, with the levers as in its file.");
        top.add(reload);
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(top, BorderLayout.NORTH);
        panel.add(page, BorderLayout.CENTER);
        // Replace MASON's About page (the static one) with the chooser and the lesson's page.
        JTabbedPane tabs = console.getTabPane();
        int about = tabs.indexOfTab("About");
        if (about >= 0) tabs.removeTabAt(about);
        tabs.insertTab("About", null, panel, "The lesson: what to try and what to watch", Math.max(0, about));
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

    /** Shows the page of the lesson now loaded. */
    void show(Scenario s) {
        page.setText(Lessons.about(s.name, s.description));
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
