package cocreation.statistics;

/**
 * A point estimate with its 95% interval and the number of observations it rests on: the one estimate
 * type of sweeps, comparisons and validation. Bounds are NaN when the interval is unbounded or n is
 * too small.
 */
public record Estimate(double value, double low, double high, int n) {
    public static final Estimate NONE = new Estimate(Double.NaN, Double.NaN, Double.NaN, 0);

    public boolean bounded() {
        return Double.isFinite(low) && Double.isFinite(high);
    }

    /** True if the interval lies wholly on one side of x. */
    public boolean excludes(double x) {
        return bounded() && (low > x || high < x);
    }
}
