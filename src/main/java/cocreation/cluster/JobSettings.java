package cocreation.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Slurm jobs ask for: shards and how many run at once, and per job its cores, memory and
 * time limit, a name, extra {@code #SBATCH} lines (partition, account, qos...) and shell lines to run
 * first (e.g. {@code module load Java/17}). Memory and time use Slurm's own notation.
 */
public record JobSettings(int shards, int maxParallel, int cpusPerTask, String memory, String time, String jobName,
                          List<String> sbatchOptions, List<String> setup) {
    private static final Pattern MEMORY = Pattern.compile("(\\d+)([KMGT]?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("(\\d+-)?\\d+(:\\d{1,2}){0,2}");

    public JobSettings {
        sbatchOptions = List.copyOf(sbatchOptions);
        setup = List.copyOf(setup);
    }

    /** Every problem, each naming its option; {@code runs} is the sweep's number of runs. */
    public List<String> problems(int runs) {
        List<String> p = new ArrayList<>();
        if (shards < 1) p.add("--shards: " + shards + " is below 1");
        else if (shards > runs) p.add("--shards: " + shards + " is more than the sweep's " + runs + " runs");
        if (maxParallel < 1) p.add("--max-parallel: " + maxParallel + " is below 1");
        if (cpusPerTask < 1) p.add("--cpus-per-task: " + cpusPerTask + " is below 1");
        Matcher m = MEMORY.matcher(memory);
        if (!m.matches() || megabytes() < 64)
            p.add("--mem: '" + memory + "' is not a memory size of at least 64M, such as 4G or 8000M");
        if (!TIME.matcher(time).matches())
            p.add("--time: '" + time + "' is not a Slurm time limit, such as 04:00:00, 90 (minutes) or 2-00:00:00");
        for (String o : sbatchOptions)
            if (!o.startsWith("-") || o.chars().anyMatch(Character::isISOControl))
                p.add("--sbatch-option: '" + o + "' is not one sbatch option, such as --partition=short or --account=proj42");
        if (!jobName.matches("[A-Za-z0-9._-]+"))
            p.add("--job-name: '" + jobName + "' may hold only letters, digits, '.', '_' and '-'");
        for (String s : setup)
            if (s.contains("\n") || s.contains("\r")) p.add("--setup: give one line per --setup");
        return p;
    }

    /** The memory in megabytes (Slurm reads a bare number as megabytes). */
    long megabytes() {
        Matcher m = MEMORY.matcher(memory);
        if (!m.matches()) return 0;
        long n;
        try {
            n = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return 0;
        }
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> n / 1024;
            case "G" -> n * 1024;
            case "T" -> n * 1024 * 1024;
            default -> n;
        };
    }

    /** Java's default heap in a job: three quarters of its memory, leaving room for the JVM itself. */
    String heap() {
        return "-Xmx" + Math.max(32, megabytes() * 3 / 4) + "m";
    }
}
