package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.output.TidyCsv;
import cocreation.run.Simulation;
import cocreation.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders a sweep resumes or merges are checked before they are trusted: a finished one against its
 * manifest's hashes, journal lines against their checks and against being journalled twice; runs that
 * failed run again with --retry-failed, in a finished sweep or shard too, to the same bytes as a sweep
 * where they never failed.
 */
class TamperTest {
    @TempDir Path tmp;

    private static String problem(Executable e) {
        ScenarioException x = assertThrows(ScenarioException.class, e::run);
        assertEquals(1, x.problems().size(), x.problems().toString());
        return x.problems().get(0);
    }

    interface Executable {
        void run() throws Exception;
    }

    private static Sweep.Options resume(boolean retry, Shard shard) {
        return new Sweep.Options(1, true, retry, shard, true, "test", "test.json");
    }

    @Test
    void aFinishedSweepWithAnEditedDeletedOrAddedFileIsNotTrusted() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", SweepTest.spec()));
        Path out = Sweep.run(spec, tmp.resolve("out"), Fixtures.options(2, false, Shard.ALL), Simulation::run).folder();
        assertTrue(Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run).alreadyComplete());
        Path runs = out.resolve("runs.csv");
        String original = Files.readString(runs);

        Files.writeString(runs, original.replaceFirst("\n0,0,0,", "\n0,0,1,"));
        assertEquals(out + ": runs.csv has changed since the sweep wrote it (its SHA-256 is not the one manifest.json records)",
                problem(() -> Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run)));
        Files.delete(runs);
        assertEquals(out + ": runs.csv is missing (manifest.json lists it)",
                problem(() -> Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run)));
        Files.writeString(runs, original);
        Files.writeString(out.resolve("extra.csv"), "a\n");
        assertEquals(out + ": extra.csv is not one of the files the sweep wrote",
                problem(() -> Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run)));
        Files.delete(out.resolve("extra.csv"));
        assertTrue(Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run).alreadyComplete());
    }

    @Test
    void aJournalLineEditedOrWrittenTwiceIsRefusedOnResumeAndMerge() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", SweepTest.spec()));
        AtomicInteger started = new AtomicInteger();
        Path out = tmp.resolve("out");
        assertThrows(IllegalStateException.class, () -> Sweep.run(spec, out, Fixtures.options(1, false, Shard.ALL), s -> {
            if (started.incrementAndGet() > 4) throw new SweepTest.Crash();
            return Simulation.run(s);
        }));
        Path journal = Journal.partialOf(out).resolve("journal.csv");
        List<String> lines = Files.readAllLines(journal);
        int ideas = TidyCsv.readRows(journal).get(0).indexOf("ideas_proposed");

        // a metric set to 999
        List<List<String>> rows = TidyCsv.readRows(journal);
        rows.get(2).set(ideas, "999");
        Files.writeString(journal, lines.get(0) + "\n" + lines.get(1) + "\n" + TidyCsv.line(rows.get(2))
                + String.join("\n", lines.subList(3, lines.size())) + "\n");
        String p = problem(() -> Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run));
        assertTrue(p.matches(".*journal.csv line 3: run \\d+'s line was changed after the sweep wrote it \\(its check does not match its cells\\)"), p);
        // the same sweep merged from the unfinished folder: refused as well
        p = problem(() -> Sweep.merge(List.of(Journal.partialOf(out)), tmp.resolve("merged"), Fixtures.options(1, false, Shard.ALL)));
        assertTrue(p.contains("journal.csv line 3: run "), p);

        // the first line twice
        Files.writeString(journal, String.join("\n", lines) + "\n" + lines.get(1) + "\n");
        p = problem(() -> Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run));
        assertTrue(p.matches(".*journal.csv line " + (lines.size() + 1) + ": run \\d+ is journalled a second time \\(first on line 2\\).*"), p);

        // as it was: it resumes
        Files.writeString(journal, String.join("\n", lines) + "\n");
        assertFalse(Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run).alreadyComplete());
    }

    @Test
    void aFinishedShardWithAnEditedJournalIsNotMerged() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", SweepTest.spec()));
        Path shard = Sweep.run(spec, tmp.resolve("shard0"), Fixtures.options(1, false, new Shard(0, 2)), Simulation::run).folder();
        Files.writeString(shard.resolve("journal.csv"), "\n", StandardOpenOption.APPEND);
        String p = problem(() -> Sweep.merge(List.of(shard), tmp.resolve("merged"), Fixtures.options(1, false, Shard.ALL)));
        assertEquals(shard + ": journal.csv has changed since the sweep wrote it (its SHA-256 is not the one manifest.json records)", p);
        assertFalse(Files.exists(tmp.resolve("merged")));
    }

    @Test
    void retryFailedRunsTheFailedRunsAgainInAFinishedSweepAndShard() throws Exception {
        SweepSpec spec = Fixtures.read(Fixtures.write(tmp, "s", SweepTest.withSomeFailures(SweepTest.spec())));
        Path never = Sweep.run(spec, tmp.resolve("never"), Fixtures.options(2, false, Shard.ALL), Simulation::run).folder();

        Path out = Sweep.run(spec, tmp.resolve("out"), Fixtures.options(2, false, Shard.ALL), SweepTest.SOMETIMES_FAILS).folder();
        Sweep.Result done = Sweep.run(spec, out, resume(false, Shard.ALL), Simulation::run);
        assertTrue(done.alreadyComplete() && done.failed() > 0, "without --retry-failed nothing runs");
        int failed = done.failed();
        AtomicInteger ran = new AtomicInteger();
        Sweep.Result retried = Sweep.run(spec, out, resume(true, Shard.ALL), s -> {
            ran.incrementAndGet();
            return Simulation.run(s);
        });
        assertEquals(failed, ran.get(), "only the failed runs ran again");
        assertEquals(0, retried.failed());
        Fixtures.assertSameOutputs(never, out);
        assertFalse(Files.exists(Journal.partialOf(out)), "no journal once no run has failed");

        // A shard: its folder is its journal; it is reopened, retried and finished again.
        Path shard = Sweep.run(spec, tmp.resolve("shard"), Fixtures.options(1, false, new Shard(1, 2)), SweepTest.SOMETIMES_FAILS).folder();
        Sweep.Result again = Sweep.run(spec, shard, resume(true, new Shard(1, 2)), Simulation::run);
        assertEquals(0, again.failed());
        Path other = Sweep.run(spec, tmp.resolve("shard0"), Fixtures.options(1, false, new Shard(0, 2)), Simulation::run).folder();
        Path merged = Sweep.merge(List.of(other, shard), tmp.resolve("merged"), Fixtures.options(1, false, Shard.ALL)).folder();
        Fixtures.assertSameOutputs(never, merged);
    }
}
