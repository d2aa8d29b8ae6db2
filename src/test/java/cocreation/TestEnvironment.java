package cocreation;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a test needs from the machine (a display, a browser, a running Slurm). Tests never install or
 * start such things themselves; .ci/run does. Without it a test is skipped with a line saying why,
 * except on CI (CI=true), where it fails.
 */
public final class TestEnvironment {
    public static final boolean CI = "true".equals(System.getenv("CI"));

    private TestEnvironment() {
    }

    /** Skips (or on CI fails) the calling test unless {@code available}; {@code why} says what is missing and how to get it. */
    public static void require(boolean available, String why) {
        if (available) return;
        if (CI) fail("CI=true, but " + why);
        System.err.println("skipped: " + why); // surefire shows assumption messages only in its reports
        assumeTrue(false, why);
    }
}
