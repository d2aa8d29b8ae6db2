package cocreation.cluster;

import static cocreation.cluster.Fixture.cli;
import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cocreation.cluster.Fixture.Outcome;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cocreation slurm} without a cluster: checks of its input, the scripts it writes, and their run without Slurm. */
class SlurmScriptsTest {
    @TempDir Path tmp;

    private boolean onlySpecs() throws Exception {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.allMatch(p -> p.getFileName().toString().endsWith(".json"));
        }
    }

    private void assertBad(String problem, String... args) throws Exception {
        Outcome o = cli(args);
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("error: " + problem), o.err());
        assertFalse(o.err().contains("Exception"), "no stack trace: " + o.err());
        assertTrue(onlySpecs(), "nothing written");
    }

    @Test
    void badInputExitsWithCode2AndWritesNothing() throws Exception {
        String spec = Fixture.spec(tmp, "tiny", Fixture.TINY).toString();
        String out = tmp.resolve("job").toString();
        String typo = Fixture.spec(tmp, "typo", Fixture.TINY.replace("time_pressure", "time_presure")).toString();
        assertBad("factors[0].path: unknown scenario path 'municipality.time_presure'", "slurm", typo, "--shards", "3", "--out", out);
        assertBad("--shards: 0 is below 1", "slurm", spec, "--shards", "0", "--out", out);
        assertBad("--shards: 13 is more than the sweep's 12 runs", "slurm", spec, "--shards", "13", "--out", out);
        assertBad("--max-parallel: 0 is below 1", "slurm", spec, "--shards", "3", "--max-parallel", "0", "--out", out);
        assertBad("--mem: 'lots' is not a memory size", "slurm", spec, "--shards", "3", "--mem", "lots", "--out", out);
        assertBad("--time: 'soon' is not a Slurm time limit", "slurm", spec, "--shards", "3", "--time", "soon", "--out", out);
        assertBad("--sbatch-option: 'partition=short' is not one sbatch option", "slurm", spec, "--shards", "3",
                "--sbatch-option", "partition=short", "--out", out);
        Path spaced = tmp.resolve("my job").toAbsolutePath();
        assertBad("--out: " + spaced + ": Slurm job scripts need a path without spaces", "slurm", spec, "--shards", "3", "--out", spaced.toString());
        assertEquals(2, cli("slurm", spec, "--out", out).code(), "--shards is required");
        Files.writeString(tmp.resolve("taken.json"), "{}");
        Path taken = tmp.resolve("taken.json").toAbsolutePath();
        assertBad("--out: " + taken + " exists and is not an empty folder", "slurm", spec, "--shards", "3", "--out", taken.toString());
    }

    @Test
    void writesAnArrayOfShardsAMergeThatWaitsAndAFolderThatStandsAlone() throws Exception {
        Path spec = Fixture.spec(tmp, "tiny", Fixture.TINY);
        Path job = tmp.resolve("job");
        Outcome o = cli("slurm", spec.toString(), "--shards", "3", "--max-parallel", "2", "--out", job.toString(),
                "--cpus-per-task", "2", "--mem", "2G", "--time", "1-00:00:00",
                "--sbatch-option=--partition=short", "--sbatch-option=--account=proj42", "--setup", "module load Java/17");
        assertEquals(0, o.code(), o.err());
        assertEquals(job.toAbsolutePath().toString(), o.out().strip());

        String sweep = Files.readString(job.resolve("sweep.sbatch"));
        for (String line : new String[] {"#SBATCH --array=0-2%2", "#SBATCH --cpus-per-task=2", "#SBATCH --mem=2G",
                "#SBATCH --time=1-00:00:00", "#SBATCH --partition=short", "#SBATCH --account=proj42",
                "#SBATCH --output=" + job.toAbsolutePath().resolve("logs/shard-%a.out"), "module load Java/17"})
            assertTrue(sweep.lines().anyMatch(l -> l.equals(line)), line + " in\n" + sweep);
        assertTrue(sweep.contains("--shard \"$shard/3\" --resume"), sweep);
        assertTrue(sweep.contains("${COCREATION_JAVA_OPTS:--Xmx1536m}"), "heap is 3/4 of --mem: " + sweep);
        // #SBATCH lines count only before the first command
        int lastDirective = 0, firstCommand = Integer.MAX_VALUE;
        var lines = sweep.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#SBATCH")) lastDirective = i;
            else if (!lines.get(i).startsWith("#") && !lines.get(i).isBlank()) firstCommand = Math.min(firstCommand, i);
        }
        assertTrue(lastDirective < firstCommand, sweep);

        String merge = Files.readString(job.resolve("merge.sbatch"));
        assertTrue(merge.contains("--out " + job.toAbsolutePath().resolve("result")), merge);
        assertFalse(merge.contains("#SBATCH --array"), merge);
        assertTrue(merge.contains("#SBATCH --partition=short"), merge);

        // The spec copy stands alone: its base scenario is inline, and it is the same sweep.
        JsonNode copy = ScenarioReader.readTree(job.resolve("tiny.json"));
        assertTrue(copy.get("scenario").isObject(), "base scenario inlined");
        assertTrue(Files.isDirectory(job.resolve("logs")) && Files.isDirectory(job.resolve("parts")));
        assertTrue(Files.readString(job.resolve("README.md")).contains("sbatch --dependency=afterok:$array merge.sbatch"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".partial")), "no temporary folder left");
        }
    }

    /**
     * A spec's name is its file name, which may hold shell syntax: the scripts must run none of it. Each job
     * folder's sweep.sbatch runs (with a stand-in for java) and merge.sbatch too; no file X may appear.
     */
    @Test
    void hostileSpecNamesRunNothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nexit 0\n");
        java.toFile().setExecutable(true);
        List<String> names = List.of("p$(touch X)", "p`touch X`", "p\"; touch X; \"", "p'; touch X; '", "p\ntouch X\n",
                "p\\\"$(touch X)", "p$IFS$(touch${IFS}X)");
        int k = 0;
        for (String name : names) {
            Path dir = Files.createDirectories(tmp.resolve("case" + k++));
            Path spec = Fixture.spec(dir, name, Fixture.TINY);
            Path job = dir.resolve("job");
            Outcome o = cli("slurm", spec.toString(), "--shards", "2", "--out", job.toString(), "--mem", "512M");
            assertEquals(0, o.code(), o.err());
            for (String script : List.of("sweep.sbatch", "merge.sbatch", "run-local.sh")) {
                Outcome syntax = Fixture.run(job, 30, "bash", "-n", script);
                assertEquals(0, syntax.code(), script + " for " + name + ": " + syntax.err());
            }
            Outcome shard = runWith(bin, job, "sweep.sbatch");
            assertEquals(0, shard.code(), shard.out() + shard.err());
            assertTrue(shard.out().contains("shard 0/2 of " + Shell.plain(name) + " started"), shard.out());
            assertFalse(Shell.plain(name).matches("(?s).*[$`'\"\\\\\n].*"), Shell.plain(name));
            runWith(bin, job, "merge.sbatch");
            try (Stream<Path> s = Files.walk(dir)) {
                assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("X")), "the name " + name + " ran a command");
            }
        }
    }

    private static Outcome runWith(Path bin, Path job, String script) throws Exception {
        return Fixture.run(job, 60, "env", "PATH=" + bin + ":" + System.getenv("PATH"), "SLURM_ARRAY_TASK_ID=0", "bash", script);
    }

    /** run-local.sh: the shards with GNU parallel or xargs -P, then the merge; the same bytes as one process. */
    @Test
    void theSameShardsRunWithoutSlurm() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        Path spec = Fixture.spec(tmp, "tiny", Fixture.TINY);
        Path job = tmp.resolve("job"), whole = tmp.resolve("whole");
        assertEquals(0, cli("slurm", spec.toString(), "--shards", "3", "--out", job.toString(), "--mem", "512M").code());
        assertEquals(0, cli("sweep", spec.toString(), "--out", whole.toString(), "--quiet").code());
        Outcome local = Fixture.run(job, 120, "bash", "run-local.sh", "2");
        assertEquals(0, local.code(), local.out() + local.err());
        Fixture.assertSameSweep(whole, job.resolve("result"));
        for (int i = 0; i < 3; i++) assertTrue(Files.isDirectory(job.resolve("parts/shard-" + i)), "shard " + i);
    }

    /** The job script the README shows is the one the command writes (but for the java line, which says where the code is). */
    @Test
    void theReadmeShowsTheScriptAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int begin = readme.indexOf("<!-- SLURM-SCRIPT:BEGIN -->"), end = readme.indexOf("<!-- SLURM-SCRIPT:END -->");
        assertTrue(begin > 0 && end > begin, "README marks the script");
        List<String> shown = readme.substring(begin, end).lines().filter(l -> !l.startsWith("```") && !l.startsWith("<!--")).toList();
        Path job = tmp.resolve("sobol");
        assertEquals(0, cli("slurm", "sobol-inhibitors", "--shards", "10", "--max-parallel", "5", "--cpus-per-task", "8",
                "--mem", "8G", "--time", "12:00:00", "--sbatch-option=--account=nn1234k", "--setup", "module load Java/17",
                "--out", job.toString()).code());
        List<String> written = Files.readString(job.resolve("sweep.sbatch")).replace(job.toAbsolutePath().toString(), "/home/ana/work/sobol")
                .lines().toList();
        assertEquals(written.size(), shown.size(), String.join("\n", shown));
        for (int i = 0; i < written.size(); i++)
            if (!written.get(i).startsWith("java ")) assertEquals(written.get(i), shown.get(i), "line " + (i + 1));
    }
}
