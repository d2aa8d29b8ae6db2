package cocreation.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints are untrusted input: hostile object streams (given a valid header, so that they reach the
 * object filter) and damaged, foreign or special files are all refused with one line naming the file,
 * before any object of theirs is made; a real checkpoint still resumes.
 */
class CheckpointsTest {
    @TempDir
    static Path dir;
    private static Path real;
    private static byte[] realBytes;

    @BeforeAll
    static void realCheckpoint() throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), List.of("steps=12", "population.citizens=300"));
        real = dir.resolve("real.checkpoint");
        Simulation.run(s, 10, real, w -> { });
        realBytes = Files.readAllBytes(real);
    }

    /** The header of a checkpoint of this version at week 10 in front of a state (a gzipped object stream). */
    private static Path withHeader(String name, byte[] state) throws Exception {
        String sha = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(state));
        Path file = dir.resolve(name + ".checkpoint");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(Checkpoints.headerBytes(10, state.length, sha));
        b.write(state);
        Files.write(file, b.toByteArray());
        return file;
    }

    private static String refusal(Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Checkpoints.read(file));
        assertEquals(1, e.problems().size(), e.getMessage());
        String problem = e.problems().get(0);
        assertTrue(problem.startsWith(file + ": "), problem);
        assertFalse(problem.contains("\n"), problem);
        return problem;
    }

    private static int headerLength() throws Exception {
        return Checkpoints.header(real).length();
    }

    @Test
    void aRealCheckpointResumesAtItsWeek() throws Exception {
        Municipality m = Checkpoints.read(real);
        assertEquals(10, m.week());
        assertEquals(10, Checkpoints.header(real).week());
        assertEquals(Checkpoints.FORMAT, Checkpoints.header(real).format());
        assertTrue(new String(realBytes, 0, 200, java.nio.charset.StandardCharsets.US_ASCII).startsWith("cocreation checkpoint\nformat: 1\n"));
    }

    /** A gadget inside a real model (where a list of arena plans should be), given a valid header. */
    private static Path hidden(String name, Object gadget) throws Exception {
        return withHeader(name, HostileStates.gzipped(HostileStates.inModel(gadget)));
    }

    /** A gadget on its own, given a valid header: refused as soon as its first class is not the model's. */
    private static String aloneRefusal(String name, Object gadget) throws Exception {
        return refusal(withHeader(name + "-alone", HostileStates.gzipped(gadget)));
    }

    @Test
    void aUrlGadgetIsRefusedAtItsClassBeforeAnyHostIsLookedUp() throws Exception {
        // Reading a HashMap with a URL key hashes the URL, which resolves its host: the filter stops at URL's class.
        String problem = refusal(hidden("url", HostileStates.urlLookup("attacker-chosen.example.com")));
        assertTrue(problem.endsWith("refused: it holds a java.net.URL, which is not part of a cocreation model"), problem);
        assertTrue(aloneRefusal("url", HostileStates.urlLookup("attacker-chosen.example.com")).endsWith("refused: a checkpoint of another simulation (java.util.HashMap), not of this model"));
    }

    @Test
    void nestedSetsThatWouldHashForeverAreRefusedByDepth() throws Exception {
        String problem = refusal(hidden("laughs", HostileStates.nestedSets(100)));
        assertTrue(problem.endsWith("refused: its objects are nested more than " + Checkpoints.MAX_DEPTH + " deep"), problem);
    }

    @Test
    void aHugeArrayClaimIsRefusedWithoutAllocatingIt() throws Exception {
        String problem = refusal(hidden("array", HostileStates.hugeArray()));
        assertTrue(problem.contains("refused: it claims an array of 2147483647 elements, more than the"), problem);
        assertTrue(aloneRefusal("array", HostileStates.hugeArray()).endsWith("refused: a checkpoint of another simulation (long[]), not of this model"));
    }

    @Test
    void twentyThousandNestedListsAreRefusedByDepthWithoutOverflowingTheStack() throws Exception {
        String problem = refusal(hidden("lists", HostileStates.nestedLists(20_000)));
        assertTrue(problem.endsWith("nested more than " + Checkpoints.MAX_DEPTH + " deep"), problem);
    }

    @Test
    void aMasonDemoIsRefusedAtItsClassBeforeItsCodeRuns() throws Exception {
        sim.app.heatbugs.HeatBugs demo = new sim.app.heatbugs.HeatBugs(1);
        demo.start();
        demo.schedule.step(demo);
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        demo.writeToCheckpoint(state);
        demo.finish();
        String problem = refusal(withHeader("heatbugs", state.toByteArray()));
        assertTrue(problem.endsWith("refused: it holds a sim.app.heatbugs.HeatBugs, which is not part of a cocreation model"), problem);
    }

    /** What guardProcess installs for every other stream (the window's Open reads checkpoints with MASON's reader). */
    @Test
    void theProcessWideFilterRefusesGadgetsButNotPlainData() throws Exception {
        String[] why = new String[1];
        java.io.ObjectInputFilter f = Checkpoints.filter(Runtime.getRuntime().maxMemory(), false, why);
        java.io.ObjectInputStream gadget = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(HostileStates.gzipped(HostileStates.urlLookup("attacker-chosen.example.com")))));
        gadget.setObjectInputFilter(f);
        assertThrows(java.io.InvalidClassException.class, gadget::readObject);
        assertEquals("it holds a java.net.URL, which is not part of a cocreation model", why[0]);
        java.io.ObjectInputStream plain = new java.io.ObjectInputStream(new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(HostileStates.gzipped(new java.util.HashSet<>(List.of("a", "b"))))));
        plain.setObjectInputFilter(Checkpoints.filter(Runtime.getRuntime().maxMemory(), false, new String[1]));
        assertEquals(2, ((java.util.Set<?>) plain.readObject()).size());
    }

    @Test
    void theAllowListAdmitsTheModelByPackageAndFewOthers() {
        assertTrue(Checkpoints.allowed("cocreation.model.SomeClassAddedLater"));
        assertTrue(Checkpoints.allowed("cocreation.model.rules.Adoption"));
        assertTrue(Checkpoints.allowed("cocreation.scenario.ArenaPlan"));
        assertTrue(Checkpoints.allowed("sim.util.Bag"));
        assertFalse(Checkpoints.allowed("sim.util.gui.NumberTextField"));
        assertFalse(Checkpoints.allowed("sim.app.heatbugs.HeatBug"));
        assertFalse(Checkpoints.allowed("java.net.InetAddress"));
        assertFalse(Checkpoints.allowed("java.lang.invoke.SerializedLambda"));
        assertFalse(Checkpoints.allowed("cocreation.modelx.Evil"));
    }

    @Test
    void aFlippedBitInTheStateIsFoundByTheHeadersSha256() throws Exception {
        for (int offset : new int[] {headerLength() + 20, realBytes.length / 2, realBytes.length - 3}) {
            byte[] b = realBytes.clone();
            b[offset] ^= 0x01;
            Path file = dir.resolve("flipped-" + offset + ".checkpoint");
            Files.write(file, b);
            assertTrue(refusal(file).endsWith("damaged: its state does not match the SHA-256 in its header (changed, flipped or lost bytes)"));
        }
    }

    @Test
    void aGzipStreamWithABadTrailerIsFoundEvenWhenItsShaWasRecomputed() throws Exception {
        byte[] state = Arrays.copyOfRange(realBytes, headerLength(), realBytes.length);
        state[state.length - 6] ^= 0x01; // the CRC of what it inflates to
        assertTrue(refusal(withHeader("trailer", state)).contains("damaged: its compressed state is not whole"));
        byte[] cut = Arrays.copyOf(Arrays.copyOfRange(realBytes, headerLength(), realBytes.length), state.length / 2);
        assertTrue(refusal(withHeader("cut", cut)).contains("damaged: its compressed state is not whole"));
    }

    @Test
    void truncatedEmptyLongerAndForeignFilesAreNamedForWhatTheyAre() throws Exception {
        Path truncated = dir.resolve("truncated.checkpoint");
        Files.write(truncated, Arrays.copyOf(realBytes, realBytes.length / 2));
        assertTrue(refusal(truncated).contains("truncated: its header promises"));
        Path longer = dir.resolve("longer.checkpoint");
        Files.write(longer, Arrays.copyOf(realBytes, realBytes.length + 5));
        assertTrue(refusal(longer).endsWith("5 bytes after the end of the state it promises"));
        Path empty = Files.write(dir.resolve("empty.checkpoint"), new byte[0]);
        assertTrue(refusal(empty).endsWith("is empty, not a checkpoint"));
        Path old = Files.write(dir.resolve("old.checkpoint"), Arrays.copyOfRange(realBytes, headerLength(), realBytes.length));
        assertTrue(refusal(old).contains("no checkpoint header (written by version 0.2.0 or before, or by another program)"));
        Path text = Files.writeString(dir.resolve("text.checkpoint"), "not a checkpoint at all");
        assertTrue(refusal(text).endsWith("not a cocreation checkpoint"));
        Path garbled = Files.writeString(dir.resolve("garbled.checkpoint"), "cocreation checkpoint\nformat: one\n\n");
        assertTrue(refusal(garbled).endsWith("damaged: its header is incomplete or garbled"));
        Path other = Files.write(dir.resolve("other.checkpoint"), new String(realBytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("version: [^\n]*", "version: 0.0.1").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(refusal(other).contains("a checkpoint of cocreation 0.0.1, which this one"));
    }

    @Test
    void foldersAndFifosAreRefusedWithoutOpeningThem() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.checkpoint"));
        assertTrue(refusal(folder).endsWith("is a folder, not a checkpoint file"));
        Path fifo = dir.resolve("fifo.checkpoint");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        assumeTrue(made, "no mkfifo on this system");
        assertTrue(refusal(fifo).endsWith("is not a regular file (a FIFO, device or socket), so not a checkpoint"));
        assertTrue(refusal(dir.resolve("missing.checkpoint")).endsWith("no such file"));
    }

    @Test
    void writingLeavesNoTemporaryFileAndCleansOnesLeftByDeadProcesses() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("clean"));
        String mine = cocreation.output.TempNames.of("run.checkpoint", "tmp");
        String dead = mine.replaceFirst("-\\d+-([0-9a-z]+)$", "-" + Integer.MAX_VALUE + "-$1");
        Path abandoned = Files.writeString(sub.resolve(dead), "left by a killed run");
        Path foreign = Files.writeString(sub.resolve(".run.checkpoint.tmp-otherhost-1-abc"), "another machine's");
        Files.copy(real, sub.resolve("seed.checkpoint"));
        Municipality m = Checkpoints.read(sub.resolve("seed.checkpoint"));
        Checkpoints.write(m, sub.resolve("run.checkpoint"));
        assertFalse(Files.exists(abandoned), "a temporary file whose process is gone is deleted");
        assertTrue(Files.exists(foreign), "one of another host is left alone");
        try (var s = Files.list(sub)) {
            assertEquals(List.of(".run.checkpoint.tmp-otherhost-1-abc", "run.checkpoint", "seed.checkpoint"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(10, Checkpoints.read(sub.resolve("run.checkpoint")).week());
    }
}
