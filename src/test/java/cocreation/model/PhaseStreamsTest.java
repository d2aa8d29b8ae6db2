package cocreation.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each phase of each week draws from a stream keyed by the seed, the phase and the week (ODD 4,
 * stochasticity): runs of one seed that differ in a lever share the random numbers the lever does
 * not touch.
 */
class PhaseStreamsTest {
    @Test
    void aPhaseDrawsTheSameNumbersWhateverWasDrawnBefore() throws Exception {
        Municipality m = SmallTown.after(3, List.of());
        m.keyPhase(Municipality.ARENAS);
        long first = m.random.nextLong();
        for (int i = 0; i < 1000; i++) m.random.nextDouble();
        m.keyPhase(Municipality.ARENAS);
        assertEquals(first, m.random.nextLong(), "re-keyed, the phase starts its week's stream again");
        m.keyPhase(Municipality.DIFFUSION);
        assertNotEquals(first, m.random.nextLong(), "another phase has another stream");
        m.schedule.step(m);
        m.keyPhase(Municipality.ARENAS);
        assertNotEquals(first, m.random.nextLong(), "another week too");
    }

    @Test
    void anArenaDialLeavesTheWorldsDriftAsItWas() throws Exception {
        // humour changes what the arena's sessions draw, and the state after them; the environment's drift is the same world
        List<String> drifting = List.of("municipality.drift=0.2", "arenas[0].every_weeks=1");
        Municipality a = SmallTown.after(60, with(drifting, "arenas[0].facilitation.humour=0"));
        Municipality b = SmallTown.after(60, with(drifting, "arenas[0].facilitation.humour=1"));
        assertNotEquals(habits(a), habits(b), "the arms differ in what the arenas did");
        for (int p = 0; p < a.problems.length; p++) {
            Landscape x = a.problems[p].landscape, y = b.problems[p].landscape;
            assertTrue(x.version() > 0, "the landscape drifted");
            assertEquals(x.version(), y.version(), "problem " + p + " drifted as often");
            for (long s = 0; s < 64; s++) assertEquals(x.value(s * 0x9E3779B97F4A7C15L & x.allParts()), y.value(s * 0x9E3779B97F4A7C15L & y.allParts()), 0.0,
                    "problem " + p + " drifted in the same parts");
        }
    }

    private static double habits(Municipality m) {
        return java.util.Arrays.stream(m.actors).mapToDouble(x -> x.habit).sum();
    }

    private static List<String> with(List<String> sets, String more) {
        List<String> out = new java.util.ArrayList<>(sets);
        out.add(more);
        return out;
    }
}
