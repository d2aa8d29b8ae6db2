package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void formatCases() {
        assertEquals("12", Numbers.format(12.0));
        assertEquals("-3", Numbers.format(-3.0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("1000000000000000", Numbers.format(1e15));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("0.3", Numbers.format(0.1 + 0.2));
        assertEquals("3.141592654", Numbers.format(Math.PI));
        assertEquals("-2.5", Numbers.format(-2.5));
        assertEquals("0.000001", Numbers.format(1e-6));
        assertEquals("1.5e-07", Numbers.format(1.5e-7));
        assertEquals("1e+16", Numbers.format(1e16));
        assertEquals("1.234567891e+20", Numbers.format(123456789123456789123.0));
        assertEquals("123456.7891", Numbers.format(123456.789123));
        assertEquals("NaN", Numbers.format(Double.NaN));
        assertEquals("Inf", Numbers.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Numbers.format(Double.NEGATIVE_INFINITY));
    }

    @Test
    void csvAndNumberVariants() {
        assertEquals("", Numbers.csv(Double.NaN));
        assertEquals("", Numbers.csv((Number) Float.NaN));
        assertEquals("0.5", Numbers.csv(0.5));
        assertEquals("9007199254740993", Numbers.format((Number) 9007199254740993L));
        assertEquals("0.1", Numbers.format((Number) 0.1f));
    }

    @Test
    void exactRoundTripsAndLocaleIndependent() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.123456789012345", Numbers.formatExact(0.123456789012345));
            assertEquals("0.1", Numbers.format(0.1));
        } finally {
            Locale.setDefault(saved);
        }
        for (double d : new double[] {Math.PI, 1e-300, 12345.6789e200, 0.1 + 0.2, -7.25e-9}) {
            assertEquals(d, Double.parseDouble(Numbers.formatExact(d)));
            assertEquals(Numbers.format(d), Numbers.format(d));
        }
    }
}
