package cocreation.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.Scrollable;
import sim.portrayal.Inspector;

/**
 * The Console's Levers tab: the {@link Levers} in three groups (the municipality; the people;
 * each arena with its depth and eight principles), each a plain label over a slider between the
 * words for its two ends, or a list of choices in plain words. The tooltip gives the meaning,
 * the path in scenario files and when the lever acts. Rebuilt when a lesson is loaded.
 */
final class LeverPanel extends Inspector implements Scrollable {
    private static final long serialVersionUID = 1L;
    /** Slider steps over a lever's range: 0.01 on the 0..1 dials, as lessons and files write them. */
    static final int STEPS = 100;
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 13), END = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color MUTED = new Color(0x555555);
    /** Width at which hints and headings wrap, in the Console's column. */
    private static final int WRAP = 250;
    private final transient Classroom gui;
    private transient Levers levers;
    private final transient List<Runnable> refresh = new ArrayList<>();
    private final transient List<JLabel> ends = new ArrayList<>();
    private final JPanel rows = new JPanel(new GridBagLayout());
    private boolean updating;

    LeverPanel(Classroom gui) {
        this.gui = gui;
        setLayout(new BorderLayout());
        setVolatile(false);
        add(rows, BorderLayout.NORTH);
        rebuild();
    }

    Levers levers() {
        return levers;
    }

    void rebuild() {
        Texts texts = gui.texts();
        levers = new Levers(() -> gui.model().scenario(), texts);
        rows.removeAll();
        refresh.clear();
        ends.clear();
        row(hint(texts.get("levers.hint")));
        for (int i = 0; i < levers.numProperties(); i++) {
            if (i == 0 || levers.group(i) != levers.group(i - 1) || levers.arena(i) != levers.arena(i - 1)) row(heading(texts, i));
            row(levers.getDomain(i) instanceof String[] ? choice(i) : slider(i));
        }
        // The ends share one width, so that the sliders line up.
        int w = 0;
        for (JLabel l : ends) w = Math.max(w, l.getPreferredSize().width);
        for (JLabel l : ends) l.setPreferredSize(new java.awt.Dimension(Math.min(w, 110), l.getPreferredSize().height));
        revalidate();
        repaint();
    }

    private void row(JComponent c) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = 0;
        g.gridy = rows.getComponentCount();
        g.weightx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        g.insets = new Insets(1, 6, 1, 6);
        rows.add(c, g);
    }

    /** Text that wraps within the Console's column. */
    private static String wrapping(String text) {
        return "<html><body style='width:" + WRAP + "px'>" + Lessons.escape(text) + "</body></html>";
    }

    private static JLabel hint(String text) {
        JLabel l = new JLabel(wrapping(text));
        l.setForeground(MUTED);
        return l;
    }

    private JLabel heading(Texts texts, int i) {
        String text = switch (levers.group(i)) {
            case MUNICIPALITY -> texts.get("levers.group.municipality");
            case PEOPLE -> texts.get("levers.group.people");
            case ARENA -> texts.format("levers.group.arena", texts.name(gui.model().scenario().arenas.get(levers.arena(i)).name));
        };
        JLabel l = new JLabel(wrapping(text));
        l.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        l.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(5, 0, 0, 0),
                BorderFactory.createMatteBorder(0, 0, 1, 0, MUTED)));
        return l;
    }

    /** A label and its value over "low end [slider] high end". */
    private JComponent slider(int i) {
        sim.util.Interval range = (sim.util.Interval) levers.getDomain(i);
        double min = range.getMin().doubleValue(), max = range.getMax().doubleValue();
        JLabel value = new JLabel();
        JSlider slider = new JSlider(0, STEPS);
        Runnable show = () -> {
            double v = ((Number) levers.getValue(i)).doubleValue();
            updating = true;
            slider.setValue((int) Math.round((v - min) / (max - min) * STEPS));
            updating = false;
            value.setText(String.format(gui.texts().language.numbers(), "%.2f", v));
        };
        slider.addChangeListener(e -> {
            if (updating) return;
            levers.setValue(i, min + (max - min) * slider.getValue() / STEPS);
            show.run();
            if (!slider.getValueIsAdjusting()) gui.leverMoved(levers.atStart(i));
        });
        show.run();
        refresh.add(show);
        JPanel p = new JPanel(new BorderLayout());
        JPanel top = new JPanel(new BorderLayout());
        top.add(label(levers.label(i)), BorderLayout.WEST);
        top.add(value, BorderLayout.EAST);
        JPanel line = new JPanel(new BorderLayout(4, 0));
        line.add(end(levers.end(i, false), JLabel.RIGHT), BorderLayout.WEST);
        line.add(slider, BorderLayout.CENTER);
        line.add(end(levers.end(i, true), JLabel.LEFT), BorderLayout.EAST);
        p.add(top, BorderLayout.NORTH);
        p.add(line, BorderLayout.CENTER);
        tip(p, levers.getDescription(i));
        return p;
    }

    /** A label over a list of the choices in plain words. */
    private JComponent choice(int i) {
        int n = ((String[]) levers.getDomain(i)).length;
        JComboBox<String> box = new JComboBox<>();
        for (int k = 0; k < n; k++) box.addItem(levers.choice(i, k));
        Runnable show = () -> {
            updating = true;
            box.setSelectedIndex((Integer) levers.getValue(i));
            updating = false;
        };
        box.addActionListener(e -> {
            if (updating || box.getSelectedIndex() < 0) return;
            levers.setValue(i, box.getSelectedIndex());
            gui.leverMoved(levers.atStart(i));
        });
        show.run();
        refresh.add(show);
        JPanel p = new JPanel(new BorderLayout());
        p.add(label(levers.label(i)), BorderLayout.NORTH);
        p.add(box, BorderLayout.CENTER);
        tip(p, levers.getDescription(i));
        return p;
    }

    private static JLabel label(String text) {
        JLabel l = new JLabel(text);
        l.setFont(LABEL);
        return l;
    }

    private JLabel end(String text, int align) {
        JLabel l = new JLabel(text, align);
        l.setFont(END);
        l.setForeground(MUTED);
        ends.add(l);
        return l;
    }

    private static void tip(JComponent c, String tip) {
        c.setToolTipText(tip);
        for (java.awt.Component child : c.getComponents()) if (child instanceof JComponent j) tip(j, tip);
    }

    /** As wide as the Console's tab, so that the sliders' high ends stay in view; scrolled up and down only. */
    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }

    @Override
    public java.awt.Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return 20;
    }

    @Override
    public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
        return visible.height - 40;
    }

    /** Shows the scenario's values again (after a lesson is loaded or reloaded). */
    @Override
    public void updateInspector() {
        for (Runnable r : refresh) r.run();
    }
}
