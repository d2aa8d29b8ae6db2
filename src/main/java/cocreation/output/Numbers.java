package cocreation.output;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic, locale-independent number text for CSV and JSON. Same value, same string.
 * <ul>
 *   <li>integral values with |x| &lt;= 1e15: no decimal point ("12", "-3"; -0.0 gives "0");</li>
 *   <li>otherwise rounded to 10 significant digits (half-even on the exact binary value),
 *       trailing zeros stripped; plain notation if 1e-6 &lt;= |x| &lt; 1e15, else scientific
 *       with a two-digit signed exponent ("1.5e-07", "2.5e+20");</li>
 *   <li>non-finite: "NaN", "Inf", "-Inf" from {@link #format}; {@link #csv} writes NaN as ""
 *       (a missing value: R reads NA, pandas reads NaN).</li>
 * </ul>
 */
public final class Numbers {
    private static final MathContext SIG10 = new MathContext(10, RoundingMode.HALF_EVEN);
    private static final BigDecimal PLAIN_MIN = new BigDecimal("1e-6");
    private static final BigDecimal PLAIN_MAX = new BigDecimal("1e15");

    private Numbers() {}

    /** Human/CSV text with at most 10 significant digits. */
    public static String format(double x) {
        String special = nonFinite(x);
        if (special != null) return special;
        if (x == Math.rint(x) && Math.abs(x) <= 1e15) return Long.toString((long) x);
        return render(new BigDecimal(x).round(SIG10));
    }

    /** Like {@link #format(double)} but exact: shortest text that parses back to the same double. */
    public static String formatExact(double x) {
        String special = nonFinite(x);
        if (special != null) return special;
        if (x == Math.rint(x) && Math.abs(x) <= 1e15) return Long.toString((long) x);
        return render(new BigDecimal(Double.toString(x)));
    }

    /** CSV cell for a double: "" for NaN (missing), otherwise {@link #format(double)}. */
    public static String csv(double x) {
        return Double.isNaN(x) ? "" : format(x);
    }

    /** Integers exactly; Float via its own shortest decimal; other numbers as double. */
    public static String format(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger || n instanceof AtomicInteger || n instanceof AtomicLong) {
            return n.toString();
        }
        if (n instanceof Float f) {
            return f.isNaN() || f.isInfinite() ? format(f.doubleValue()) : format(Double.parseDouble(f.toString()));
        }
        return format(n.doubleValue());
    }

    /** CSV cell for any number: "" for NaN. */
    public static String csv(Number n) {
        return (n instanceof Double || n instanceof Float) && Double.isNaN(n.doubleValue()) ? "" : format(n);
    }

    private static String nonFinite(double x) {
        if (Double.isNaN(x)) return "NaN";
        if (x == Double.POSITIVE_INFINITY) return "Inf";
        if (x == Double.NEGATIVE_INFINITY) return "-Inf";
        return null;
    }

    private static String render(BigDecimal v) {
        BigDecimal r = v.stripTrailingZeros();
        if (r.signum() == 0) return "0";
        BigDecimal abs = r.abs();
        if (abs.compareTo(PLAIN_MIN) >= 0 && abs.compareTo(PLAIN_MAX) < 0) return r.toPlainString();
        String digits = r.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - r.scale();
        StringBuilder sb = new StringBuilder(digits.length() + 8);
        if (r.signum() < 0) sb.append('-');
        sb.append(digits.charAt(0));
        if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
        sb.append('e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        if (e < 10) sb.append('0');
        return sb.append(e).toString();
    }
}
