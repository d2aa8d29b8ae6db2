package cocreation.bench;

import cocreation.model.Municipality;
import cocreation.run.ParallelRuns;
import cocreation.run.Seeds;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times whole model runs, phases, sweeps of runs, and reads the heap. */
public final class Benchmark {
    private Benchmark() {
    }

    /**
     * One measured run: wall seconds (building the model included), the time of each phase, and the
     * heap's peak use during it.
     */
    public record Measure(int agents, int weeks, double seconds, long[] phaseNanos, double peakHeapMb) {
        public double nanosPerAgentStep() {
            return seconds * 1e9 / (agents * (double) weeks);
        }

        /** Nanoseconds per agent-week spent in each phase, in {@link PhaseClock#PHASES} order. */
        public double[] phaseNanosPerAgentStep() {
            double[] out = new double[phaseNanos.length];
            for (int i = 0; i < out.length; i++) out[i] = phaseNanos[i] / (agents * (double) weeks);
            return out;
        }
    }

    /** Nanoseconds per random read, one at a time and independent (see {@link #memoryReads}). */
    public record MemoryReads(double oneAtATime, double independent) {
    }

    /** Keeps the memory probe's reads from being optimised away. */
    private static volatile long blackhole;

    /**
     * Scales the scenario's population to about {@code agents}, keeping its proportions, and its arenas'
     * capacity with it. The administration (budget, review capacity) stays as it is, so the number of
     * innovations, and each person's exposure to them, stays comparable (docs/performance.md).
     */
    public static Scenario scaled(Scenario base, int agents) {
        double f = agents / (double) base.populationSize();
        base.population.officials = (int) Math.round(base.population.officials * f);
        base.population.organisations = (int) Math.round(base.population.organisations * f);
        base.population.citizens = agents - base.population.officials - base.population.organisations;
        for (var arena : base.arenas) arena.capacity = Math.max(2, (int) Math.round(arena.capacity * f));
        return base;
    }

    /**
     * The JVM's object alignment in bytes ({@code -XX:ObjectAlignmentInBytes}, default 8), which decides how
     * many cache lines an actor spans; "unknown" on a JVM that does not say.
     */
    public static String objectAlignment() {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption("ObjectAlignmentInBytes").getValue();
        } catch (RuntimeException | LinkageError e) {
            return "unknown";
        }
    }

    public static Measure measure(Scenario s) {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        PhaseClock m = new PhaseClock(s);
        m.runTimed();
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Measure(m.actors().length, m.week(), seconds, m.nanos(), peakHeapMb());
    }

    /** Heap the built model retains, per agent, in bytes (after start, before the first week). */
    public static double retainedBytesPerAgent(Scenario s) {
        long before = usedAfterGc();
        Municipality m = new Municipality(s);
        m.start();
        long after = usedAfterGc();
        return (after - before) / (double) m.actors().length;
    }

    /** Share of each phase in the time of schedule.step, and the remainder (MASON's scheduling). */
    public static double[] phaseShares(Scenario s) {
        PhaseClock clock = new PhaseClock(s);
        long total = clock.runTimed();
        long[] nanos = clock.nanos();
        double[] shares = new double[nanos.length + 1];
        long phases = 0;
        for (int i = 0; i < nanos.length; i++) {
            shares[i] = nanos[i] / (double) total;
            phases += nanos[i];
        }
        shares[nanos.length] = (total - phases) / (double) total;
        return shares;
    }

    /** Runs per second for {@code runs} independent runs on the given number of threads. */
    public static double sweepThroughput(Supplier<Scenario> scenario, int runs, int threads) throws InterruptedException {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < runs; i++) ids.add(i);
        long t0 = System.nanoTime();
        List<ParallelRuns.Outcome<Integer>> out = ParallelRuns.run(ids, threads, i -> {
            Scenario s = scenario.get();
            s.seed = Seeds.derive(1, i);
            return Simulation.run(s).week();
        }, o -> { });
        for (var o : out) if (o.failed()) throw new IllegalStateException(o.error());
        return runs / ((System.nanoTime() - t0) / 1e9);
    }

    /**
     * Nanoseconds per random read from an int array of {@code megabytes}: one read at a time (each
     * address comes from the previous read, as in following a tie to a neighbour) and independent
     * reads (as when a block of actors is read ahead). Tells how far the cache reaches on this machine.
     */
    public static MemoryReads memoryReads(int megabytes, long seed) {
        int lines = megabytes * (1 << 20) / 64, reads = 2_000_000;
        int[] next = new int[lines * 16];
        int[] cycle = new int[lines];
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < lines; i++) cycle[i] = i;
        for (int i = lines - 1; i > 0; i--) {
            int j = r.nextInt(i + 1), t = cycle[i];
            cycle[i] = cycle[j];
            cycle[j] = t;
        }
        for (int i = 0; i < lines; i++) next[16 * cycle[i]] = 16 * cycle[(i + 1) % lines];
        int[] addresses = new int[reads];
        for (int i = 0; i < reads; i++) addresses[i] = 16 * r.nextInt(lines);
        double dependent = Double.MAX_VALUE, independent = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            int p = 0;
            for (int i = 0; i < reads; i++) p = next[p];
            long t1 = System.nanoTime();
            for (int i = 0; i < reads; i++) sink += next[addresses[i]];
            long t2 = System.nanoTime();
            sink += p;
            dependent = Math.min(dependent, (t1 - t0) / (double) reads);
            independent = Math.min(independent, (t2 - t1) / (double) reads);
        }
        blackhole = sink;
        return new MemoryReads(dependent, independent);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum / 1e6;
    }
}
