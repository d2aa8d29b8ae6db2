package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.ArenaPlan;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.Scenario;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

class LeversTest {
    private static Scenario withArenas(int n) {
        Scenario s = new Scenario();
        for (int i = 0; i < n; i++) s.arenas.add(new ArenaPlan());
        return s;
    }

    private static int index(Levers levers, String path) {
        int i = levers.paths().indexOf(path);
        assertTrue(i >= 0, path + " is a lever");
        return i;
    }

    @Test
    void everyLeverIsAScenarioParameterWithItsRegistryRangeAndMeaning() {
        Levers levers = new Levers(() -> withArenas(2));
        assertEquals(Levers.MUNICIPALITY.size() + Levers.PEOPLE.size() + 2 * (1 + 8), levers.numProperties(),
                "the municipality's levers, the people's, and each arena's depth and eight principles");
        for (int i = 0; i < levers.numProperties(); i++) {
            String name = levers.getName(i);
            ParameterInfo info = ParameterRegistry.find(name);
            assertNotNull(info, name + " is named as in scenario files");
            assertTrue(levers.getDescription(i).contains(info.doc()), "tooltip of " + name);
            assertTrue(levers.isReadWrite(i));
            if (info.choices().isEmpty()) {
                Interval slider = (Interval) levers.getDomain(i);
                assertEquals(info.min(), slider.getMin().doubleValue(), name);
                assertEquals(info.max(), slider.getMax().doubleValue(), name);
                assertEquals(Double.TYPE, levers.getType(i));
            }
        }
        assertTrue(levers.paths().contains("arenas[1].facilitation.humour"));
        assertTrue(levers.paths().contains("arenas[1].depth"));
    }

    @Test
    void leversAreGroupedAsTheTalkGroupsThem() {
        Levers levers = new Levers(() -> withArenas(2));
        assertEquals(Levers.Group.MUNICIPALITY, levers.group(index(levers, "municipality.regime")));
        assertEquals(Levers.Group.MUNICIPALITY, levers.group(index(levers, "municipality.formality")));
        assertEquals(Levers.Group.PEOPLE, levers.group(index(levers, "population.diversity")));
        assertEquals(Levers.Group.PEOPLE, levers.group(index(levers, "trust.initial")));
        int humour = index(levers, "arenas[1].facilitation.humour");
        assertEquals(Levers.Group.ARENA, levers.group(humour));
        assertEquals(1, levers.arena(humour));
        // Groups follow each other without interleaving, so each gets one heading.
        for (int i = 1; i < levers.numProperties(); i++)
            assertTrue(levers.group(i).compareTo(levers.group(i - 1)) >= 0 && levers.arena(i) >= levers.arena(i - 1), levers.getName(i));
    }

    @Test
    void tooltipGivesTheLabelMeaningAndPathInTheWindowsLanguage() {
        Levers nb = new Levers(() -> withArenas(1), Texts.of(Language.NB));
        int pressure = index(nb, "municipality.time_pressure");
        String tip = nb.getDescription(pressure);
        assertTrue(tip.contains("Tidspress"), tip);
        assertTrue(tip.contains("<tt>municipality.time_pressure</tt>"), "the path stays in the tooltip: " + tip);
        assertTrue(nb.getDescription(index(nb, "trust.initial")).contains(Texts.of(Language.NB).get("levers.at_start")));
    }

    @Test
    void regimeIsAChoiceThatWritesTheLiveScenario() {
        Scenario s = withArenas(1);
        Levers levers = new Levers(() -> s);
        int regime = index(levers, "municipality.regime");
        assertEquals(Integer.TYPE, levers.getType(regime));
        assertArrayEquals(new String[] {"1.0", "2.0", "3.0"}, (String[]) levers.getDomain(regime));
        assertEquals(1, levers.getValue(regime)); // default 2.0
        levers.setValue(regime, Integer.valueOf(2));
        assertEquals("3.0", s.municipality.regime);
        assertNull(levers.setValue(regime, Integer.valueOf(7)), "out-of-range choice refused");
        assertEquals("3.0", s.municipality.regime);
    }

    @Test
    void slidersWriteTheLiveScenarioWithinRange() {
        Scenario s = withArenas(1);
        Levers levers = new Levers(() -> s);
        levers.setValue(index(levers, "municipality.time_pressure"), "0.8");
        assertEquals(0.8, s.municipality.time_pressure);
        levers.setValue(index(levers, "arenas[0].facilitation.safe_atmosphere"), Double.valueOf(0.1));
        assertEquals(0.1, s.arenas.get(0).facilitation.safe_atmosphere);
        levers.setValue(index(levers, "trust.initial"), Double.valueOf(1.7));
        assertEquals(1.0, s.trust.initial, "clamped to the parameter's range");
        assertTrue(levers.getDescription(index(levers, "trust.initial")).contains("Stop"), "says when it applies");
        assertFalse(levers.getDescription(index(levers, "municipality.leadership")).contains("Stop"));
    }

    @Test
    void leversFollowTheScenarioNowLoaded() {
        AtomicReference<Scenario> current = new AtomicReference<>(withArenas(1));
        Levers levers = new Levers(current::get);
        int leadership = index(levers, "municipality.leadership");
        Scenario next = withArenas(1);
        next.municipality.leadership = 0.9;
        current.set(next);
        assertEquals(0.9, levers.getValue(leadership));
    }

    @Test
    void everyLeverHasAPlainLabelAndTheWordsForItsEndsInBothLanguages() {
        for (Language language : Language.values()) {
            Levers levers = new Levers(() -> withArenas(2), Texts.of(language));
            for (int i = 0; i < levers.numProperties(); i++) {
                String path = levers.getName(i);
                assertNotEquals(path, levers.label(i), language + ": a label for " + path);
                if (levers.getDomain(i) instanceof String[] choices) {
                    for (int k = 0; k < choices.length; k++) assertNotEquals(choices[k], levers.choice(i, k), language + " " + path);
                } else {
                    String low = levers.end(i, false), high = levers.end(i, true);
                    assertFalse(low.matches("[0-9.]+") || high.matches("[0-9.]+"), language + ": words at the ends of " + path);
                    assertNotEquals(low, high, path);
                }
            }
        }
        assertEquals("relaxed", new Levers(() -> withArenas(0)).end(1, false));
        assertEquals("rushed", new Levers(() -> withArenas(0)).end(1, true));
    }

    @Test
    void aParameterWithoutALabelShowsItsPathAndItsRange() {
        for (Language language : Language.values()) {
            Texts t = Texts.of(language);
            for (ParameterInfo p : ParameterRegistry.all()) {
                String label = Levers.label(t, p, p.path());
                assertTrue(label.equals(p.path()) || label.equals(t.lever(p.path())), p.path());
            }
            ParameterInfo drift = ParameterRegistry.find("municipality.drift");
            assertEquals("municipality.drift", Levers.label(t, drift, "municipality.drift"), "new parameters keep appearing");
            assertEquals("0", Levers.end(t, drift, false));
            assertEquals("1", Levers.end(t, drift, true));
            ParameterInfo recruitment = ParameterRegistry.find("arenas[].recruitment");
            assertEquals("random", Levers.choice(t, recruitment, 2), "a choice without words is shown as files write it");
        }
    }
}
