package cocreation.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Names of temporary files and folders, {@code .<name>.<kind>-<host>-<pid>-<random>}: the host and
 * process that made one say whether it is abandoned (its process is gone: killed, or the machine
 * lost power) or still being written, perhaps by another process or another machine sharing the disk.
 */
public final class TempNames {
    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TempNames() {
    }

    /** A fresh name for a temporary sibling of {@code name}, e.g. {@code .run.partial-vm-4711-k3j9}. */
    public static String of(String name, String kind) {
        return prefix(name, kind) + HOST + "-" + PID + "-" + Long.toUnsignedString(RANDOM.nextLong(), 36);
    }

    private static String prefix(String name, String kind) {
        return "." + name + "." + kind + "-";
    }

    /**
     * Deletes the temporary siblings of {@code name} in {@code dir} that this host's processes made and
     * that no running process owns. Ones from other hosts, or of a form we did not write, are left alone.
     */
    public static void cleanAbandoned(Path dir, String name, String kind) throws IOException {
        String prefix = prefix(name, kind);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : s) if (abandoned(p.getFileName().toString().substring(prefix.length()))) OutputFolder.deleteRecursively(p);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
            // nothing to clean
        }
    }

    /** Checkpoints write {@code .<name>.tmp-...} files beside themselves. */
    public static void cleanAbandoned(Path dir, String name) throws IOException {
        cleanAbandoned(dir, name, "tmp");
    }

    /** True for a tag {@code <host>-<pid>-<random>} of this host whose process has ended. */
    static boolean abandoned(String tag) {
        int last = tag.lastIndexOf('-'), pidStart = last > 0 ? tag.lastIndexOf('-', last - 1) : -1;
        if (pidStart <= 0 || !tag.substring(0, pidStart).equals(HOST)) return false;
        long pid;
        try {
            pid = Long.parseLong(tag.substring(pidStart + 1, last));
        } catch (NumberFormatException e) {
            return false;
        }
        return pid != PID && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** The host name without a network look-up (Linux keeps it in /proc), in file-name characters. */
    private static String host() {
        String h = null;
        try {
            h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            h = System.getenv("HOSTNAME");
        }
        if (h == null || h.isBlank()) h = System.getenv("COMPUTERNAME");
        if (h == null || h.isBlank()) h = "host";
        return h.replaceAll("[^A-Za-z0-9.]", "_");
    }
}
