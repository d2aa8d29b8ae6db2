package cocreation.cli;

import cocreation.bench.Benchmark;
import cocreation.bench.Benchmark.Measure;
import cocreation.scenario.Scenario;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation bench}: model speed and memory on this machine, for the performance targets. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model speed: the baseline for 520 weeks, then larger towns (not with --quick).")
final class BenchCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", defaultValue = "scenarios/baseline.json", paramLabel = "SCENARIO")
    String scenario;

    @Option(names = "--quick", description = "Only the baseline, fewer repetitions.")
    boolean quick;

    @Option(names = "--sizes", split = ",", description = "Town sizes to time (default 5000,20000,100000).")
    int[] sizes = {5000, 20000, 100000};

    @Override
    public Integer call() throws Exception {
        ScenarioOptions none = new ScenarioOptions();
        Scenario base = none.load(Home.scenario(scenario));
        System.out.printf(Locale.ROOT, "cocreation bench: %s, %d weeks, Java %s, %d cores, max heap %d MB%n", base.name,
                base.steps, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_000_000);
        Scenario warm = none.load(Home.scenario(scenario));
        warm.steps = Math.min(warm.steps, 104);
        Benchmark.measure(warm);
        int reps = quick ? 3 : 5;
        double[] times = new double[reps];
        Measure last = null;
        for (int i = 0; i < reps; i++) {
            last = Benchmark.measure(none.load(Home.scenario(scenario)));
            times[i] = last.seconds();
        }
        java.util.Arrays.sort(times);
        double median = times[reps / 2];
        System.out.printf(Locale.ROOT, "baseline: %d agents x %d weeks: median %.3f s of %d runs (min %.3f), %.0f ns/agent-step, %.2f M agent-steps/s%n",
                last.agents(), last.weeks(), median, reps, times[0], median * 1e9 / (last.agents() * (double) last.weeks()),
                last.agents() * (double) last.weeks() / median / 1e6);
        if (quick) return 0;
        double[] x = new double[sizes.length], y = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            Measure m = Benchmark.measure(Benchmark.scaled(none.load(Home.scenario(scenario)), sizes[i]));
            x[i] = Math.log(m.agents());
            y[i] = Math.log(m.seconds());
            System.out.printf(Locale.ROOT, "%7d agents: %.2f s, %.0f ns/agent-step, peak heap %.0f MB (%.1f KB/agent)%n",
                    m.agents(), m.seconds(), m.nanosPerAgentStep(), m.peakHeapMb(), m.peakHeapMb() * 1000 / m.agents());
        }
        if (sizes.length > 1) System.out.printf(Locale.ROOT, "scaling exponent (log time on log agents): %.2f%n", slope(x, y));
        return 0;
    }

    static double slope(double[] x, double[] y) {
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }
}
