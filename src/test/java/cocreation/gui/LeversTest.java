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
        assertEquals(Levers.MUNICIPALITY.size() + 2 * 8, levers.numProperties());
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
}
