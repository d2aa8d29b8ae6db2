package cocreation.sweep.design;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactorTest {

    @Test
    void validFactorsHaveNoErrors() {
        assertEquals(List.of(), Factor.validateAll(List.of(
                Factor.uniform("municipality.time_pressure", 0, 1),
                Factor.logUniform("citizens.count", 10, 1000),
                Factor.integerUniform("seed.offset", 1, 5),
                Factor.discrete("policy.mode", List.of("open", "closed")))));
    }

    @Test
    void validationReportsEachProblemWithItsPath() {
        List<String> errors = Factor.validateAll(List.of(
                Factor.uniform("a.empty", 2, 2),
                Factor.uniform("a.reversed", 3, 1),
                Factor.discrete("a.none", List.of()),
                Factor.logUniform("a.log", 0, 10),
                Factor.integerUniform("a.log", 1, 3)));
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("a.empty: empty range"), errors.get(0));
        assertTrue(errors.get(1).startsWith("a.reversed: min (3.0) > max (1.0)"), errors.get(1));
        assertTrue(errors.get(2).startsWith("a.none: empty value list"), errors.get(2));
        assertTrue(errors.get(3).startsWith("a.log: loguniform needs min > 0"), errors.get(3));
        assertTrue(errors.get(4).startsWith("a.log: duplicated factor"), errors.get(4));
        assertFalse(Factor.range("x", 0, 1, Distribution.UNIFORM, 1).validate().isEmpty());
        assertFalse(Factor.range("x", 0.5, 3, Distribution.INTEGER_UNIFORM, 0).validate().isEmpty());
        assertFalse(Factor.discrete("x", List.of(new Object())).validate().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new LatinHypercube(List.of(Factor.uniform("x", 1, 0)), 4));
    }

    @Test
    void quantilesMapTheUnitInterval() {
        assertEquals(2.5, Factor.uniform("x", 2, 3).quantile(0.5), 1e-15);
        assertEquals(100.0, Factor.logUniform("x", 10, 1000).quantile(0.5), 1e-9);
        Factor dice = Factor.integerUniform("x", 1, 6);
        assertEquals(1L, dice.valueAt(0.0));
        assertEquals(3L, dice.valueAt(0.49));
        assertEquals(4L, dice.valueAt(0.5));
        assertEquals(6L, dice.valueAt(0.999));
        assertEquals(6L, dice.valueAt(1.0));
        Factor mode = Factor.discrete("x", List.of("a", 2, true));
        assertEquals(List.of("a", 2L, true), mode.values());   // Integer normalised to Long
        assertEquals(true, mode.valueAt(0.7));
        assertThrows(IllegalArgumentException.class, () -> dice.quantile(1.5));
        assertEquals(Distribution.INTEGER_UNIFORM, Distribution.parse("integer-uniform"));
        assertEquals(Distribution.LOG_UNIFORM, Distribution.parse("LogUniform"));
    }

    @Test
    void gridValuesAreEvenlySpacedWithEndpoints() {
        assertEquals(List.of(0.0, 0.25, 0.5, 0.75, 1.0), Factor.uniform("x", 0, 1).gridValues(5));
        assertEquals(List.of(1L, 3L, 5L), Factor.range("x", 1, 5, Distribution.INTEGER_UNIFORM, 3).gridValues(9));
        List<Object> log = Factor.logUniform("x", 1, 100).gridValues(3);
        assertEquals(10.0, (Double) log.get(1), 1e-12);
        assertEquals(100.0, log.get(2));
    }
}
