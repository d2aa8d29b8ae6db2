package cocreation.cluster;

import java.nio.file.Path;

/**
 * The text of the job folder's scripts: {@code sweep.sbatch} (the array, one task per shard),
 * {@code merge.sbatch} (the merge, which waits for the array), {@code run-local.sh} (the same
 * shards without Slurm) and {@code README.md}. Both sbatch scripts also run as plain bash scripts.
 */
final class JobScripts {
    static final String SWEEP = "sweep.sbatch", MERGE = "merge.sbatch", LOCAL = "run-local.sh", README = "README.md";

    private final String name;
    private final String specFile;
    private final int runs;
    private final Path out;
    private final JobSettings s;
    private final Launch launch;

    /**
     * {@code out} is the job folder's final absolute path; {@code specFile} the spec's file name in it. The
     * spec's name comes from a file name, which may hold anything: scripts quote it, or show it in {@link Shell#plain} text.
     */
    JobScripts(String name, String specFile, int runs, Path out, JobSettings settings, Launch launch) {
        this.name = Shell.plain(name);
        this.specFile = specFile;
        this.runs = runs;
        this.out = out;
        this.s = settings;
        this.launch = launch;
    }

    private String q(String path) {
        return Shell.quote(out.resolve(path).toString());
    }

    private String java() {
        return "java ${COCREATION_JAVA_OPTS:-" + s.heap() + "} " + launch.program(out);
    }

    private String header(String jobName, String log) {
        StringBuilder b = new StringBuilder("#!/bin/bash\n");
        b.append("#SBATCH --job-name=").append(jobName).append('\n');
        if (log.equals("shard")) b.append("#SBATCH --array=0-").append(s.shards() - 1).append('%').append(s.maxParallel()).append('\n');
        b.append("#SBATCH --cpus-per-task=").append(s.cpusPerTask()).append('\n');
        b.append("#SBATCH --mem=").append(s.memory()).append('\n');
        b.append("#SBATCH --time=").append(s.time()).append('\n');
        b.append("#SBATCH --chdir=").append(out).append('\n');
        b.append("#SBATCH --output=").append(out.resolve("logs").resolve(log.equals("shard") ? "shard-%a.out" : "merge.out")).append('\n');
        b.append("#SBATCH --open-mode=append\n");
        for (String o : s.sbatchOptions()) b.append("#SBATCH ").append(o).append('\n');
        return b.toString();
    }

    private String setup() {
        StringBuilder b = new StringBuilder();
        for (String line : s.setup()) b.append(line).append('\n');
        return b.toString();
    }

    /** Shard numbers for examples of a rerun. */
    private String someShards() {
        return s.shards() == 1 ? "0" : s.shards() == 2 ? "1" : "1," + (s.shards() - 1);
    }

    String sweep() {
        int n = s.shards();
        return header(s.jobName(), "shard")
                + "#\n"
                + "# Sweep '" + name + "' (" + runs + " runs) in " + n + " shards, one array task each; written by cocreation slurm.\n"
                + "# Task i runs shard i/" + n + " into parts/shard-i. With --resume, a task run again (rerun by hand,\n"
                + "# requeued, or after a cancel, time-out or crash) continues where it stopped, and runs again the runs that\n"
                + "# failed (--retry-failed: say, for lack of memory); a finished shard without failures stays as it is.\n"
                + "#   rerun shards:   sbatch --array=" + someShards() + " " + SWEEP + "\n"
                + "#   without Slurm:  SLURM_ARRAY_TASK_ID=1 bash " + SWEEP + "   (" + LOCAL + " runs them all)\n"
                + "set -uo pipefail\n"
                + "shard=\"${SLURM_ARRAY_TASK_ID:?not an array task: submit with sbatch, or set SLURM_ARRAY_TASK_ID}\"\n"
                + setup()
                + "echo \"shard $shard/" + n + " of " + name + " started on $(hostname) at $(date)\"\n"
                + java() + " \\\n"
                + "  sweep " + q(specFile) + " --shard \"$shard/" + n + "\" --resume --retry-failed \\\n"
                + "  --out " + q("parts") + "/shard-\"$shard\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --quiet\n"
                + "status=$?\n"
                + "echo \"shard $shard/" + n + " ended at $(date) with exit code $status\"\n"
                + "exit $status\n";
    }

    String merge() {
        int n = s.shards();
        return header(s.jobName() + "-merge", "merge")
                + "#\n"
                + "# Merges the " + n + " shards of sweep '" + name + "' into result/; written by cocreation slurm.\n"
                + "# Submitted with --dependency=afterok:<array job>, it starts once every shard has succeeded.\n"
                + "# After rerunning shards:  sbatch --dependency=afterok:<rerun job> " + MERGE + "   (or: bash " + MERGE + ")\n"
                + "# Every shard folder that exists goes to merge, finished or not, so merge names exactly the runs missing.\n"
                + "set -uo pipefail\n"
                + "parts=()\n"
                + "unfinished=()\n"
                + "for i in $(seq 0 " + (n - 1) + "); do\n"
                + "  part=" + q("parts") + "/shard-$i\n"
                + "  if [ -d \"$part\" ]; then parts+=(\"$part\")\n"
                + "  else\n"
                + "    unfinished+=(\"$i\")\n"
                + "    if [ -d \"$part.partial\" ]; then parts+=(\"$part.partial\"); fi\n"
                + "  fi\n"
                + "done\n"
                + "if [ ${#parts[@]} -eq 0 ]; then\n"
                + "  echo \"error: no shard has started: nothing in " + out.resolve("parts") + "\" >&2\n"
                + "  exit 2\n"
                + "fi\n"
                + setup()
                + java() + " \\\n"
                + "  merge \"${parts[@]}\" --out " + q("result") + " --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n"
                + "status=$?\n"
                + "if [ $status -ne 0 ] && [ ${#unfinished[@]} -gt 0 ]; then\n"
                + "  list=$(IFS=,; echo \"${unfinished[*]}\")\n"
                + "  echo \"unfinished shards: $list; rerun them, in " + out + ":\" >&2\n"
                + "  echo \"  job=\\$(sbatch --parsable --array=$list " + SWEEP + ")\" >&2\n"
                + "  echo \"  sbatch --dependency=afterok:\\$job " + MERGE + "\" >&2\n"
                + "fi\n"
                + "exit $status\n";
    }

