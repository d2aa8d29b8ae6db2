package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A place where results cannot go is found before the first simulated week (no checkpoint is written, though
 * one is asked for every week), with exit code 2 and one line naming it; a link to a folder is written
 * through, not replaced.
 */
class BadOutTest {
    @TempDir
    Path dir;

    private CliRun run(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", "--steps", "3", "--checkpoint-every", "1", "--quiet",
                "--set", "population.citizens=100", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private void refused(Path out, String problem) throws Exception {
        CliRun r = run(out);
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("error: --out: "), r.err());
        assertTrue(r.err().contains(problem), r.err());
        assertFalse(Files.exists(out.resolveSibling(out.getFileName() + ".checkpoint")), "refused before the first week");
    }

    @Test
    void aDanglingLinkAFileAndAFileAsParentAreRefusedBeforeAnyWeek() throws Exception {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        refused(dangling, "dangling: a symbolic link to " + dir.resolve("nowhere") + ", which does not exist");
        Path file = Files.writeString(dir.resolve("file"), "mine");
        refused(file, "file: exists and is not a folder");
        assertEquals("mine", Files.readString(file));
        refused(file.resolve("sub"), "cannot be made: " + file + " is a file, not a folder");
    }

    @Test
    void aPlaceNobodyCanWriteIsRefusedBeforeAnyWeek() throws Exception {
        Path readOnly;
        if (new com.sun.security.auth.module.UnixSystem().getUid() == 0) {
            readOnly = Path.of("/sys/fs"); // root may write anywhere but in the kernel's own folders
            org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(readOnly), "no /sys/fs here");
        } else {
            readOnly = Files.createDirectory(dir.resolve("read-only"));
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        Path out = readOnly.resolve("cocreation-test-out");
        CliRun r = run(out);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --out: " + out + ": cannot be written in " + readOnly), r.err());
    }

    @Test
    void aLinkToAnEmptyFolderIsWrittenThroughAndStaysALink() throws Exception {
        Path target = Files.createDirectory(dir.resolve("target"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), target);
        CliRun r = run(link);
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(Files.isRegularFile(target.resolve("timeseries.csv")), "the results are in the folder it points to");
        assertTrue(Files.isRegularFile(dir.resolve("link.checkpoint")), "the checkpoint is beside the --out given");
        Files.delete(dir.resolve("link.checkpoint"));
        refused(link, "exists and is not empty");
    }

    @Test
    void sweepsAndComparisonsProbeTheirPlaceBeforeTheFirstRunToo() throws Exception {
        Path spec = Files.writeString(dir.resolve("tiny.json"), "{\"scenario\": \"baseline\", \"steps\": 2, \"replications\": 2,"
                + " \"set\": {\"population.citizens\": 40}, \"design\": {\"type\": \"grid\", \"levels\": 2},"
                + " \"factors\": [{\"path\": \"municipality.time_pressure\", \"min\": 0, \"max\": 1}]}");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere"));
        CliRun r = CliRun.of("sweep", spec.toString(), "--out", dangling.toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: --out: " + dangling + ": a symbolic link to "), r.err());
        assertFalse(Files.exists(dir.resolve("dangling.partial")), "no run was journalled");
        Path file = Files.writeString(dir.resolve("file"), "mine");
        r = CliRun.of("compare", "baseline", "kommune-3", "--steps", "1", "--replications", "2", "--out", file.resolve("x").toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot be made: " + file + " is a file, not a folder"), r.err());
    }
}
