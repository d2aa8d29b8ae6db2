package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LandscapeTest {
    @Test
    void valuesAreDeterministicAndInRange() {
        Landscape a = new Landscape(20, 5, 7), b = new Landscape(20, 5, 7);
        for (long s = 0; s < 1000; s++) {
            assertEquals(a.value(s * 7919), b.value(s * 7919));
            assertTrue(a.value(s) >= 0 && a.value(s) < 1);
        }
    }

    @Test
    void withoutInteractionsOnePartChangesOnlyItsOwnContribution() {
        Landscape smooth = new Landscape(10, 0, 3);
        long s = 0b1011001110L;
        double delta1 = smooth.value(s ^ 1) - smooth.value(s);
        double delta1Elsewhere = smooth.value(s ^ 1 ^ (1 << 5)) - smooth.value(s ^ (1 << 5));
        assertEquals(delta1, delta1Elsewhere, 1e-12);
    }

    @Test
    void withInteractionsAChangeDependsOnNeighbours() {
        Landscape rugged = new Landscape(10, 3, 3);
        long s = 0b1011001110L;
        double delta = rugged.value(s ^ 1) - rugged.value(s);
        double deltaWithNeighbourFlipped = rugged.value(s ^ 1 ^ 2) - rugged.value(s ^ 2);
        assertNotEquals(delta, deltaWithNeighbourFlipped, 1e-12);
    }

    @Test
    void ruggedLandscapesHaveMoreLocalOptima() {
        assertTrue(localOptima(new Landscape(12, 6, 11)) > localOptima(new Landscape(12, 0, 11)));
    }

    private static int localOptima(Landscape l) {
        int count = 0;
        for (long s = 0; s < (1L << l.parts()); s++) {
            double v = l.value(s);
            boolean peak = true;
            for (int i = 0; i < l.parts() && peak; i++) peak = l.value(s ^ (1L << i)) <= v;
            if (peak) count++;
        }
        return count;
    }

    @Test
    void driftChangesValuesAndVersion() {
        Landscape l = new Landscape(12, 2, 5);
        double before = l.value(0b101L);
        int version = l.version();
        for (int i = 0; i < 12; i++) l.drift(i);
        assertNotEquals(before, l.value(0b101L));
        assertTrue(l.version() > version);
    }
}
