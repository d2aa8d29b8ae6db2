package cocreation.bench;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One model week of a town that has run for a year (JMH). Run with bench/jmh.sh, which adds the
 * gc profiler: gc.alloc.rate.norm is the bytes allocated per week, divided by agents the bytes
 * per agent-step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WeekBenchmark {
    @Param({"baseline", "strong-silos"})
    public String scenario;

    private Municipality model;

    @Setup(Level.Trial)
    public void build() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios", scenario + ".json"), List.of("steps=100000"));
        model = new Municipality(s);
        model.start();
        for (int w = 0; w < 52; w++) model.schedule.step(model);
    }

    @Benchmark
    public int week() {
        model.schedule.step(model);
        return model.week();
    }
}
