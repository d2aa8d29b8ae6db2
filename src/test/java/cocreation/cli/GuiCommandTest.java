package cocreation.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

/** Bad input to {@code gui} is refused before any window opens. */
class GuiCommandTest {
    @Test
    void badInputExitsWithTwo() {
        assertEquals(Main.BAD_INPUT, Main.execute("gui", "--weeks", "0"));
        assertEquals(Main.BAD_INPUT, Main.execute("gui", "no-such-lesson"));
        assertEquals(Main.BAD_INPUT, Main.execute("gui", "--set", "municipality.time_pressure=7"));
        assertEquals(Main.BAD_INPUT, Main.execute("gui", "--measure", "-1"));
        assertEquals(Main.BAD_INPUT, Main.execute("gui", "--measure", "3"));
    }

    @Test
    void withoutADisplayItSaysSo() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "the tests normally run headless");
        assertEquals(Main.FAILURE, Main.execute("gui", "baseline"));
    }
}
