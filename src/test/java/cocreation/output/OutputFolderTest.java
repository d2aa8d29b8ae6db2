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
