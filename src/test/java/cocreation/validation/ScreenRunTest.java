package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.output.Json;
import cocreation.output.TidyCsv;
import cocreation.scenario.ParameterRegistry;
import cocreation.sweep.RunRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed screen on a town of about a hundred for half a year, two trajectories: validate
 * runs it, writes its tables, charts and findings, and writes the same bytes on one thread and two.
 */
class ScreenRunTest {
    @TempDir
    Path tmp;

    private Path tinyScreen() throws Exception {
        ObjectNode tree = (ObjectNode) Json.mapper().readTree(ScreenReaderTest.FILE.toFile());
        ObjectNode s = (ObjectNode) tree.get("screen");
        s.putObject("set").put("population.citizens", 90).put("population.officials", 8).put("population.organisations", 2);
        ObjectNode ranges = s.putObject("ranges");
        ranges.putArray("population.citizens").add(60).add(120);
        ranges.putArray("population.officials").add(4).add(12);
        ranges.putArray("population.organisations").add(2).add(6);
        s.put("steps", 26).put("trajectories", 2);
        tree.remove("quick");
        Path dir = Files.createDirectories(tmp.resolve("patterns"));
        Files.write(dir.resolve("00-tiny-screen.json"), Json.toBytes(tree));
        return dir;
    }

    @Test
    void reusingAnEarlierRunKeepsItsSweepsAndGivesTheSameTable() throws Exception {
        List<Pattern> patterns = PatternReader.readAll(tinyScreen(), List.of(), PatternReaderTest.PRESETS);
        Path first = tmp.resolve("first"), again = tmp.resolve("again");
        Validation.run(patterns, first, new Validation.Options(false, 2, true, "test"));
        Validation.run(patterns, again, new Validation.Options(false, 2, true, "test", first));
        assertArrayEquals(Files.readAllBytes(first.resolve("validation.csv")), Files.readAllBytes(again.resolve("validation.csv")));
        Path timing = Path.of("experiments", "00-tiny-screen", "timing.csv");
        assertArrayEquals(Files.readAllBytes(first.resolve(timing)), Files.readAllBytes(again.resolve(timing)),
                "the screen's sweep was kept, not run again (a new run would time itself anew)");
        assertTrue(Files.readString(again.resolve("manifest.json")).contains("\"reused_from\""));
        Files.writeString(first.resolve(timing), "tampered");
        Path third = tmp.resolve("third");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(cocreation.scenario.ScenarioException.class,
                () -> Validation.run(patterns, third, new Validation.Options(false, 2, true, "test", first)));
        assertTrue(e.getMessage().contains("has changed since the sweep wrote it"), e.getMessage());
    }

    @Test
    void aTinyScreenWritesItsTablesChartsAndFindingsAlikeOnAnyThreads() throws Exception {
        List<Pattern> patterns = PatternReader.readAll(tinyScreen(), List.of(), PatternReaderTest.PRESETS);
        Path one = tmp.resolve("one"), two = tmp.resolve("two");
        Validation.run(patterns, two, new Validation.Options(false, 2, true, "test"));
        List<Validation.Outcome> outcomes = Validation.run(patterns, one, new Validation.Options(false, 1, true, "test"));
        Screen screen = patterns.get(0).screen();

        List<List<String>> ratios = TidyCsv.readRows(one.resolve(ScreenTables.RATIOS));
        assertEquals(ScreenTables.RATIO_HEADER, ratios.get(0));
        assertEquals(screen.screened().size() * RunRecord.METRICS.size(), ratios.size() - 1, "each parameter on each output");
        int moving = 0;
        for (List<String> r : ratios.subList(1, ratios.size())) {
            double ratio = Runs.number(r.get(4));
            assertEquals(ratio >= screen.threshold() ? "yes" : "no", r.get(5), r.toString());
            if (!r.get(2).isEmpty() && !r.get(3).isEmpty() && Double.parseDouble(r.get(3)) > 0)
                assertEquals(Double.parseDouble(r.get(2)) / Double.parseDouble(r.get(3)), ratio, 1e-6 * Math.max(1, ratio));
            if (r.get(5).equals("yes")) moving++;
        }
        assertTrue(moving > 0, "something moves something");

        List<List<String>> summary = TidyCsv.readRows(one.resolve(ScreenTables.SUMMARY));
        assertEquals(ScreenTables.summaryHeader(screen), summary.get(0));
        assertEquals(ParameterRegistry.all().size(), summary.size() - 1, "one row per registry parameter");
        long nothing = summary.stream().skip(1).filter(r -> r.get(1).equals("yes") && r.get(6).equals("no")).count();
        long leversStill = summary.stream().skip(1).filter(r -> r.get(7).equals("yes")).count();
        assertEquals(screen.levers().size(), leversStill);

        List<List<String>> table = TidyCsv.readRows(one.resolve("validation.csv"));
        assertEquals(3, table.size(), "two checks and the header");
        List<String> h = table.get(0);
        assertEquals(nothing, Long.parseLong(table.get(1).get(h.indexOf("effect"))), "the first finding counts what moves nothing");
        assertEquals(nothing == 0 ? "reproduced" : "not reproduced", table.get(1).get(h.indexOf("status")));
        Validation.Outcome o = outcomes.get(0);
        boolean both = o.findings().stream().allMatch(f -> f.status() == Check.Status.REPRODUCED);
        assertEquals(both ? Check.Status.REPRODUCED : Check.Status.NOT_REPRODUCED, o.status());

        for (String chart : List.of(ScreenCharts.STRONGEST, ScreenCharts.LEVERS)) {
            byte[] png = Files.readAllBytes(one.resolve(chart + ".png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4), chart);
            assertTrue(Files.readString(one.resolve(chart + ".svg")).contains("<svg"), chart);
        }
        String html = Files.readString(one.resolve("validation.html"));
        assertTrue(html.contains("href=\"lever-screen.csv\"") && html.contains("href=\"lever-screen-summary.csv\""));
        assertTrue(html.contains("levers on the key outputs</h3>"), "the levers' table");
        assertEquals(1 + 2, html.split("<svg", -1).length, "two inline charts");
        assertTrue(Files.isRegularFile(one.resolve("experiments/00-tiny-screen/sweep.json")), "the generated spec, to rerun");

        for (String file : List.of("validation.csv", "validation.html", ScreenTables.RATIOS, ScreenTables.SUMMARY,
                ScreenCharts.STRONGEST + ".png", ScreenCharts.LEVERS + ".svg", "experiments/00-tiny-screen/sensitivity.csv"))
            assertArrayEquals(Files.readAllBytes(two.resolve(file)), Files.readAllBytes(one.resolve(file)), file);
    }
}
