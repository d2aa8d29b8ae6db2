package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir Path tmp;

    private long entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void commitRenamesTempToFinal() throws IOException {
        Path fin = tmp.resolve("a/b/run1");
        try (OutputFolder f = OutputFolder.create(fin)) {
            assertTrue(f.path().getFileName().toString().startsWith(".run1.partial-"));
            assertEquals(fin.getParent(), f.path().getParent());
            assertFalse(Files.exists(fin));
            Files.writeString(f.path().resolve("x.txt"), "hi");
            f.commit();
            assertEquals(fin, f.path());
        }
        assertEquals("hi", Files.readString(fin.resolve("x.txt")));
        assertEquals(1, entries(fin.getParent()), "temp folder must be gone");
    }

    @Test
    void exceptionLeavesNeitherFinalNorTemp() throws IOException {
        Path fin = tmp.resolve("run2");
        assertThrows(IllegalStateException.class, () -> {
            try (OutputFolder f = OutputFolder.create(fin)) {
                Files.createDirectories(f.path().resolve("sub"));
                Files.writeString(f.path().resolve("sub/data.csv"), "a\n1\n");
                throw new IllegalStateException("simulated failure");
            }
        });
        assertFalse(Files.exists(fin));
        assertEquals(0, entries(tmp));
    }

    @Test
    void commitRefusesNonEmptyTargetButAcceptsEmpty() throws IOException {
        Path full = tmp.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("keep.txt"), "old");
        IOException e = assertThrows(IOException.class, () -> OutputFolder.create(full));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());

        Path empty = tmp.resolve("empty");
        try (OutputFolder f = OutputFolder.create(empty)) {
            Files.writeString(f.path().resolve("x"), "1");
            Files.createDirectories(empty);
            f.commit(); // empty target is replaced
        }
        assertTrue(Files.exists(empty.resolve("x")));

        Path raced = tmp.resolve("raced");
        try (OutputFolder f = OutputFolder.create(raced)) {
            Files.createDirectories(raced);
            Files.writeString(raced.resolve("other"), "someone else");
            assertThrows(IOException.class, f::commit);
        }
        assertEquals("someone else", Files.readString(raced.resolve("other")));
        assertFalse(Files.exists(raced.resolve("x")));
    }

    @Test
    void aDiskWithoutTheSpaceAskedForIsRefusedUpFront() throws IOException {
        OutputFolder.Unusable e = assertThrows(OutputFolder.Unusable.class, () -> OutputFolder.create(tmp.resolve("big"), Long.MAX_VALUE));
        assertTrue(e.getMessage().startsWith("--out: " + tmp.toRealPath().resolve("big") + ": only "), e.getMessage());
        assertTrue(e.getMessage().endsWith(" bytes free in " + tmp.toRealPath() + ", " + Long.MAX_VALUE + " needed"), e.getMessage());
        assertEquals(0, entries(tmp), "nothing left behind");
    }

    @Test
    void defaultNamesClaimedAtOnceAreAllDifferent() throws Exception {
        // Runs started in the same second ask for the same name: each claims its own, base, base-2, ...
        int n = 8;
        java.util.List<OutputFolder> folders = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    folders.add(OutputFolder.createUnique(tmp, "42-20250101-120000", 0));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) t.join();
        assertEquals(n, folders.size());
        java.util.Set<Path> names = new java.util.HashSet<>();
        for (OutputFolder f : folders) {
            names.add(f.finalDir());
            f.commit();
        }
        assertEquals(n, names.size(), "every run has its own folder: " + names);
        assertTrue(names.contains(tmp.toRealPath().resolve("42-20250101-120000")));
        assertTrue(names.contains(tmp.toRealPath().resolve("42-20250101-120000-2")));
        for (OutputFolder f : folders) f.close();
        // A finished folder of that name, or a live run writing it, is never taken.
        try (OutputFolder next = OutputFolder.createUnique(tmp, "42-20250101-120000", 0)) {
            assertFalse(names.contains(next.finalDir()));
        }
    }

    @Test
    void partialFoldersOfDeadProcessesAreCleanedOthersAreLeft() throws IOException {
        Path fin = tmp.resolve("run3");
        String mine = TempNames.of("run3", "partial");
        Path dead = Files.createDirectory(tmp.resolve(mine.replaceFirst("-\\d+-([0-9a-z]+)$", "-" + Integer.MAX_VALUE + "-$1")));
        Files.writeString(dead.resolve("half.csv"), "a\n");
        try (OutputFolder f = OutputFolder.create(fin)) {
            assertFalse(Files.exists(dead), "a folder left by a killed run is deleted");
        }
        Path foreign = Files.createDirectory(tmp.resolve(".run3.partial-otherhost-1-abc"));
        IOException e = assertThrows(IOException.class, () -> OutputFolder.create(fin));
        assertTrue(e.getMessage().contains("another run is writing it (.run3.partial-otherhost-1-abc beside it)"), e.getMessage());
        assertTrue(Files.exists(foreign), "another machine's is left alone");
    }

    @Test
    void resolveInsideRejectsEscapes() {
        Path root = tmp.resolve("root");
        assertEquals(root.toAbsolutePath().resolve("a/b.csv"), OutputFolder.resolveInside(root, "a/./b.csv"));
        assertEquals(root.toAbsolutePath().resolve("b"), OutputFolder.resolveInside(root, "a/../b"));
        for (String bad : new String[] {"../x", "/etc/passwd", "a/../../x", "", "C:\\x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> OutputFolder.resolveInside(root, bad), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
        }
    }
}
