package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.run.Simulation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a sweep for real (SIGKILL of a child JVM) twice in the middle, resumes it, and checks the
 * result is byte-identical to an uninterrupted sweep.
 */
class KillResumeTest {
    @TempDir Path tmp;

    private static ObjectNode spec() {
        ObjectNode spec = SpecReaderTest.tiny();
        spec.putObject("set").put("population.citizens", 1800).put("population.officials", 150).put("population.organisations", 50);
        spec.put("steps", 60);
        spec.put("replications", 8);
        spec.putObject("record").put("every", 10);
        return spec;
    }

    /** Starts `cocreation sweep` in a child JVM and kills it (SIGKILL) once `atLeast` runs are journalled. */
    private int startAndKill(Path specFile, Path out, boolean resume, int atLeast, SweepSpec spec) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "cocreation.cli.Main", "sweep", specFile.toString(), "--out", out.toString(), "--threads", "2", "--quiet"));
        if (resume) cmd.add("--resume");
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        Path partial = Journal.partialOf(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (child.isAlive() && System.nanoTime() < deadline && journalled(partial, spec) < atLeast) Thread.sleep(2);
            assertTrue(child.isAlive(), "the sweep ended before it could be killed: " + Files.readString(tmp.resolve("child.log")));
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }
        int done = Journal.read(partial, spec).size();
        assertTrue(done >= atLeast && done < spec.runs(), done + " runs done when killed");
        assertFalse(Files.exists(out), "a killed sweep leaves no final folder");
        return done;
    }

    private static int journalled(Path partial, SweepSpec spec) {
        try {
            return Files.exists(partial.resolve(Journal.JOURNAL)) ? Journal.read(partial, spec).size() : 0;
        } catch (Exception e) {
            return 0; // being created
        }
    }

    @Test
    void killedTwiceAndResumedGivesTheSameBytesAsAnUninterruptedSweep() throws Exception {
        Path specFile = Fixtures.write(tmp, "kill", spec());
        SweepSpec spec = Fixtures.read(specFile);
        Path out = tmp.resolve("killed");
        int first = startAndKill(specFile, out, false, 3, spec);
        int second = startAndKill(specFile, out, true, first + 3, spec);
        assertTrue(second > first);

        AtomicInteger ran = new AtomicInteger();
        Sweep.Result r = Sweep.run(spec, out, Fixtures.options(2, true, Shard.ALL), s -> {
            ran.incrementAndGet();
            return Simulation.run(s);
        });
        assertEquals(spec.runs() - second, ran.get(), "the resumed sweep ran only the missing runs");
        Path reference = Sweep.run(spec, tmp.resolve("reference"), Fixtures.options(2, false, Shard.ALL)).folder();
        Fixtures.assertSameOutputs(reference, r.folder());
        assertFalse(Files.exists(Journal.partialOf(out)));
    }
}
