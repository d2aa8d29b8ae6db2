package cocreation.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The single-node Slurm of .ci/slurm (slurmctld, slurmd and munged on 127.0.0.1), which .ci/run starts:
 * tests only use it, never install or start it. There is no accounting: job states come from
 * squeue -t all (see .ci/slurm/README.md).
 */
final class LocalSlurm {
    private static final Path HERE = Path.of("").toAbsolutePath();

    private LocalSlurm() {
    }

    /** True if a controller answers with an idle (or busy) node. */
    static boolean running() {
        try {
            Fixture.Outcome o = Fixture.run(HERE, 20, "sinfo", "-h", "-o", "%T");
            return o.code() == 0 && o.out().lines().anyMatch(l -> l.matches("idle|mixed|allocated|completing"));
        } catch (IOException | InterruptedException | AssertionError e) {
            return false;
        }
    }

    /** A job's or array task's state ("123", "123_4"), or "" if Slurm has no record of it. */
    static String state(String job) throws IOException, InterruptedException {
        Fixture.Outcome o = Fixture.run(HERE, 20, "squeue", "-h", "-t", "all", "-j", job, "-o", "%T");
        return o.code() != 0 ? "" : o.out().lines().findFirst().orElse("").strip();
    }

    /** Waits until none of the jobs (array tasks included) is pending, running or otherwise unfinished. */
    static void await(int seconds, String... jobs) throws IOException, InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            Fixture.Outcome o = Fixture.run(HERE, 20, "squeue", "-h", "-r", "-j", String.join(",", jobs),
                    "-t", "PD,R,CF,CG,S,ST,RS,RQ,RH,RF,RD,SO,SI", "-o", "%i");
            if (o.out().isBlank()) return;
            if (System.nanoTime() > end)
                throw new AssertionError("jobs " + Arrays.toString(jobs) + " not done after " + seconds + " s: " + o.out());
            Thread.sleep(500);
        }
    }

    /** Submits a script from its folder; returns the job id. */
    static String sbatch(Path dir, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "sbatch";
        command[1] = "--parsable";
        System.arraycopy(args, 0, command, 2, args.length);
        Fixture.Outcome o = Fixture.run(dir, 30, command);
        if (o.code() != 0) throw new AssertionError("sbatch failed: " + o.err());
        return o.out().strip().split(";")[0];
    }

    static void scancel(String job) throws IOException, InterruptedException {
        Fixture.run(HERE, 30, "scancel", job);
    }
}
