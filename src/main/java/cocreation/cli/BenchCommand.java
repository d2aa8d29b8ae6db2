package cocreation.cli;

import cocreation.bench.Benchmark;
import cocreation.bench.Benchmark.Measure;
import cocreation.bench.PhaseClock;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.validation.Effects;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation bench}: model speed and memory on this machine, against the performance targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model speed and memory: the baseline for 520 weeks, where a week's time goes, larger towns "
                + "and their scaling exponent, heap per agent, and sweep throughput on 1 and all threads.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "baseline", paramLabel = "SCENARIO")
    String scenario;

    @Option(names = "--quick", description = "Baseline speed and phase shares only, fewer repetitions.")
    boolean quick;

    @Option(names = "--sizes", split = ",", description = "Town sizes to time (default 5000,20000,100000).")
    int[] sizes = {5000, 20000, 100000};

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        if (sizes.length == 0) throw new ScenarioException("--sizes: give at least one town size");
        for (int n : sizes)
            if (n < 2 || n > 10_000_000) throw new ScenarioException("--sizes: " + n + " is not a town size from 2 to 10000000 actors");
        Scenario base = load();
        out.printf(Locale.ROOT, "cocreation bench: %s, %d agents, %d weeks; Java %s, %d cores, max heap %d MB, objects aligned to %s bytes%n",
                base.name, base.populationSize(), base.steps, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1_000_000, Benchmark.objectAlignment());
        Scenario warm = load();
        warm.steps = Math.min(warm.steps, 104);
        Benchmark.measure(warm);
        baseline(quick ? 3 : 5);
        phases();
        if (quick) return 0;
        memory();
        scaling();
        int agents = sizes[sizes.length - 1];
        out.printf(Locale.ROOT, "heap retained per agent (built model, %d agents): %.0f bytes%n", agents,
                Benchmark.retainedBytesPerAgent(Benchmark.scaled(load(), agents)));
        sweep();
        return 0;
    }

    private Scenario load() throws ScenarioException {
        return new ScenarioOptions().load(Home.scenario(scenario));
    }

    private void baseline(int reps) throws ScenarioException {
        double[] times = new double[reps];
        Measure last = null;
        for (int i = 0; i < reps; i++) {
            last = Benchmark.measure(load());
            times[i] = last.seconds();
        }
        Arrays.sort(times);
        double median = times[reps / 2];
        double agentSteps = last.agents() * (double) last.weeks();
        out.printf(Locale.ROOT, "baseline: median %.3f s of %d runs (min %.3f s): %.0f ns/agent-step, %.2f M agent-steps/s%n",
                median, reps, times[0], median * 1e9 / agentSteps, agentSteps / median / 1e6);
    }

    private void phases() throws ScenarioException {
        double[] shares = Benchmark.phaseShares(load());
        StringBuilder b = new StringBuilder("share of step time:");
        for (int i = 0; i < PhaseClock.PHASES.length; i++) b.append(String.format(Locale.ROOT, " %s %.1f%%,", PhaseClock.PHASES[i], 100 * shares[i]));
        double scheduling = shares[PhaseClock.PHASES.length];
        b.append(String.format(Locale.ROOT, " scheduling %.1f%%", 100 * scheduling));
        out.println(b);
        out.printf(Locale.ROOT, "scheduling and measurement: %.1f%% of step time%n", 100 * (scheduling + shares[PhaseClock.PHASES.length - 1]));
    }

    /** How far the cache reaches: random reads within 4 and 64 MB, one at a time and independent. */
    private void memory() {
        for (int mb : new int[] {4, 64}) {
            Benchmark.MemoryReads reads = Benchmark.memoryReads(mb, 1);
            out.printf(Locale.ROOT, "random reads within %d MB: %.1f ns each one at a time, %.1f ns each independent%n", mb,
                    reads.oneAtATime(), reads.independent());
        }
    }

    /**
     * Each size timed in each of two rounds, the sizes in turn, and the faster run counts (load from other
     * work on the machine comes and goes; alternating spreads it over the sizes), with where its week goes.
     */
    private void scaling() throws ScenarioException {
        Measure[] best = new Measure[sizes.length];
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < sizes.length; i++) {
                Measure m = Benchmark.measure(Benchmark.scaled(load(), sizes[i]));
                if (best[i] == null || m.seconds() < best[i].seconds()) best[i] = m;
            }
        double[] x = new double[sizes.length], y = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            Measure m = best[i];
            x[i] = Math.log(m.agents());
            y[i] = Math.log(m.seconds());
            out.printf(Locale.ROOT, "%8d agents: %.2f s, %.0f ns/agent-step, peak heap %.0f MB; ns/agent-step by phase:%s%n",
                    m.agents(), m.seconds(), m.nanosPerAgentStep(), m.peakHeapMb(), byPhase(m.phaseNanosPerAgentStep()));
        }
        if (sizes.length > 1) out.printf(Locale.ROOT, "scaling exponent (least squares of log time on log agents): %.2f%n",
                Effects.slope(x, y).value());
    }

    private static String byPhase(double[] nanos) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < nanos.length; i++) b.append(String.format(Locale.ROOT, " %s %.0f", PhaseClock.PHASES[i], nanos[i]));
        return b.toString();
    }

    /**
     * Sweep throughput: the same runs on one thread and on all, alternating, three rounds; the best
     * round of each counts (the machine may be shared, and interference only ever slows a round).
     */
    private void sweep() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors(), runs = 8 * cores, agents = 2000, weeks = 260;
        java.util.function.Supplier<Scenario> small = () -> {
            try {
                Scenario s = Benchmark.scaled(load(), agents);
                s.steps = weeks;
                return s;
            } catch (ScenarioException e) {
                throw new IllegalStateException(e);
            }
        };
        Benchmark.sweepThroughput(small, cores, cores);
        double one = 0, all = 0;
        for (int round = 0; round < 3; round++) {
            one = Math.max(one, Benchmark.sweepThroughput(small, runs, 1));
            all = Math.max(all, Benchmark.sweepThroughput(small, runs, cores));
        }
        out.printf(Locale.ROOT, "sweep of %d runs (%d agents, %d weeks; best of 3 rounds): %.2f runs/s on 1 thread, %.2f runs/s on %d: "
                + "speed-up %.2f (%.2f x cores)%n", runs, agents, weeks, one, all, cores, all / one, all / one / cores);
    }
}
