package cocreation.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a planner reads them: two significant digits (whole numbers from 10 on),
 * no trailing zeros, a true minus sign, "–" for a missing value. Deterministic and independent of locale.
 */
public final class Display {
    public static final String MISSING = "\u2013";
    private static final char MINUS = '\u2212';

    private Display() {
    }

    /** Two significant digits; from 10 on, the whole number (281 ideas, not 280). */
    public static String number(double x) {
        return Math.abs(x) >= 10 && Double.isFinite(x) ? number(Math.rint(x), 20) : number(x, 2);
    }

    /** A ratio: two significant digits ("1.6", "2.5", "12"), three where two would show 1 for a ratio that is not 1. */
    public static String ratio(double x) {
        String s = number(x, 2);
        return s.equals("1") && x != 1 ? number(x, 3) : s;
    }

    /** With an explicit sign: "+0.04", "−1.2", "0". */
    public static String signed(double x) {
        String s = number(x);
        return x > 0 && !s.equals("0") ? "+" + s : s;
    }

    /** A fraction as a whole percentage ("0.43" gives "43"); below one percent "<1". */
    public static String percent(double fraction) {
        if (!Double.isFinite(fraction)) return MISSING;
        long p = Math.round(Math.abs(fraction) * 100);
        if (p == 0 && fraction != 0) return "<1";
        return (fraction < 0 && p > 0 ? MINUS : "") + Long.toString(p);
    }

    static String number(double x, int digits) {
        if (!Double.isFinite(x)) return MISSING;
        BigDecimal v = new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        if (v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) v = v.setScale(0, RoundingMode.HALF_EVEN);
        if (v.signum() == 0) return "0";
        String s = v.stripTrailingZeros().toPlainString();
        return s.charAt(0) == '-' ? MINUS + s.substring(1) : s;
    }
}
