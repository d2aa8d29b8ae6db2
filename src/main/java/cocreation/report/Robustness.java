package cocreation.report;

import cocreation.statistics.Estimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How each option fares over a set of possible worlds (robust decision making: Lempert, Popper &
 * Bankes 2003; Kwakkel 2017, EMA Workbench): in each world the option with the highest mean is the
 * best, and an option's regret there is how far its mean falls short of the best's (Savage 1951).
 * Per option and outcome: in how many worlds it is best, its mean and maximum regret, and its worst
 * case (its lowest mean over the worlds). The most robust option has the least maximum regret.
 * Means are over the world's replications, so regrets smaller than their noise count too; each
 * world's intervals are kept.
 */
public final class Robustness {
    /** The outcomes judged, both higher-is-better: innovations put to use, and the net value they added. */
    public static final List<String> OUTCOMES = List.of(Outcome.PRIMARY.column(), "value_gained");

    /** One sampled world: the uncertainties' values (by path, in the order given). */
    public record World(int index, Map<String, Object> values) {
    }

    /** An option's standing on one outcome over all worlds. */
    public record Standing(int option, int best, double meanRegret, double maxRegret, double worst, int worstWorld) {
    }

    public final List<Uncertainty> uncertainties;
    public final List<World> worlds;
    /** estimates[world][option][outcome]: the mean over the world's replications, with its interval. */
    private final Estimate[][][] estimates;

    public Robustness(List<Uncertainty> uncertainties, List<World> worlds, Estimate[][][] estimates) {
        this.uncertainties = List.copyOf(uncertainties);
        this.worlds = List.copyOf(worlds);
        this.estimates = estimates;
    }

    public Estimate estimate(int world, int option, int outcome) {
        return estimates[world][option][outcome];
    }

    public int options() {
        return estimates[0].length;
    }

    /** The best mean in a world on an outcome. */
    public double best(int world, int outcome) {
        double best = Double.NEGATIVE_INFINITY;
        for (Estimate[] option : estimates[world]) best = Math.max(best, option[outcome].value());
        return best;
    }

    public double regret(int world, int option, int outcome) {
        return best(world, outcome) - estimates[world][option][outcome].value();
    }

    /** Every option's standing on an outcome (ties for best count for each of them). */
    public List<Standing> standings(int outcome) {
        List<Standing> out = new ArrayList<>();
        for (int k = 0; k < options(); k++) {
            int best = 0, worstWorld = 0;
            double sum = 0, max = 0, worst = Double.POSITIVE_INFINITY;
            for (int w = 0; w < worlds.size(); w++) {
                double regret = regret(w, k, outcome), value = estimates[w][k][outcome].value();
                if (regret == 0) best++;
                sum += regret;
                max = Math.max(max, regret);
                if (value < worst) {
                    worst = value;
                    worstWorld = w;
                }
            }
            out.add(new Standing(k, best, sum / worlds.size(), max, worst, worstWorld));
        }
        return out;
    }

    /** The option with the least maximum regret on an outcome (then the least mean regret, then the first). */
    public int mostRobust(int outcome) {
        List<Standing> s = standings(outcome);
        int pick = 0;
        for (int k = 1; k < s.size(); k++) {
            Standing a = s.get(k), b = s.get(pick);
            if (a.maxRegret() < b.maxRegret() || (a.maxRegret() == b.maxRegret() && a.meanRegret() < b.meanRegret())) pick = k;
        }
        return pick;
    }

    /** A world in words: "municipality.drift = 0.013, trust.initial = 0.41". */
    public String describe(int world) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Object> e : worlds.get(world).values().entrySet())
            parts.add(e.getKey() + " = " + (e.getValue() instanceof Double d ? Display.number(d) : e.getValue()));
        return String.join(", ", parts);
    }

    /** The median half-width of the worlds' 95% intervals on an outcome: how large a regret noise alone makes. */
    public double typicalHalfWidth(int outcome) {
        List<Double> h = new ArrayList<>();
        for (Estimate[][] world : estimates)
            for (Estimate[] option : world) h.add((option[outcome].high() - option[outcome].low()) / 2);
        java.util.Collections.sort(h);
        return h.isEmpty() ? Double.NaN : h.get(h.size() / 2);
    }
}
