package cocreation.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The single-node Slurm of .ci/slurm (slurmctld, slurmd and munged on 127.0.0.1), started if it
 * is not running. There is no accounting: job states come from squeue -t all (see .ci/slurm/README.md).
 */
final class LocalSlurm {
    private static final Path SCRIPTS = Path.of(".ci", "slurm");
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

    /** Starts Slurm with .ci/slurm/start-slurm.sh (as root; it installs the packages if missing). Null if it cannot. */
    static String start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(SCRIPTS.resolve("start-slurm.sh"))) return "no .ci/slurm/start-slurm.sh";
        Fixture.Outcome id = Fixture.run(HERE, 10, "id", "-u");
        if (!id.out().strip().equals("0")) return "not root: cannot start slurmctld, slurmd and munged";
        Fixture.Outcome o = Fixture.run(HERE, 600, "bash", SCRIPTS.resolve("start-slurm.sh").toString());
        return o.code() == 0 ? null : "start-slurm.sh failed: " + o.err();
    }

    static void stop() throws IOException, InterruptedException {
        Fixture.run(HERE, 120, "bash", SCRIPTS.resolve("stop-slurm.sh").toString());
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
