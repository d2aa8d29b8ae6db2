package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Scenario;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JSlider;
import org.junit.jupiter.api.Test;

/** The Levers tab as built (Swing components need no display): plain labels, their ends, groups, values written. */
class LeverPanelTest {
    private static Classroom classroom(Language language) {
        Scenario s = new Scenario();
        s.population.citizens = 200;
        s.population.officials = 30;
        s.population.organisations = 10;
        s.arenas.add(new ArenaPlan());
        s.arenas.get(0).name = "monthly arena";
        return new Classroom(s, null, List.of(), language);
    }

    private static void walk(Component c, List<Component> all) {
        all.add(c);
        if (c instanceof Container k) for (Component child : k.getComponents()) walk(child, all);
    }

    private static List<String> labels(LeverPanel panel) {
        List<Component> all = new ArrayList<>();
        walk(panel, all);
        List<String> texts = new ArrayList<>();
        for (Component c : all) if (c instanceof JLabel l) texts.add(GuiProbe.plain(l.getText()));
        return texts;
    }

    @Test
    void levesShowPlainLabelsWithTheirEndsInGroups() {
        LeverPanel panel = new LeverPanel(classroom(Language.EN));
        List<String> shown = labels(panel);
        for (String s : List.of("Time pressure", "relaxed", "rushed", "Leadership", "absent", "strong", "7. Laughter and humour",
                "dull", "lively", "The municipality", "The people", "Arena \u201cmonthly arena\u201d and its eight principles"))
            assertTrue(shown.contains(s), s + " in " + shown);
        assertFalse(shown.stream().anyMatch(t -> t.startsWith("municipality.") || t.startsWith("arenas[")), "no paths as labels: " + shown);
        // The groups in the talk's order.
        assertTrue(shown.indexOf("The municipality") < shown.indexOf("Time pressure"));
        assertTrue(shown.indexOf("The people") < shown.indexOf("Trust at the start"));
        assertTrue(shown.indexOf("Arena \u201cmonthly arena\u201d and its eight principles") < shown.indexOf("1. Physical setting"));
    }

    @Test
    void inNorwegianTheLeversSpeakNorwegian() {
        List<String> shown = labels(new LeverPanel(classroom(Language.NB)));
        for (String s : List.of("Tidspress", "rolig", "hektisk", "Kommunen", "Menneskene", "8. Dele, dele, dele", "0,50"))
            assertTrue(shown.contains(s), s + " in " + shown);
        assertFalse(shown.contains("Time pressure"));
    }

    @Test
    void slidersAndChoicesWriteTheLiveScenario() {
        Classroom gui = classroom(Language.EN);
        LeverPanel panel = new LeverPanel(gui);
        List<Component> all = new ArrayList<>();
        walk(panel, all);
        JSlider pressure = null;
        JComboBox<?> regime = null;
        for (Component c : all) {
            String tip = c instanceof JComponent j ? j.getToolTipText() : null;
            if (tip == null) continue;
            if (c instanceof JSlider s && tip.contains("<tt>municipality.time_pressure</tt>")) pressure = s;
            if (c instanceof JComboBox<?> b && tip.contains("<tt>municipality.regime</tt>")) regime = b;
        }
        assertNotNull(pressure, "a slider for the time pressure");
        assertNotNull(regime, "a list for the regime");
        assertEquals(50, pressure.getValue());
        pressure.setValue(90);
        assertEquals(0.9, gui.model().scenario().municipality.time_pressure, 1e-12, "as files write it");
        assertEquals("Kommune 3.0: co-creation with partners", regime.getItemAt(2));
        regime.setSelectedIndex(2);
        assertEquals("3.0", gui.model().scenario().municipality.regime);
        gui.model().scenario().municipality.time_pressure = 0.2;
        panel.updateInspector();
        assertEquals(20, pressure.getValue(), "shows the scenario's value again");
    }
}
