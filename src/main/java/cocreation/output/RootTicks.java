package cocreation.output;

import java.io.Serializable;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Axis steps of 1, 2 or 5 times a power of ten, labelled in {@link Locale#ROOT}: JFreeChart's own labels
 * follow the machine's locale (decimal commas, Persian digits), so the same chart would not be the same
 * file everywhere. A fresh format per step: formats are not thread-safe, and charts are drawn on threads.
 */
final class RootTicks implements TickUnitSource, Serializable {
    private static final long serialVersionUID = 1L;
    private static final double[] FACTORS = {1, 2, 5};

    @Override
    public TickUnit getCeilingTickUnit(double size) {
        if (!(size > 0) || Double.isInfinite(size)) size = 1;
        int power = (int) Math.floor(Math.log10(size));
        for (int p = power - 1; ; p++)
            for (double f : FACTORS) {
                double step = f * Math.pow(10, p);
                if (step >= size * (1 - 1e-9)) return unit(step, p);
            }
    }

    @Override
    public TickUnit getCeilingTickUnit(TickUnit unit) {
        return getCeilingTickUnit(unit.getSize());
    }

    @Override
    public TickUnit getLargerTickUnit(TickUnit unit) {
        return getCeilingTickUnit(unit.getSize() * (1 + 1e-6));
    }

    /** As many decimals as the step needs; thousands grouped; very large steps in scientific notation. */
    private static NumberTickUnit unit(double step, int power) {
        String pattern = power < 0 ? "0." + "0".repeat(-power) : power <= 6 ? "#,##0" : "0.######E0";
        return new NumberTickUnit(step, new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)));
    }
}
