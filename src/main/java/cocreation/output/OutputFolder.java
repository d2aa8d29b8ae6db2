package cocreation.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A results folder that only appears under its final name once complete.
 * Everything is written into a hidden sibling {@code .<name>.partial-<host>-<pid>-<random>} (see
 * {@link TempNames}); {@link #commit()} renames it atomically to the final name, {@link #close()} deletes
 * it if not committed. A run killed hard (SIGKILL, power loss) can leave a {@code .partial-} folder,
 * never a final one; the next folder made beside it deletes it once its process is gone. The place is
 * probed when the folder is made, before any work: a bad place is an {@link Unusable} (exit code 2).
 */
public final class OutputFolder implements AutoCloseable {
    /** Free space asked for when nothing better is known: a run's tables and charts. */
    public static final long DEFAULT_SPACE = 16L << 20;

    private final Path finalDir;
    private final Path temp;
    private boolean committed;

    /** The place given cannot hold the output; the message names it and says why. */
    public static final class Unusable extends IOException {
        private static final long serialVersionUID = 1L;

        Unusable(Path place, String problem) {
            super("--out: " + place + ": " + problem);
        }
    }

    private OutputFolder(Path finalDir, Path temp) {
        this.finalDir = finalDir;
        this.temp = temp;
    }

    /** Creates the temporary sibling (and missing parents) after probing the place; see {@link #create(Path, long)}. */
    public static OutputFolder create(Path finalDir) throws IOException {
        return create(finalDir, DEFAULT_SPACE);
    }

    /**
     * Probes the place ({@link #check}), then creates the temporary sibling. Refuses a place another live
     * process is writing (its {@code .partial-} folder is there) and a disk with less than {@code space} bytes free.
     */
    public static OutputFolder create(Path finalDir, long space) throws IOException {
        Path target = check(finalDir, space);
        String name = target.getFileName().toString();
        TempNames.cleanAbandoned(target.getParent(), name, "partial");
        Path other = firstPartial(target, null);
        if (other != null)
            throw new Unusable(target, "another run is writing it (" + other.getFileName() + " beside it); if none is, delete that");
        return new OutputFolder(target, createPartial(target));
    }

    /**
     * A folder under {@code parent} named {@code base}, or {@code base-2}, {@code base-3}, ... if that is
     * taken or another process is writing it: two runs started in the same second get different names.
     * A name is claimed by creating its temporary folder and then finding no other beside it.
     */
    public static OutputFolder createUnique(Path parent, String base, long space) throws IOException {
        for (int i = 1; i < 10_000; i++) {
            Path target = check(parent.resolve(i == 1 ? base : base + "-" + i), space);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) continue;
            TempNames.cleanAbandoned(target.getParent(), target.getFileName().toString(), "partial");
            if (firstPartial(target, null) != null) continue;
            Path temp = createPartial(target);
            if (firstPartial(target, temp) == null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return new OutputFolder(target, temp);
            deleteRecursively(temp); // another run claimed it at the same moment: both move on
        }
        throw new Unusable(parent.resolve(base), "every name from " + base + " to " + base + "-9999 is taken");
    }

    /**
     * Where a folder {@code finalDir} would go, checked before any work: a symbolic link stands for its
     * target (which must exist and be a folder), the path must be absent or an empty folder, its parent a
     * folder that can be created and written to, with {@code space} bytes free. Returns the final path with
     * links in the parent resolved, so a rename never replaces a link.
     */
    public static Path check(Path finalDir, long space) throws IOException {
        Path target = finalDir.toAbsolutePath().normalize();
        if (target.getParent() == null || target.getFileName() == null)
            throw new Unusable(finalDir, "an output folder needs a parent folder");
        if (Files.isSymbolicLink(target)) {
            Path link = target;
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw new Unusable(link, "a symbolic link to " + Files.readSymbolicLink(link) + ", which does not exist");
            }
        }
        requireAbsentOrEmpty(target);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            parent = parent.toRealPath();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new Unusable(target, "cannot be made: " + e.getFile() + " is a file, not a folder");
        } catch (IOException e) {
            throw new Unusable(target, "cannot be made: " + reason(e));
        }
        target = parent.resolve(target.getFileName().toString());
        probe(target, parent, space);
        return target;
    }

    /** Creates and deletes a file beside the folder (the filesystem may be read-only for anyone, even root), and asks for free space. */
    private static void probe(Path target, Path parent, long space) throws IOException {
        Path p = parent.resolve(TempNames.of(target.getFileName().toString(), "probe"));
        try {
            Files.write(p, new byte[4096], java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new Unusable(target, "cannot be written in " + parent + ": " + reason(e));
        } finally {
            Files.deleteIfExists(p);
        }
        long free;
        try {
            free = Files.getFileStore(parent).getUsableSpace();
        } catch (IOException e) {
            return; // unknown: the writes will tell
        }
        if (free < space) throw new Unusable(target, "only " + free + " bytes free in " + parent + ", " + space + " needed");
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String m = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return m == null ? e.toString() : m;
    }

    /** A temporary folder of {@code target} that is not {@code mine}, or null. */
    private static Path firstPartial(Path target, Path mine) throws IOException {
        String prefix = "." + target.getFileName() + ".partial-";
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : s) if (!p.equals(mine)) return p;
        }
        return null;
    }

    /** A fresh uniquely named folder with ordinary permissions (createTempDirectory would make it owner-only). */
    private static Path createPartial(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = target.resolveSibling(TempNames.of(target.getFileName().toString(), "partial"));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            } catch (IOException e) {
                throw new Unusable(target, "cannot be written: " + reason(e));
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
        if (!Files.isDirectory(dir)) throw new Unusable(dir, "exists and is not a folder");
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) throw new Unusable(dir, "exists and is not empty");
        }
    }

    /** Deletes a file or folder and everything in it (links are deleted, not followed). */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
