package cocreation.sweep.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Full factorial design over each factor's {@link Factor#gridValues grid values}. The first factor
 * varies slowest (lexicographic order, like nested loops). The seed is ignored. Unit coordinates are
 * level / (number of levels - 1).
 */
public final class GridDesign implements ExperimentalDesign {
    private final List<Factor> factors;
    private final List<List<Object>> levels = new ArrayList<>();
    private final int size;

    /** @param defaultLevels grid levels for range factors that do not set their own {@code levels} */
    public GridDesign(List<Factor> factors, int defaultLevels) {
        this.factors = Factor.requireValid(factors);
        long n = 1;
        for (Factor f : this.factors) {
            List<Object> v = f.gridValues(defaultLevels);
            levels.add(v);
            n *= v.size();
            if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("grid has more than 2^31-1 points");
        }
        size = (int) n;
    }

    @Override public List<Factor> factors() { return factors; }

    @Override public int size() { return size; }

    /** The levels of each factor, in factor order. */
    public List<List<Object>> levels() { return List.copyOf(levels); }

    @Override
    public List<DesignPoint> generate(long seed) {
        int k = factors.size();
        List<DesignPoint> points = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            LinkedHashMap<String, Object> values = new LinkedHashMap<>();
            double[] u = new double[k];
            Object[] chosen = new Object[k];
            int rest = index;
            for (int i = k - 1; i >= 0; i--) {       // mixed-radix digits: last factor varies fastest
                List<Object> v = levels.get(i);
                int j = rest % v.size();
                rest /= v.size();
                chosen[i] = v.get(j);
                u[i] = v.size() == 1 ? 0.0 : (double) j / (v.size() - 1);
            }
            for (int i = 0; i < k; i++) values.put(factors.get(i).path(), chosen[i]);
            points.add(new DesignPoint(index, values, u, DesignPoint.Block.POINT, index, -1));
        }
        return points;
    }
}
