package cocreation.cluster;

import static cocreation.cluster.Fixture.cli;
import static org.junit.jupiter.api.Assertions.*;

import cocreation.TestEnvironment;
import cocreation.cluster.Fixture.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep on a real Slurm (the single node of .ci/slurm, which .ci/run starts; this test starts nothing):
 * submitted as an array of 3 shards, merged by the job that
 * waits for them, byte-identical to the same sweep in one process; then a shard cancelled, merge
 * naming its runs, the shard rerun as the job folder's README says, and the same bytes again.
 * Skipped when no Slurm answers, except on CI (CI=true), where it must run.
 */
class SlurmClusterTest {
    private static final Pattern JOBS = Pattern.compile("array job (\\d+) .*merge job (\\d+)");

    @TempDir Path tmp;

    @BeforeAll
    static void slurm() {
        TestEnvironment.require(LocalSlurm.running(), "no Slurm answers sinfo: the Slurm test needs the single-node Slurm "
                + "that .ci/run starts (as root: bash .ci/slurm/start-slurm.sh)");
    }

    private String[] submit(Path spec, Path job, int maxParallel) {
        Outcome o = cli("slurm", spec.toString(), "--shards", "3", "--max-parallel", String.valueOf(maxParallel),
                "--out", job.toString(), "--cpus-per-task", "1", "--mem", "512M", "--time", "10", "--submit");
        assertEquals(0, o.code(), o.err());
        Matcher m = JOBS.matcher(o.out());
        assertTrue(m.find(), o.out());
        return new String[] {m.group(1), m.group(2)};
    }

    @Test
    void aSweepAsAJobArrayGivesTheBytesOfOneProcessAndACancelledShardResumes() throws Exception {
        Path spec = Fixture.spec(tmp, "tiny", Fixture.TINY);
        Path whole = tmp.resolve("whole");
        assertEquals(0, cli("sweep", spec.toString(), "--out", whole.toString(), "--quiet").code());

        // 1. Three shards, two at a time, and the merge after them.
        Path first = tmp.resolve("first");
        String[] jobs = submit(spec, first, 2);
        LocalSlurm.await(120, jobs);
        for (int i = 0; i < 3; i++) assertEquals("COMPLETED", LocalSlurm.state(jobs[0] + "_" + i), "shard " + i);
        assertEquals("COMPLETED", LocalSlurm.state(jobs[1]), "merge job");
        Fixture.assertSameSweep(whole, first.resolve("result"));

        // 2. Again; shard 2 cancelled while it waits for a free slot (a pending task cancelled leaves no record).
        Path second = tmp.resolve("second");
        jobs = submit(spec, second, 2);
        assertEquals("PENDING", LocalSlurm.state(jobs[0] + "_2"));
        LocalSlurm.scancel(jobs[0] + "_2");
        LocalSlurm.await(120, jobs);
        assertEquals("COMPLETED", LocalSlurm.state(jobs[0] + "_0"));
        assertEquals("COMPLETED", LocalSlurm.state(jobs[0] + "_1"));
        assertNotEquals("COMPLETED", LocalSlurm.state(jobs[1]), "the merge must not run without shard 2");
        assertFalse(Files.exists(second.resolve("result")));
        assertFalse(Files.exists(second.resolve("parts/shard-2")));

        // merge names exactly the runs missing: those of shard 2 (run_id % 3 == 2)
        int missing = 0;
        for (int id = 0; id < Fixture.RUNS; id++) if (id % 3 == 2) missing++;
        Outcome merge = Fixture.run(second, 120, "bash", "merge.sbatch");
        assertEquals(2, merge.code(), merge.out() + merge.err());
        assertTrue(merge.err().contains("error: merge: " + missing + " of " + Fixture.RUNS + " runs are missing: all of shard 2/3"),
                merge.err());
        assertTrue(merge.err().contains("sbatch --parsable --array=2 sweep.sbatch"), merge.err());
        assertFalse(Files.exists(second.resolve("result")));

        // 3. The rerun the README shows: the shard again, the merge after it.
        String rerun = LocalSlurm.sbatch(second, "--array=2", "sweep.sbatch");
        String merged = LocalSlurm.sbatch(second, "--dependency=afterok:" + rerun, "merge.sbatch");
        LocalSlurm.await(120, rerun, merged);
        assertEquals("COMPLETED", LocalSlurm.state(merged), "merge job after the rerun");
        Fixture.assertSameSweep(whole, second.resolve("result"));
    }
}