    String local() {
        int n = s.shards();
        return "#!/bin/bash\n"
                + "# The same " + n + " shards on one machine, without Slurm: P at a time (default 2), each with\n"
                + "# nproc/P threads, by GNU parallel if it is installed, else xargs -P; then the merge.\n"
                + "# Usage: bash " + LOCAL + " [P]\n"
                + "set -uo pipefail\n"
                + "cd " + Shell.quote(out.toString()) + " || exit 1\n"
                + "P=\"${1:-2}\"\n"
                + "threads=$(( $(nproc) / P ))\n"
                + "export SLURM_CPUS_PER_TASK=$(( threads > 0 ? threads : 1 ))   # read by " + SWEEP + " as under Slurm\n"
                + "if command -v parallel >/dev/null; then\n"
                + "  parallel -j \"$P\" --line-buffer SLURM_ARRAY_TASK_ID={} bash " + SWEEP + " ::: $(seq 0 " + (n - 1) + ")\n"
                + "else\n"
                + "  seq 0 " + (n - 1) + " | xargs -P \"$P\" -I{} env SLURM_ARRAY_TASK_ID={} bash " + SWEEP + "\n"
                + "fi\n"
                + "bash " + MERGE + "\n";
    }

    String readme() {
        int n = s.shards();
        String last = String.valueOf(n - 1);
        return "# Slurm jobs for the sweep '" + name + "'\n\n"
                + "Written by `cocreation slurm`: " + runs + " runs in " + n + " shards (shard i runs the runs with "
                + "`run_id % " + n + " == i`), at most " + s.maxParallel() + " at a time, each with "
                + s.cpusPerTask() + " cores, " + s.memory() + " and " + s.time() + ".\n\n"
                + "| file | what it is |\n|---|---|\n"
                + "| `" + Shell.plain(specFile) + "` | the sweep spec, with its base scenario inlined: the jobs need nothing outside this folder"
                + (launch.jar() != null ? " but Java 17" : "") + " |\n"
                + (launch.jar() != null ? "| `" + Launch.JAR + "` | the program the jobs run (a copy, so rebuilding cannot change it while jobs wait) |\n" : "")
                + "| `" + SWEEP + "` | the job array: task i runs `sweep --shard i/" + n + " --resume --retry-failed` into `parts/shard-i/` |\n"
                + "| `" + MERGE + "` | the merge into `result/`, which waits for every shard to succeed (`afterok`) |\n"
                + "| `" + LOCAL + "` | the same shards on a workstation, with GNU parallel or `xargs -P` |\n"
                + "| `logs/` | `shard-i.out` per task, `merge.out` |\n\n"
                + "## On the cluster\n\n```bash\ncd " + Shell.quote(out.toString()) + "\n"
                + "array=$(sbatch --parsable " + SWEEP + ")\n"
                + "sbatch --dependency=afterok:$array " + MERGE + "\n"
                + "squeue -u $USER -r            # where the tasks are\n```\n\n"
                + "(`cocreation slurm --submit` does these two `sbatch`.) `result/` appears, complete, when the merge "
                + "is done: the same files, byte for byte, as `cocreation sweep` of the same spec in one process (all but "
                + "`manifest.json` and `timing.csv`, which record how it ran).\n\n"
                + "## When a shard fails or is cancelled\n\n"
                + "The merge job then never starts (Slurm leaves it pending with `DependencyNeverSatisfied`, or cancels it): "
                + "`scancel` it. `bash " + MERGE + "` (or `sbatch " + MERGE + "`) says exactly which runs are missing and which shards "
                + "to rerun. A rerun "
                + "continues the shard where it stopped (`--resume`):\n\n```bash\n"
                + "array=$(sbatch --parsable --array=" + someShards() + " " + SWEEP + ")   # the shards to rerun\n"
                + "sbatch --dependency=afterok:$array " + MERGE + "\n```\n\n"
                + "## Without Slurm\n\n```bash\n"
                + "bash " + LOCAL + " 2                # 2 shards at a time, then the merge; or by hand:\n"
                + "parallel -j 2 SLURM_ARRAY_TASK_ID={} bash " + SWEEP + " ::: $(seq 0 " + last + ")\n"
                + "seq 0 " + last + " | xargs -P 2 -I{} env SLURM_ARRAY_TASK_ID={} bash " + SWEEP + "\n"
                + "bash " + MERGE + "\n```\n\n"
                + "Java's heap is three quarters of `--mem` unless `COCREATION_JAVA_OPTS` is set when you submit (sbatch passes "
                + "your environment on to the jobs).\n";
    }
}
