package cocreation.report;

import cocreation.model.Municipality;
import cocreation.output.Progress;
import cocreation.run.ParallelRuns;
import cocreation.run.Seeds;
import cocreation.run.Simulation;
import cocreation.run.Summary;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Runs every option's replications on a pool of threads. Replication i of every option uses the
 * same seed, derived from the master seed and i alone (common random numbers): the options then
 * differ only by what the planner changed, which makes their differences sharper, and results do
 * not depend on the number of threads.
 */
public final class Replications {
    private Replications() {
    }

    /** The seed of replication i (0-based), the same for every option. */
    public static long seed(long master, int replication) {
        return Seeds.derive(master, replication);
    }

    /** Runs all (option, replication) pairs; records come back ordered by option, then replication. */
    public static List<OptionRun> run(List<Alternative> options, int replications, long master, int threads, Progress progress)
            throws InterruptedException, ScenarioException {
        int steps = options.get(0).scenario().steps;
        int[] weeks = Trend.weeks(steps);
        List<Scenario> copies = new ArrayList<>();
        for (int j = 0; j < options.size() * replications; j++)
            copies.add(copy(options.get(j / replications).scenario(), seed(master, j % replications)));
        List<Integer> indices = IntStream.range(0, copies.size()).boxed().toList();
        List<ParallelRuns.Outcome<OptionRun>> outcomes = ParallelRuns.run(indices, threads,
                j -> record(j / replications, j % replications, copies.get(j).seed, Simulation.run(copies.get(j)), weeks),
                o -> progress.step());
        List<OptionRun> records = new ArrayList<>();
        for (ParallelRuns.Outcome<OptionRun> o : outcomes) {
            if (o.failed()) {
                int k = o.index() / replications, i = o.index() % replications;
                throw new IllegalStateException("option '" + options.get(k).name() + "', replication " + (i + 1)
                        + " (seed " + seed(master, i) + ") failed: " + o.error());
            }
            records.add(o.value());
        }
        return records;
    }

    /** The run's record; its seed as given (MASON's {@code seed()} keeps only the low 32 bits). */
    static OptionRun record(int option, int replication, long seed, Municipality m, int[] weeks) {
        Map<String, Double> values = new LinkedHashMap<>(Summary.finals(m));
        values.putAll(Summary.derived(m));
        List<double[]> rows = m.metrics().rows();
        double[][] series = new double[Trend.ALL.size()][];
        for (int t = 0; t < series.length; t++) series[t] = Trend.ALL.get(t).sample(rows, weeks);
        return new OptionRun(option, replication, seed, values, series);
    }

    /** A private copy for one run (a model reads its scenario live), with the run's seed. */
    static Scenario copy(Scenario s, long seed) throws ScenarioException {
        Scenario c = ScenarioReader.bind(ScenarioReader.JSON.valueToTree(s));
        c.name = s.name;
        c.seed = seed;
        return c;
    }
}
