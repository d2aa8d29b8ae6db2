package cocreation.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A display for GUI tests: a private Xvfb server the size of a classroom projector (1366 x 768)
 * if Xvfb is installed (CI installs it), else the one in DISPLAY, whose size is unknown. Null if
 * neither is available.
 */
final class VirtualDisplay implements AutoCloseable {
    static final int WIDTH = 1366, HEIGHT = 768;
    final String name;
    /** Whether this is the projector-sized private server. */
    final boolean projector;
    private final Process server;

    private VirtualDisplay(String name, Process server) {
        this.name = name;
        this.server = server;
        this.projector = server != null;
    }

    static VirtualDisplay open() throws IOException, InterruptedException {
        String xvfb = onPath("Xvfb");
        String existing = System.getenv("DISPLAY");
        if (xvfb == null) return existing == null || existing.isBlank() ? null : new VirtualDisplay(existing, null);
        for (int n = 91; n < 140; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) continue;
            Process p = new ProcessBuilder(xvfb, ":" + n, "-screen", "0", WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return new VirtualDisplay(":" + n, p);
                Thread.sleep(100);
            }
            p.destroy();
        }
        return existing == null || existing.isBlank() ? null : new VirtualDisplay(existing, null);
    }

    private static String onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            File f = new File(dir, program);
            if (f.canExecute()) return f.getPath();
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }
}
