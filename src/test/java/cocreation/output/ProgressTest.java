package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private static String capture(boolean quiet) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try (Progress p = Progress.create("runs", 10, quiet)) {
            p.step();
            p.stepBy(4);
            p.setExtraMessage("1 failed");
        } finally {
            System.setErr(saved);
        }
        return buf.toString();
    }

    @Test
    void quietPrintsNothing() {
        assertEquals("", capture(true));
    }

    @Test
    void consolePrintsTaskAndCount() {
        String out = capture(false);
        assertTrue(out.contains("runs"), out);
        assertTrue(out.contains("5/10"), out);
        assertTrue(out.contains("1 failed"), out);
    }
}
