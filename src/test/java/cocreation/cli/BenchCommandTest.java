package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.bench.Benchmark;
import cocreation.validation.Effects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic and its report (not the speed: that is for the benchmark to measure). */
class BenchCommandTest {

    /** The bench fits its exponent with the validation's least-squares slope. */
    @Test
    void slopeOfAPowerLawIsItsExponent() {
        double[] x = {Math.log(5000), Math.log(20000), Math.log(100000)};
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) y[i] = 1.25 * x[i] - 7;
        assertEquals(1.25, Effects.slope(x, y).value(), 1e-12);
    }

    @Test
    void readsThatWaitForEachOtherAreSlowerThanIndependentOnes() {
        Benchmark.MemoryReads reads = Benchmark.memoryReads(4, 7);
        assertTrue(reads.independent() > 0 && Double.isFinite(reads.oneAtATime()));
        assertTrue(reads.oneAtATime() > reads.independent(), reads.toString());
    }

    @Test
    void badTownSizesAreRefusedBeforeAnythingIsTimed() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            for (String sizes : new String[] {"-5", "5000,1", "20000000"}) {
                CliRun r = CliRun.of("bench", "--sizes", sizes);
                assertEquals(2, r.code(), r.err());
                assertTrue(r.err().startsWith("error: --sizes: ") && r.err().contains("is not a town size from 2 to 10000000 actors"), r.err());
            }
        } finally {
            System.setOut(old);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing was measured");
    }

    @Test
    void quickBenchReportsSpeedAndWhereTheWeekGoes() {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.execute("bench", "--quick");
        } finally {
            System.setOut(old);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, report);
        assertTrue(report.contains("baseline: median"), report);
        assertTrue(Pattern.compile("objects aligned to (\\d+|unknown) bytes").matcher(report).find(), "the layout is on record: " + report);
        Matcher shares = Pattern.compile("([0-9.]+)%").matcher(report.substring(report.indexOf("share of step time:"),
                report.indexOf("scheduling and measurement:")));
        double sum = 0;
        while (shares.find()) sum += Double.parseDouble(shares.group(1));
        assertEquals(100, sum, 0.6, "the phases and scheduling make up the whole step");
    }
}
