package cocreation.sweep.design;

import java.util.List;

/** An experimental design: a deterministic list of runs over a set of factors. */
public interface ExperimentalDesign {

    /** The factors, in the order of the points' value maps and unit coordinates. */
    List<Factor> factors();

    /** Number of runs {@link #generate} returns. */
    int size();

    /**
     * The design points. The same seed gives the same points on any JVM (only explicitly seeded
     * {@link org.apache.commons.math3.random.MersenneTwister} streams are used).
     */
    List<DesignPoint> generate(long seed);
}
