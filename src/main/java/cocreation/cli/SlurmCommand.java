package cocreation.cli;

import cocreation.cluster.JobFolder;
import cocreation.cluster.JobSettings;
import cocreation.cluster.Launch;
import cocreation.cluster.Sbatch;
import cocreation.scenario.ScenarioException;
import cocreation.sweep.SpecReader;
import cocreation.sweep.SweepSpec;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cocreation slurm}: a sweep as a Slurm job array of shards and a merge job that waits for it. */
@Command(name = "slurm", mixinStandardHelpOptions = true,
        description = {"Write a Slurm job array that runs a sweep in N shards (sweep --shard i/N --resume, one array task each), "
                + "a merge job that waits for them all (afterok), run-local.sh for the same shards without Slurm, and a README.",
                "With --submit, submit the array and the merge with sbatch and print their job ids."})
final class SlurmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SPEC", description = "Sweep spec (JSON), or the name of one in scenarios/sweeps/.")
    String spec;

    @Option(names = "--shards", paramLabel = "N", required = true, description = "Array tasks: shard i runs the runs with run_id %% N == i.")
    int shards;

    @Option(names = "--max-parallel", paramLabel = "M", description = "Tasks running at once, --array=0-(N-1)%%M (default: N).")
    Integer maxParallel;

    @Option(names = "--out", paramLabel = "DIR", description = "Job folder (default: results/slurm/<spec>-<time>/).")
    Path out;

    @Option(names = "--submit", description = "Submit the array and the merge job with sbatch.")
    boolean submit;

    @Option(names = "--cpus-per-task", paramLabel = "C", defaultValue = "4",
            description = "Cores per task, the shard's --threads (default: ${DEFAULT-VALUE}).")
    int cpus;

    @Option(names = "--mem", paramLabel = "SIZE", defaultValue = "4G",
            description = "Memory per task, as for sbatch (default: ${DEFAULT-VALUE}); Java gets three quarters of it.")
    String memory;

    @Option(names = "--time", paramLabel = "LIMIT", defaultValue = "04:00:00",
            description = "Time limit per task, as for sbatch (default: ${DEFAULT-VALUE}); a task that runs out resumes when rerun.")
    String time;

    @Option(names = "--job-name", paramLabel = "NAME", description = "Job name (default: the spec's name).")
    String jobName;

    @Option(names = "--sbatch-option", paramLabel = "OPT",
            description = "An extra #SBATCH line for both jobs, e.g. --sbatch-option=--partition=short --sbatch-option=--account=proj42 (repeatable).")
    List<String> sbatchOptions = new ArrayList<>();

    @Option(names = "--setup", paramLabel = "LINE",
            description = "A shell line each job runs before Java, e.g. --setup 'module load Java/17' (repeatable).")
    List<String> setup = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        SweepSpec s = SpecReader.read(SweepCommand.specFile(spec), Home::scenario);
        for (String w : s.warnings()) System.err.println("warning: " + w);
        String name = jobName != null ? jobName : s.name().replaceAll("[^A-Za-z0-9._-]", "-");
        JobSettings settings = new JobSettings(shards, maxParallel != null ? maxParallel : Math.max(1, shards), cpus,
                memory, time, name, sbatchOptions, setup);
        Path dir = out != null ? out : Path.of("results", "slurm", s.name().replaceAll("[^A-Za-z0-9._-]", "-") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        List<String> problems = new ArrayList<>(settings.problems(s.runs()));
        problems.addAll(JobFolder.problems(dir));
        if (!problems.isEmpty()) throw new ScenarioException(problems);

        Path folder = JobFolder.write(s, dir, settings, Launch.current());
        System.out.println(folder);
        if (!submit) {
            System.err.println("to submit: cd " + folder + " && sbatch --dependency=afterok:$(sbatch --parsable sweep.sbatch) merge.sbatch"
                    + " (or run this command with --submit); without Slurm: bash " + folder.resolve("run-local.sh"));
            return 0;
        }
        Sbatch.Submitted jobs;
        try {
            jobs = Sbatch.submit(folder);
        } catch (java.io.IOException e) {
            System.err.println("the job folder is written; submit it later as " + folder.resolve("README.md") + " says");
            throw e;
        }
        System.out.println("array job " + jobs.arrayJob() + " (" + shards + " shards, " + settings.maxParallel()
                + " at a time), merge job " + jobs.mergeJob() + " (after all shards succeed)");
        System.err.println("watch: squeue -r -j " + jobs.arrayJob() + "," + jobs.mergeJob() + "; logs in " + folder.resolve("logs")
                + "; the merged sweep will be in " + folder.resolve("result"));
        return 0;
    }
}
