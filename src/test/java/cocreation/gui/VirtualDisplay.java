package cocreation.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A display for GUI tests: the one in DISPLAY if set, else a private Xvfb server started here
 * (CI installs xvfb). Null if neither is available.
 */
final class VirtualDisplay implements AutoCloseable {
    final String name;
    private final Process server;

    private VirtualDisplay(String name, Process server) {
        this.name = name;
        this.server = server;
    }

    static VirtualDisplay open() throws IOException, InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) return new VirtualDisplay(existing, null);
        String xvfb = onPath("Xvfb");
        if (xvfb == null) return null;
        for (int n = 91; n < 140; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) continue;
            Process p = new ProcessBuilder(xvfb, ":" + n, "-screen", "0", "1920x1200x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 100 && p.isAlive(); i++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) return new VirtualDisplay(":" + n, p);
                Thread.sleep(100);
            }
            p.destroy();
        }
        return null;
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
