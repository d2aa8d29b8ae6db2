package cocreation.validation;

import cocreation.statistics.Estimate;
import cocreation.docking.DiversityContest;
import cocreation.docking.Heuristic;
import cocreation.docking.NetworkSearch;
import cocreation.output.Json;
import cocreation.output.TidyCsv;
import cocreation.run.ParallelRuns;
import cocreation.run.Seeds;
import cocreation.scenario.Names;
import cocreation.statistics.Statistics;
import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs a docking pattern's replications (one landscape each, seeded from the master seed and the
 * replication's index alone, so the result does not depend on the threads), measures its checks
 * and writes the tables a reader can check them from: replications.csv (each check's value per
 * landscape), and curves.csv and landscapes.csv (Lazer & Friedman) or groups.csv and
 * landscapes.csv (Hong & Page), with docking.json, the settings run.
 */
final class DockingRun {
    /** Resamples of the landscapes for the interval of an overtaking round. */
    static final int BOOTSTRAP = 1000;

    /** The replications' results, in replication order (one of the lists is empty). */
    record Result(Docking docking, boolean quick, long[] seeds, List<NetworkSearch.Result> search,
                  List<DiversityContest.Result> contest) {
        int replications() {
            return seeds.length;
        }
    }

    private DockingRun() {
    }

    static Result run(Docking d, boolean quick, int threads) throws InterruptedException {
        int n = d.replications(quick);
        long[] seeds = new long[n];
        for (int i = 0; i < n; i++) seeds[i] = Seeds.derive(d.seed(), i);
        List<Integer> indices = IntStream.range(0, n).boxed().toList();
        List<ParallelRuns.Outcome<Object>> outcomes = ParallelRuns.run(indices, threads, i -> d.search() != null
                ? NetworkSearch.run(d.search(), seeds[i]) : DiversityContest.run(d.contest(), seeds[i]), o -> { });
        List<NetworkSearch.Result> search = new ArrayList<>();
        List<DiversityContest.Result> contest = new ArrayList<>();
        for (ParallelRuns.Outcome<Object> o : outcomes) {
            if (o.failed()) throw new IllegalStateException("docking replication " + o.index() + " failed: " + o.error());
            if (o.value() instanceof NetworkSearch.Result r) search.add(r);
            else contest.add((DiversityContest.Result) o.value());
        }
        return new Result(d, quick, seeds, search, contest);
    }

    // ---- measures ----

