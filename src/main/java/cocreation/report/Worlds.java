package cocreation.report;

import cocreation.statistics.Estimate;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.Factor;
import cocreation.sweep.design.LatinHypercube;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The worlds a robust comparison runs every option in: one Latin hypercube over the uncertainties. */
public final class Worlds {
    private Worlds() {
    }

    /** n worlds, the same for every option, drawn from the seed alone. */
    public static List<Robustness.World> sample(List<Uncertainty> uncertainties, int n, long seed) {
        List<Factor> factors = new ArrayList<>();
        for (Uncertainty u : uncertainties) factors.add(u.factor());
        List<Robustness.World> worlds = new ArrayList<>();
        for (DesignPoint p : new LatinHypercube(factors, n).generate(seed)) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (Uncertainty u : uncertainties) values.put(u.path(), u.applied(p.values().get(u.path())));
            worlds.add(new Robustness.World(p.index(), values));
        }
        return worlds;
    }

    /** The overrides that put a scenario into a world. */
    public static List<String> overrides(List<Uncertainty> uncertainties, Robustness.World world) {
        List<String> sets = new ArrayList<>();
        for (Uncertainty u : uncertainties) sets.add(u.set(world.values().get(u.path())));
        return sets;
    }

    /** estimates[option][outcome] of one world's runs (ordered by option, then replication). */
    public static Estimate[][] estimates(List<OptionRun> runs, int options, int replications) {
        Estimate[][] out = new Estimate[options][Robustness.OUTCOMES.size()];
        for (int k = 0; k < options; k++)
            for (int o = 0; o < Robustness.OUTCOMES.size(); o++) {
                double[] v = new double[replications];
                for (int i = 0; i < replications; i++) v[i] = runs.get(k * replications + i).values().get(Robustness.OUTCOMES.get(o));
                out[k][o] = Intervals.mean(v);
            }
        return out;
    }
}
