package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory or stack, in the command or in a thread it waits for, prints one line and exits 1. */
class ResourcesTest {
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        final Throwable error;

        Failing(Throwable error) {
            this.error = error;
        }

        @Override
        public Integer call() throws Exception {
            if (error instanceof Error e) throw e;
            throw (Exception) error;
        }
    }

    private static String[] outcome(Throwable error) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = Main.execute(new CommandLine(new Failing(error)));
            return new String[] {String.valueOf(code), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void outOfMemoryAndStackOverflowAreOneLineAndExitOne() throws Exception {
        String[] oom = outcome(new OutOfMemoryError("Java heap space"));
        assertEquals("1", oom[0]);
        assertEquals(1, oom[1].lines().count(), oom[1]);
        assertTrue(oom[1].startsWith("error: out of memory (Java heap space; this Java may use "), oom[1]);
        assertTrue(oom[1].contains("give more with COCREATION_JAVA_OPTS=-Xmx8g"), oom[1]);

        String[] deep = outcome(new StackOverflowError());
        assertEquals("1", deep[0]);
        assertEquals("error: out of stack space (something is nested too deeply); give more with COCREATION_JAVA_OPTS=-Xss64m\n", deep[1]);

        // in a worker thread, as the sweeps' and comparisons' pools report it
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        Exception wrapped = new java.util.concurrent.ExecutionException(
                org.junit.jupiter.api.Assertions.assertThrows(Exception.class, worker::get).getCause());
        String[] pool = outcome(wrapped);
        assertEquals("1", pool[0]);
        assertEquals(1, pool[1].lines().count(), pool[1]);
        assertTrue(pool[1].startsWith("error: out of memory"), pool[1]);
    }
}
