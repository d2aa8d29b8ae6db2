package cocreation.validation;

import cocreation.statistics.Estimate;
import cocreation.output.TidyCsv;
import cocreation.scenario.Names;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a lever screen found, from its sweep's sensitivity.csv: for every screened parameter and
 * every output, mu* over mu*_noise, the mu* that replicate noise alone would give. A parameter
 * moves an output if that ratio reaches the screen's threshold; one that moves nothing is a
 * parameter the model could do without (or whose range is too narrow to matter), and a lever of
 * the talk that moves no key output is a claim the model cannot speak to.
 */
final class LeverScreen {
    /** One row of sensitivity.csv: a parameter's mu* on an output, and the noise reference. */
    record Effect(String parameter, String output, double muStar, double noise) {}

    /** A parameter's ratio on one output (NaN where undefined) and whether it moves it. */
    record Ratio(String parameter, String output, double muStar, double noise, double ratio, boolean moves) {}

    /**
     * One screened parameter: its strongest output and ratio (empty and NaN if none is defined),
     * whether it moves any output (in the screen, or for a lever in its own runs), whether it is a lever of the talk, its ratio on each key output
     * (in the screen's order) and whether it moves any of them.
     */
    record Parameter(String path, String range, String strongest, double strongestRatio, boolean movesSome, boolean lever,
                     double[] keyRatios, boolean movesKey) {}

    /** The screen's findings: every ratio, parameter by parameter, and each parameter's summary. */
    record Result(Screen screen, List<String> outputs, List<Ratio> ratios, List<Parameter> parameters,
                  List<LeverTests.Test> tests, List<LeverTests.Test> anyOutput) {
        List<Parameter> movingNothing() {
            return parameters.stream().filter(p -> !p.movesSome()).toList();
        }

        List<Parameter> levers() {
            return screen.levers().stream().map(l -> parameters.stream().filter(p -> p.path().equals(l)).findFirst().orElseThrow())
                    .toList();
        }

        /** Levers that move no key output: in the Morris screen, nor in their own runs at the base town. */
        List<Parameter> leversMovingNoKeyOutput() {
            return levers().stream().filter(p -> !p.movesKey() && !LeverTests.moves(tests, p.path())).toList();
        }
    }

    private LeverScreen() {
    }

    /** The two checks that decide a screen pattern. */
    static List<Check> checks() {
        return List.of(
                new Check("Every screened parameter moves some output beyond replicate noise", "", Check.Kind.PARAMETERS_MOVE,
                        null, null, List.of(), null, Check.Expect.ZERO, true),
                new Check("Each of the talk's levers moves a key output beyond replicate noise", "", Check.Kind.LEVERS_MOVE,
                        null, null, List.of(), null, Check.Expect.ZERO, true));
    }

    /**
     * mu* / mu*_noise. Undefined (NaN) if either is missing, or both are 0; infinite if the output
     * varies with the parameter but not at all between replicates.
     */
    static double ratio(double muStar, double noise) {
        if (Double.isNaN(muStar) || Double.isNaN(noise)) return Double.NaN;
        if (noise == 0) return muStar > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        return muStar / noise;
    }

