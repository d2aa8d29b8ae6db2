package cocreation.gui;

import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab: MASON's own property inspector over the {@link Levers}, rebuilt when a
 * lesson with another number of arenas is loaded.
 */
final class LeverPanel extends Inspector {
    private static final long serialVersionUID = 1L;
    private final Classroom gui;
    private SimpleInspector inner;

    LeverPanel(Classroom gui) {
        this.gui = gui;
        setLayout(new BorderLayout());
        setVolatile(false);
        rebuild();
    }

    void rebuild() {
        removeAll();
        JLabel hint = new JLabel("<html>Levers, named as in scenario files. Hover over a name for its meaning.</html>");
        hint.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        add(hint, BorderLayout.NORTH);
        inner = new SimpleInspector(new Levers(() -> gui.model().scenario()), gui, "Levers", 200);
        add(inner, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    @Override
    public void updateInspector() {
        inner.updateInspector();
    }
}
