package cocreation.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Submits a job folder's scripts with the real {@code sbatch}: the array, then the merge after it. */
public final class Sbatch {
    /** The ids Slurm gave the array job and the merge job. */
    public record Submitted(String arrayJob, String mergeJob) {}

    private Sbatch() {
    }

    /** Submits the array and a merge that depends on it (afterok). */
    public static Submitted submit(Path folder) throws IOException, InterruptedException {
        String array = run(folder, List.of(), folder.resolve(JobScripts.SWEEP));
        String merge;
        try {
            merge = run(folder, List.of("--dependency=afterok:" + array), folder.resolve(JobScripts.MERGE));
        } catch (IOException e) {
            throw new IOException(e.getMessage() + " (the array job " + array + " was submitted; submit the merge by hand: "
                    + "sbatch --dependency=afterok:" + array + " " + folder.resolve(JobScripts.MERGE) + ")", e);
        }
        return new Submitted(array, merge);
    }

    /** {@code sbatch --parsable}: prints "jobid" or "jobid;cluster". */
    static String run(Path dir, List<String> options, Path script) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(options);
        command.add(script.toString());
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run sbatch (is this a Slurm login node?): " + e.getMessage(), e);
        }
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // small: no pipe fills
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        String id = out.lines().map(String::strip).filter(l -> l.matches("\\d+(;.*)?")).map(l -> l.split(";")[0])
                .findFirst().orElse(null);
        if (code != 0 || id == null)
            throw new IOException("sbatch " + String.join(" ", command.subList(2, command.size())) + " failed (exit code "
                    + code + "): " + (err + " " + out.strip()).strip());
        return id;
    }
}