    /** Reads a Morris sweep's sensitivity.csv. */
    static List<Effect> read(Path file) throws IOException {
        List<List<String>> rows = TidyCsv.readRows(file);
        List<String> h = rows.isEmpty() ? List.of() : rows.get(0);
        // the column "path" came after 0.3.0; before it, "factor" held the path (validate --reuse meets such tables)
        int metric = h.indexOf("metric"), factor = h.contains("path") ? h.indexOf("path") : h.indexOf("factor");
        int mu = h.indexOf("mu_star"), noise = h.indexOf("mu_star_noise");
        if (metric < 0 || factor < 0 || mu < 0 || noise < 0)
            throw new IOException(file + ": expected the columns metric, path, mu_star and mu_star_noise of a Morris sweep");
        List<Effect> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size()))
            out.add(new Effect(r.get(factor), r.get(metric), Runs.number(r.get(mu)), Runs.number(r.get(noise))));
        return out;
    }

    /** The ratios and summaries; outputs are taken in the order the table first lists them. */
    static Result analyse(Screen screen, List<Effect> effects) {
        return analyse(screen, effects, List.of(), List.of());
    }

    /**
     * tests: each lever's own runs on the key outputs; anyOutput: the same runs on every output of the
     * screen, each lever's interval widened for all its comparisons (whether it moves some output).
     */
    static Result analyse(Screen screen, List<Effect> effects, List<LeverTests.Test> tests, List<LeverTests.Test> anyOutput) {
        LinkedHashSet<String> outputs = new LinkedHashSet<>();
        Map<String, Effect> byKey = new HashMap<>();
        for (Effect e : effects) {
            outputs.add(e.output());
            byKey.put(e.parameter() + "\n" + e.output(), e);
        }
        List<Ratio> ratios = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        for (Screen.Screened s : screen.screened()) {
            String strongest = "";
            double best = Double.NaN;
            Map<String, Double> mine = new HashMap<>();
            for (String output : outputs) {
                Effect e = byKey.get(s.path() + "\n" + output);
                double mu = e == null ? Double.NaN : e.muStar(), noise = e == null ? Double.NaN : e.noise();
                double r = ratio(mu, noise);
                ratios.add(new Ratio(s.path(), output, mu, noise, r, r >= screen.threshold()));
                mine.put(output, r);
                if (!Double.isNaN(r) && (Double.isNaN(best) || r > best)) {
                    best = r;
                    strongest = output;
                }
            }
            double[] key = new double[screen.keyOutputs().size()];
            boolean movesKey = false;
            for (int k = 0; k < key.length; k++) {
                key[k] = mine.getOrDefault(screen.keyOutputs().get(k), Double.NaN);
                movesKey |= key[k] >= screen.threshold();
            }
            // a lever whose own runs move an output moves some output, whatever the screen's resolution
            boolean movesSome = best >= screen.threshold() || LeverTests.moves(tests, s.path()) || LeverTests.moves(anyOutput, s.path());
            parameters.add(new Parameter(s.path(), s.range(), strongest, best, movesSome,
                    screen.levers().contains(s.path()), key, movesKey));
        }
        return new Result(screen, List.copyOf(outputs), ratios, parameters, List.copyOf(tests), List.copyOf(anyOutput));
    }

    /** The finding of each of the screen's checks. */
    static List<Finding> findings(Result r, List<Check> checks, String design) {
        List<Finding> out = new ArrayList<>();
        String t = Names.number(r.screen().threshold());
        for (Check c : checks) {
            boolean levers = c.kind() == Check.Kind.LEVERS_MOVE;
            List<Parameter> of = levers ? r.levers() : r.parameters();
            List<Parameter> failing = levers ? r.leversMovingNoKeyOutput() : r.movingNothing();
            String measure = levers
                    ? "levers of the talk whose mu* is below " + t + " x replicate noise on every key output ("
                    + String.join(", ", r.screen().keyOutputs()) + ")" + (r.tests().isEmpty() ? ""
                    : " and whose own runs at the base town (the ends of its range, or each choice against the default) show no "
                    + "difference in any key output whose 95% interval, widened for the lever's comparisons, excludes 0")
                    + ", out of the " + of.size() + " levers; " + design
                    : "screened parameters whose mu* is below " + t + " x replicate noise on every one of the "
                    + r.outputs().size() + " outputs" + (r.tests().isEmpty() ? "" : " (and, for a lever, whose own runs at the base town move no output, "
                    + "each interval widened for all of the lever's comparisons)")
                    + ", out of the " + of.size() + " screened; " + design;
            String note = failing.isEmpty()
                    ? "all " + of.size() + (levers ? " levers move a key output" : " move some output")
                    : failing.size() + " of " + of.size() + (levers ? " levers move no key output: " : " move no output: ")
                    + describe(failing, levers, r.screen());
            Estimate e = new Estimate(failing.size(), Double.NaN, Double.NaN, of.size());
            out.add(new Finding(c, measure, e, failing.isEmpty() ? Check.Status.REPRODUCED : Check.Status.NOT_REPRODUCED, note));
        }
        return out;
    }

    /** A ratio in three significant digits; "Inf" where replicates do not vary at all, "-" where undefined. */
    static String text(double ratio) {
        return Double.isInfinite(ratio) ? "Inf" : ValidationPage.number(ratio);
    }

    /** "a (strongest: 1.4 on x), b (...)": each with its nearest miss. */
    private static String describe(List<Parameter> ps, boolean keyOnly, Screen screen) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : ps) {
            if (keyOnly) {
                List<String> ratios = new ArrayList<>();
                for (int k = 0; k < p.keyRatios().length; k++)
                    ratios.add(screen.keyOutputs().get(k) + " " + text(p.keyRatios()[k]));
                parts.add(p.path() + " (" + String.join(", ", ratios) + ")");
            } else {
                parts.add(p.path() + (p.strongest().isEmpty() ? " (no ratio defined)"
                        : " (strongest " + text(p.strongestRatio()) + " on " + p.strongest() + ")"));
            }
        }
        return String.join(", ", parts);
    }
}
