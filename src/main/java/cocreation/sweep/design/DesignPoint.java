package cocreation.sweep.design;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * One run of a design: its index, the factor values (in factor order, keyed by scenario path), its
 * coordinates in the unit hypercube, and the metadata the estimators need.
 *
 * @param block  the role of the point (see {@link Block})
 * @param sample Morris: trajectory number; Saltelli: row j of the base matrices; otherwise the index
 * @param factor Morris: the factor moved to reach this point; Saltelli AB block: the column taken
 *               from B; otherwise -1
 */
public record DesignPoint(int index, LinkedHashMap<String, Object> values, double[] unit,
                          Block block, int sample, int factor) {

    /** Role of a point in its design. */
    public enum Block {
        /** A plain design point (grid, Latin hypercube). */
        POINT,
        /** A point on a Morris trajectory. */
        TRAJECTORY,
        /** Saltelli matrix A. */
        A,
        /** Saltelli matrix B. */
        B,
        /** Saltelli matrix A with column {@code factor} taken from B. */
        AB
    }

    public DesignPoint {
        values = new LinkedHashMap<>(values);
        unit = unit.clone();
    }

    @Override
    public double[] unit() {
        return unit.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DesignPoint p && index == p.index && sample == p.sample && factor == p.factor
                && block == p.block && values.equals(p.values) && Arrays.equals(unit, p.unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, values, Arrays.hashCode(unit), block, sample, factor);
    }

    @Override
    public String toString() {
        return "DesignPoint[" + index + ", " + values + ", unit=" + Arrays.toString(unit) + ", " + block
                + ", sample=" + sample + ", factor=" + factor + "]";
    }

    /** Builds a point by mapping unit coordinates through the factors' quantile functions. */
    static DesignPoint of(int index, List<Factor> factors, double[] u, Block block, int sample, int factor) {
        LinkedHashMap<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) values.put(factors.get(i).path(), factors.get(i).valueAt(u[i]));
        return new DesignPoint(index, values, u, block, sample, factor);
    }
}
