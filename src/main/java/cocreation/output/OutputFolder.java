package cocreation.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that only appears under its final name once complete.
 * Everything is written into a hidden sibling {@code .<name>.partial-<random>}; {@link #commit()}
 * renames it atomically to the final name, {@link #close()} deletes it if not committed. A run
 * killed hard (SIGKILL, power loss) can leave a {@code .partial-} folder, never a final one.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path finalDir;
    private final Path temp;
    private boolean committed;

    private OutputFolder(Path finalDir, Path temp) {
        this.finalDir = finalDir;
        this.temp = temp;
    }

    /** Creates the temporary sibling (and missing parents). Fails early if finalDir is non-empty. */
    public static OutputFolder create(Path finalDir) throws IOException {
        Path target = finalDir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IOException("Output folder must have a parent directory: " + finalDir);
        }
        requireAbsentOrEmpty(target);
        Files.createDirectories(parent);
        Path temp = createPartial(parent, "." + target.getFileName() + ".partial-");
        return new OutputFolder(target, temp);
    }

    /** A fresh uniquely named folder with ordinary permissions (createTempDirectory would make it owner-only). */
    private static Path createPartial(Path parent, String prefix) throws IOException {
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** Where to write: the temporary folder before commit, the final folder after. */
    public synchronized Path path() {
        return committed ? finalDir : temp;
    }

    /** The final (absolute, normalised) folder name. */
    public Path finalDir() {
        return finalDir;
    }

    public synchronized boolean isCommitted() {
        return committed;
    }

    /** Atomically renames the temporary folder to the final name. Idempotent. */
    public synchronized void commit() throws IOException {
        if (committed) return;
        requireAbsentOrEmpty(finalDir);
        if (Files.isDirectory(finalDir)) Files.delete(finalDir); // empty: replace it
        try {
            Files.move(temp, finalDir, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            throw new IOException("Output folder appeared concurrently and is not empty: " + finalDir, e);
        }
        committed = true;
    }

    /** Deletes the temporary folder recursively unless committed. */
    @Override
    public synchronized void close() throws IOException {
        if (!committed) deleteRecursively(temp);
    }

    /**
     * Resolves an untrusted relative path inside root. Rejects absolute paths, drive/UNC prefixes,
     * and anything that escapes root after normalisation (e.g. "../x", "a/../../x").
     * Symbolic links inside root are not followed or checked.
     */
    public static Path resolveInside(Path root, String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("Empty path not allowed: '" + relative + "'");
        }
        Path rel;
        try {
            rel = root.getFileSystem().getPath(relative);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Invalid path: '" + relative + "'", e);
        }
        if (rel.isAbsolute() || rel.getRoot() != null || relative.startsWith("/") || relative.startsWith("\\")
                || relative.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException("Absolute path not allowed: '" + relative + "'");
        }
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(rel).normalize();
        if (!resolved.startsWith(base)) {
            throw new IllegalArgumentException("Path escapes " + base + ": '" + relative + "'");
        }
        return resolved;
    }

    private static void requireAbsentOrEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) {
            throw new IOException("Output path exists and is not a directory: " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) {
                throw new IOException("Output folder already exists and is not empty: " + dir);
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