    static List<Finding> findings(Result r, List<Check> checks) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            Estimate e = switch (c.metric()) {
                case "overtake_round", "rounds_ahead" -> overtaking(r, c, i);
                default -> Effects.contrast(List.of(perReplication(r, c)), new double[] {1});
            };
            String reference = r.docking().references().size() > i ? r.docking().references().get(i) : "";
            String note = Check.where(e) + (reference.isEmpty() ? "" : "; compare: " + reference);
            out.add(new Finding(c, measure(r, c), e, Check.status(c.expect(), e), note));
        }
        return out;
    }

    /** The check's contrast in each replication: the weighted sum of its terms' values on that landscape. */
    static double[] perReplication(Result r, Check c) {
        double[] v = new double[r.replications()];
        for (int rep = 0; rep < v.length; rep++)
            for (Check.Term t : c.terms()) v[rep] += t.weight() * value(r, rep, t.arm(), c);
        return v;
    }

    private static double value(Result r, int rep, String arm, Check c) {
        Docking d = r.docking();
        if (d.search() != null) {
            int net = d.arms().indexOf(arm);
            NetworkSearch.Result s = r.search().get(rep);
            int from = c.weeks() == null ? d.rounds() : c.weeks()[0], to = c.weeks() == null ? d.rounds() : c.weeks()[1];
            double sum = 0;
            for (int round = from; round <= to; round++) sum += c.metric().equals("score") ? s.score()[net][round] : s.distinct()[net][round];
            return sum / (to - from + 1);
        }
        DiversityContest.Result h = r.contest().get(rep);
        DiversityContest.Group g = arm.equals("best") ? h.best() : h.random();
        return switch (c.metric()) {
            case "value" -> g.value();
            case "diversity" -> 100 * g.diversity();
            default -> g.ability();
        };
    }

    /**
     * The round from which the first network's mean score stays above the second's to the end
     * (overtake_round), or the rounds it is ahead for good at the end (rounds_ahead: rounds - that
     * round + 1, 0 if never), from the means over the landscapes; the interval from percentiles of
     * resampled landscapes.
     */
    private static Estimate overtaking(Result r, Check c, int index) {
        Docking d = r.docking();
        int rounds = d.rounds(), n = r.replications();
        int a = d.arms().indexOf(c.terms().get(0).arm()), b = d.arms().indexOf(c.terms().get(1).arm());
        double[][] diff = new double[n][rounds + 1];
        for (int rep = 0; rep < n; rep++)
            for (int t = 0; t <= rounds; t++) diff[rep][t] = r.search().get(rep).score()[a][t] - r.search().get(rep).score()[b][t];
        boolean ahead = c.metric().equals("rounds_ahead");
        double value = overtakeMeasure(sum(diff, null), rounds, ahead);
        MersenneTwisterFast random = new MersenneTwisterFast(Seeds.derive(d.seed() ^ 0x5DEECE66DL, index));
        double[] boot = new double[BOOTSTRAP];
        int[] pick = new int[n];
        for (int k = 0; k < BOOTSTRAP; k++) {
            for (int i = 0; i < n; i++) pick[i] = random.nextInt(n);
            double x = overtakeMeasure(sum(diff, pick), rounds, ahead);
            boot[k] = Double.isNaN(x) ? Double.POSITIVE_INFINITY : x; // never overtaking sorts last
        }
        double low = Statistics.percentile(boot, 0.025), high = Statistics.percentile(boot, 0.975);
        return new Estimate(value, Double.isFinite(low) ? low : Double.NaN, Double.isFinite(high) ? high : Double.NaN, n);
    }

    private static double[] sum(double[][] diff, int[] pick) {
        double[] s = new double[diff[0].length];
        int n = pick == null ? diff.length : pick.length;
        for (int i = 0; i < n; i++) {
            double[] d = diff[pick == null ? i : pick[i]];
            for (int t = 0; t < s.length; t++) s[t] += d[t];
        }
        return s;
    }

    /** From a curve of differences (first network minus second, summed over landscapes), the overtaking round or rounds ahead. */
    static double overtakeMeasure(double[] diff, int rounds, boolean roundsAhead) {
        int from = overtakeRound(diff);
        if (roundsAhead) return from < 0 ? 0 : rounds - from + 1;
        return from < 0 ? Double.NaN : from;
    }

    /** The first round from which the difference stays above 0 to the last round, or -1 if it is not above 0 at the end. */
    static int overtakeRound(double[] diff) {
        int r = diff.length - 1;
        if (!(diff[r] > 0)) return -1;
        while (r > 0 && diff[r - 1] > 0) r--;
        return r;
    }

    static String measure(Result r, Check c) {
        Docking d = r.docking();
        int n = r.replications();
        StringBuilder terms = new StringBuilder();
        for (Check.Term t : c.terms()) {
            double w = t.weight();
            terms.append(terms.length() == 0 ? (w < 0 ? "- " : "") : (w < 0 ? " - " : " + "));
            if (Math.abs(w) != 1) terms.append(Names.number(Math.abs(w))).append(" x ");
            terms.append(t.arm());
        }
        String over = " over " + n + " landscapes";
        if (d.search() != null) {
            NetworkSearch.Settings s = d.search();
            String when = c.weeks() == null ? "in round " + s.rounds() + " (the last)"
                    : c.weeks()[0] == c.weeks()[1] ? "in round " + c.weeks()[0] : "averaged over rounds " + c.weeks()[0] + "-" + c.weeks()[1];
            return switch (c.metric()) {
                case "score" -> "score (value / global maximum)^" + Names.number(s.exponent()) + ", mean over the " + s.agents()
                        + " agents, " + when + ": " + terms + ", paired on each landscape (same landscape, same starting solutions); mean"
                        + over + " with its t interval";
                case "distinct" -> "different solutions held by the " + s.agents() + " agents, " + when + ": " + terms
                        + ", paired on each landscape; mean" + over + " with its t interval";
                case "overtake_round" -> "first round from which the mean score of " + c.terms().get(0).arm() + " stays above that of "
                        + c.terms().get(1).arm() + " to the end of the run (round " + s.rounds() + "), means" + over
                        + "; interval: 2.5 and 97.5 percentiles over " + BOOTSTRAP + " resamples of the landscapes (open where some never overtake)";
                default -> "rounds at the end of the run (of " + s.rounds() + ") in which the mean score of " + c.terms().get(0).arm()
                        + " is above that of " + c.terms().get(1).arm() + " for good (0 if it is not ahead at the end), means" + over
                        + "; interval: 2.5 and 97.5 percentiles over " + BOOTSTRAP + " resamples of the landscapes";
            };
        }
        DiversityContest.Settings s = d.contest();
        String starts = s.starts() == 0 ? "all " + s.points() + " starting points" : s.starts() + " common random starting points";
        String what = switch (c.metric()) {
            case "value" -> "value the group reaches in relay, mean over " + starts;
            case "diversity" -> "the group's diversity (percent of step positions in which two members' heuristics differ, mean over pairs)";
            default -> "mean ability of the group's members (value each reaches alone, mean over " + starts + ")";
        };
        return what + ": " + terms + "; mean" + over + " (each its own ring of values) with its t interval";
    }

    // ---- files ----

    static void write(Result r, List<Check> checks, Path dir) throws IOException {
        Files.createDirectories(dir);
        Docking d = r.docking();
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("model", d.model());
        spec.put("seed", d.seed());
        spec.put("mode", r.quick() ? "quick" : "full");
        spec.put("replications", r.replications());
        spec.put("settings", d.search() != null ? d.search() : d.contest());
        Json.write(dir.resolve("docking.json"), spec);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            if (c.metric().equals("overtake_round") || c.metric().equals("rounds_ahead")) continue;
            double[] v = perReplication(r, c);
            for (int rep = 0; rep < v.length; rep++) rows.add(List.of(rep, r.seeds()[rep], i, c.name(), v[rep]));
        }
        TidyCsv.write(dir.resolve("replications.csv"), List.of("replication", "seed", "check_index", "check", "value"), rows);
        if (d.search() != null) writeSearch(r, dir);
        else writeContest(r, dir);
    }

    private static void writeSearch(Result r, Path dir) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int rep = 0; rep < r.replications(); rep++) rows.add(List.of(rep, r.seeds()[rep], r.search().get(rep).max()));
        TidyCsv.write(dir.resolve("landscapes.csv"), List.of("replication", "seed", "global_max"), rows);
        rows = new ArrayList<>();
        for (Curve c : curves(r))
            for (int t = 0; t < c.mean().length; t++)
                rows.add(List.of(c.network(), t, c.mean()[t], c.low()[t], c.high()[t], c.distinct()[t]));
        TidyCsv.write(dir.resolve("curves.csv"), List.of("network", "round", "score_mean", "score_ci_low", "score_ci_high", "distinct_mean"), rows);
    }

    private static void writeContest(Result r, Path dir) throws IOException {
        List<List<Object>> rows = new ArrayList<>(), landscapes = new ArrayList<>();
        for (int rep = 0; rep < r.replications(); rep++) {
            DiversityContest.Result h = r.contest().get(rep);
            landscapes.add(List.of(rep, r.seeds()[rep], h.topAbility(), h.meanAbility()));
            for (String g : Docking.GROUPS) {
                DiversityContest.Group group = g.equals("best") ? h.best() : h.random();
                rows.add(List.of(rep, r.seeds()[rep], g, group.value(), 100 * group.diversity(), group.ability(),
                        String.join(" ", group.members().stream().map(Heuristic::toString).toList())));
            }
        }
        TidyCsv.write(dir.resolve("landscapes.csv"), List.of("landscape", "seed", "top_ability", "mean_ability"), landscapes);
        TidyCsv.write(dir.resolve("groups.csv"), List.of("landscape", "seed", "group", "value", "diversity", "ability", "members"), rows);
    }

    /** A network's mean score per round over the landscapes, its 95% interval, and the mean number of distinct solutions. */
    record Curve(String network, double[] mean, double[] low, double[] high, double[] distinct) {}

    static List<Curve> curves(Result r) {
        Docking d = r.docking();
        List<Curve> out = new ArrayList<>();
        int rounds = d.rounds(), n = r.replications();
        for (int net = 0; net < d.arms().size(); net++) {
            double[] mean = new double[rounds + 1], low = new double[rounds + 1], high = new double[rounds + 1], distinct = new double[rounds + 1];
            double[] x = new double[n];
            for (int t = 0; t <= rounds; t++) {
                double dsum = 0;
                for (int rep = 0; rep < n; rep++) {
                    x[rep] = r.search().get(rep).score()[net][t];
                    dsum += r.search().get(rep).distinct()[net][t];
                }
                Statistics.Summary s = Statistics.summarize(x);
                mean[t] = s.mean();
                low[t] = s.ciLow();
                high[t] = s.ciHigh();
                distinct[t] = dsum / n;
            }
            out.add(new Curve(d.arms().get(net), mean, low, high, distinct));
        }
        return out;
    }

    /** For a test: the rounds from 0 as doubles. */
    static double[] rounds(int rounds) {
        double[] x = new double[rounds + 1];
        Arrays.setAll(x, i -> i);
        return x;
    }
}
