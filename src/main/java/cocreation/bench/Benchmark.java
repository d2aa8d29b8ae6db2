package cocreation.bench;

import cocreation.model.Municipality;
import cocreation.run.Simulation;
import cocreation.scenario.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Times whole model runs (after a warm-up) and reads the heap's peak use. */
public final class Benchmark {
    private Benchmark() {
    }

    /** One measured run: wall seconds, agent-steps and the heap's peak use during it. */
    public record Measure(int agents, int weeks, double seconds, double peakHeapMb) {
        public double agentStepsPerSecond() {
            return agents * (double) weeks / seconds;
        }

        public double nanosPerAgentStep() {
            return seconds * 1e9 / (agents * (double) weeks);
        }
    }

    /** Scales the scenario's population to about {@code agents}, keeping its proportions. */
    public static Scenario scaled(Scenario base, int agents) {
        double f = agents / (double) base.populationSize();
        base.population.officials = (int) Math.round(base.population.officials * f);
        base.population.organisations = (int) Math.round(base.population.organisations * f);
        base.population.citizens = agents - base.population.officials - base.population.organisations;
        return base;
    }

    public static Measure measure(Scenario s) {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        Municipality m = Simulation.run(s);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Measure(m.actors().length, m.week(), seconds, peakHeapMb());
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
