package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.output.Hashing;
import cocreation.model.Metric;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    /** Runs the CLI in-process, returning exit code and stderr. */
    static Object[] cli(String... args) {
        PrintStream err = System.err, out = System.out;
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(e, true));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
            int code = Main.execute(args);
            return new Object[] {code, e.toString()};
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    @Test
    void runWritesEveryOutputWithHashes() throws Exception {
        Path out = dir.resolve("out");
        Object[] r = cli("run", "scenarios/baseline.json", "--steps", "30", "--seed", "7", "--quiet", "--out", out.toString(),
                "--set", "population.citizens=800");
        assertEquals(0, r[0], (String) r[1]);
        List<String> lines = Files.readAllLines(out.resolve("timeseries.csv"));
        assertEquals(31, lines.size());
        for (Metric m : Metric.values()) assertTrue(lines.get(0).contains(m.column()), m.column());
        assertTrue(lines.get(0).startsWith("step,ideas_proposed,innovations_new"));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(7, manifest.get("seed").asLong());
        assertEquals(800, manifest.at("/scenario/population/citizens").asInt());
        assertEquals(Hashing.sha256(out.resolve("timeseries.csv")), manifest.at("/outputs/timeseries.csv").asText());
        for (String chart : List.of("innovations", "trust", "thinking", "practice")) {
            assertTrue(Files.size(out.resolve("charts/" + chart + ".png")) > 1000);
            assertTrue(Files.readString(out.resolve("charts/" + chart + ".svg")).contains("<svg"));
        }
        cocreation.DataPackages.assertDescribes(out, List.of("timeseries.csv"));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(30, summary.get("steps").asInt());
        assertTrue(summary.at("/final/innovations_new").isNumber());
    }

    @Test
    void runSaysThreeLinesOfHeadlineResultsBeforeTheFolder() throws Exception {
        Path out = dir.resolve("out");
        Object[] r = cli("run", "scenarios/baseline.json", "--steps", "30", "--seed", "7", "--out", out.toString(),
                "--set", "population.citizens=800");
        assertEquals(0, r[0], (String) r[1]);
        List<String> lines = ((String) r[1]).lines().filter(l -> !l.isBlank()).toList();
        assertEquals(3, lines.size(), (String) r[1]);
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertTrue(lines.get(0).startsWith("ideas: " + summary.at("/final/ideas_proposed").asLong() + " proposed, "
                + summary.at("/final/ideas_put_to_use").asLong() + " put to use"), lines.get(0));
        assertTrue(lines.get(1).startsWith("value: net value added ") && lines.get(2).startsWith("people: trust between sectors "),
                lines.toString());
    }

    @Test
    void rerunRepeatsOneRunOfASweepWithItsWholeTimeSeries() throws Exception {
        Path spec = dir.resolve("spec.json");
        Files.writeString(spec, """
                {"scenario": "baseline", "set": {"population.citizens": 200, "population.officials": 20, "population.organisations": 5},
                 "steps": 16, "seed": 5, "replications": 2, "design": {"type": "grid"},
                 "factors": [{"path": "municipality.regime", "values": ["1.0", "3.0"]}]}
                """);
        Path sweep = dir.resolve("sweep");
        assertEquals(0, cli("sweep", spec.toString(), "--out", sweep.toString(), "--quiet")[0]);
        Object[] r = cli("rerun", sweep.toString(), "3");
        assertEquals(0, r[0], (String) r[1]);
        assertTrue(((String) r[1]).contains("run 3 of " + sweep + ": municipality.regime=regime_3.0"), (String) r[1]);
        assertTrue(((String) r[1]).contains("the same run as in the sweep"), (String) r[1]);
        Path again = dir.resolve("sweep-run-3");
        assertEquals(17, Files.readAllLines(again.resolve("timeseries.csv")).size(), "a header and every one of 16 weeks");
        JsonNode manifest = new ObjectMapper().readTree(again.resolve("manifest.json").toFile());
        assertTrue(manifest.get("same_as_sweep").asBoolean());
        assertEquals(3, manifest.at("/rerun_of/run_id").asInt());
        Object[] bad = cli("rerun", sweep.toString(), "4");
        assertEquals(2, bad[0]);
        assertTrue(((String) bad[1]).contains("RUN_ID: 4 is not a run of"), (String) bad[1]);
    }

    @Test
    void everyParallelCommandRefusesFewerThanOneThreadTheSameWay() {
        for (String[] args : new String[][] {{"sweep", "grid-time-pressure"}, {"merge", dir.toString()}, {"validate", "--quick"},
                {"compare", "baseline", "kommune-3"}}) {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--threads", "0", "--out", dir.resolve("never").toString()));
            Object[] r = cli(all.toArray(String[]::new));
            assertEquals(2, r[0], args[0] + ": " + r[1]);
            assertTrue(((String) r[1]).contains("--threads: 0 is below 1"), args[0] + ": " + r[1]);
            assertFalse(Files.exists(dir.resolve("never")), args[0]);
        }
    }

    @Test
    void badScenarioExitsTwoListsEveryProblemAndLeavesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"municipality\": {\"silo_strenght\": 0.5, \"leadership\": 3}, \"arenas\": [{\"facilitation\": {\"humour\": 1.7}}]}");
        Path out = dir.resolve("never");
        Object[] r = cli("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r[0]);
        String err = (String) r[1];
        assertTrue(err.contains("error: municipality.silo_strenght: unknown key (did you mean 'municipality.silo_strength'?)"), err);
        assertTrue(err.contains("error: municipality.leadership: 3 is above 1"), err);
        assertTrue(err.contains("error: arenas[0].facilitation.humour: 1.7 is above 1"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "only the bad scenario file remains");
        }
    }

    @Test
    void usageErrorsAndMissingFilesExitTwo() {
        assertEquals(2, cli("run", "--steps", "many")[0]);
        assertEquals(2, cli("run", "--frobnicate")[0]);
        Object[] r = cli("run", "no/such/file.json", "--out", dir.resolve("x").toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).contains("no such file"), (String) r[1]);
        assertEquals(2, cli("run", "--resume-from", dir.resolve("missing.checkpoint").toString())[0]);
    }

    @Test
    void specialFilesAsScenarioOrSpecAreRefusedUnreadInOneLine() throws Exception {
        Path fifo = dir.resolve("fifo.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        for (String[] args : new String[][] {{"run", "/dev/zero"}, {"run", fifo.toString()}, {"sweep", fifo.toString()},
                {"run", dir.toString()}, {"compare", "baseline", fifo.toString()}}) {
            Object[] r = cli(concat(args, new String[] {"--quiet", "--out", dir.resolve("never").toString()}));
            assertEquals(2, r[0], String.join(" ", args));
            assertEquals(1, ((String) r[1]).lines().count(), (String) r[1]);
            assertTrue(((String) r[1]).contains(args[args.length - 1] + ": is "), (String) r[1]);
        }
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void aFileThatIsNoCheckpointExitsTwoAndSaysSo() throws Exception {
        Path bogus = dir.resolve("bogus.checkpoint");
        Files.writeString(bogus, "not a checkpoint at all");
        Object[] r = cli("run", "--resume-from", bogus.toString(), "--quiet", "--out", dir.resolve("never").toString());
        assertEquals(2, r[0]);
        assertEquals("error: " + bogus + ": not a cocreation checkpoint\n", r[1]);
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void aCheckpointIsCheckedAgainstItsRunsManifestAndItsWeekAgainstSteps() throws Exception {
        Path first = dir.resolve("first"), other = dir.resolve("other");
        String[] common = {"--steps", "30", "--checkpoint-every", "20", "--set", "population.citizens=300", "--quiet"};
        assertEquals(0, cli(concat(new String[] {"run", "--out", first.toString(), "--seed", "1"}, common))[0]);
        assertEquals(0, cli(concat(new String[] {"run", "--out", other.toString(), "--seed", "2"}, common))[0]);
        Path checkpoint = dir.resolve("first.checkpoint");
        JsonNode manifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
        assertEquals(20, manifest.at("/checkpoint/week").asInt());
        assertEquals(Hashing.sha256(checkpoint), manifest.at("/checkpoint/sha256").asText());

        Object[] r = cli("run", "--resume-from", checkpoint.toString(), "--steps", "19", "--quiet", "--out", dir.resolve("x").toString());
        assertEquals(2, r[0]);
        assertEquals("error: --steps: 19 is below week 20, where the checkpoint " + checkpoint + " stands\n", r[1]);

        // A well-formed checkpoint, but not the one the finished run beside it wrote.
        Files.copy(dir.resolve("other.checkpoint"), checkpoint, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        r = cli("run", "--resume-from", checkpoint.toString(), "--quiet", "--out", dir.resolve("y").toString());
        assertEquals(2, r[0]);
        assertTrue(((String) r[1]).startsWith("error: " + checkpoint + ": its SHA-256 is not the one " + first.resolve("manifest.json")
                + " records for it (week 20)"), (String) r[1]);
        assertFalse(Files.exists(dir.resolve("y")));

        Path resumed = dir.resolve("resumed");
        assertEquals(0, cli("run", "--resume-from", dir.resolve("other.checkpoint").toString(), "--quiet", "--out", resumed.toString())[0]);
        JsonNode again = new ObjectMapper().readTree(resumed.resolve("manifest.json").toFile());
        assertEquals(Hashing.sha256(dir.resolve("other.checkpoint")), again.get("resumed_from_sha256").asText());
    }

    @Test
    void hostileAndDamagedCheckpointsExitTwoWithOneLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.checkpoint"));
        Path empty = Files.write(dir.resolve("empty.checkpoint"), new byte[0]);
        Path gz = dir.resolve("gz.checkpoint");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5});
        }
        for (Path p : List.of(folder, empty, gz)) {
            Object[] r = cli("run", "--resume-from", p.toString(), "--quiet", "--out", dir.resolve("never").toString());
            assertEquals(2, r[0], p.toString());
            String err = (String) r[1];
            assertTrue(err.startsWith("error: " + p + ": "), err);
            assertEquals(1, err.lines().count(), err);
        }
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void doubtfulSettingsAreWarnedAndTheRunGoesOn() throws Exception {
        Object[] r = cli("run", "--steps", "5", "--quiet", "--set", "population.citizens=100", "--set", "arenas[0].table_size=40",
                "--out", dir.resolve("warned").toString());
        assertEquals(0, r[0], (String) r[1]);
        assertEquals("warning: arenas[0].table_size: 40 is above arenas[0].capacity (30): each session is one table of at most 30\n", r[1]);
    }

    @Test
    void theManifestsCommandLineIsShellQuoted() throws Exception {
        Path out = dir.resolve("with space");
        assertEquals(0, cli("run", "--steps", "2", "--quiet", "--set", "population.citizens=100", "--set", "description=it's x",
                "--out", out.toString())[0]);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("cocreation run --steps 2 --quiet --set population.citizens=100 --set 'description=it'\\''s x' --out '" + out + "'",
                manifest.get("command_line").asText());
    }

    @Test
    void nonEmptyOutputFolderIsRefused() throws Exception {
        Path out = dir.resolve("full");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        Object[] r = cli("run", "--steps", "5", "--quiet", "--out", out.toString());
        assertEquals(2, r[0]);
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void checkpointThenResumeGivesTheSameTimeSeries() throws Exception {
        Path straight = dir.resolve("straight"), first = dir.resolve("first"), resumed = dir.resolve("resumed");
        String[] common = {"--set", "population.citizens=600", "--quiet"};
        assertEquals(0, cli(concat(new String[] {"run", "--steps", "40", "--out", straight.toString()}, common))[0]);
        assertEquals(0, cli(concat(new String[] {"run", "--steps", "40", "--checkpoint-every", "20", "--out", first.toString()}, common))[0]);
        Path checkpoint = dir.resolve("first.checkpoint");
        assertTrue(Files.exists(checkpoint));
        assertEquals(0, cli("run", "--resume-from", checkpoint.toString(), "--quiet", "--out", resumed.toString())[0]);
        assertEquals(Files.readString(straight.resolve("timeseries.csv")), Files.readString(resumed.resolve("timeseries.csv")));
        assertEquals(Files.readString(straight.resolve("summary.json")), Files.readString(resumed.resolve("summary.json")));
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
