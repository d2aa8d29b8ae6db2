package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.output.TidyCsv;
import cocreation.run.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    /** A small municipality over one year keeps each run well under a second. */
    static final List<String> SMALL = List.of("--steps", "52", "--set", "population.citizens=300", "--set", "population.officials=40",
            "--set", "population.organisations=10", "--quiet");

    @TempDir
    Path tmp;

    record Result(int code, String err) {
    }

    static Result compare(List<String> args) {
        List<String> all = new ArrayList<>(List.of("compare"));
        all.addAll(args);
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(Main.execute(all.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private Path scenarioWith(String name, String from, String to) throws Exception {
        String text = Files.readString(Path.of("scenarios", "baseline.json"));
        assertTrue(text.contains(from), from);
        Path file = tmp.resolve(name + ".json");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    @Test
    void badInputIsRefusedWithExitTwoAClearMessageAndNoOutput() throws Exception {
        Path fewer = scenarioWith("fewer-citizens", "\"citizens\": 4600", "\"citizens\": 4000");
        Path shorter = scenarioWith("shorter", "\"steps\": 520", "\"steps\": 104");
        Path full = Files.createDirectories(tmp.resolve("full"));
        Files.writeString(full.resolve("x.txt"), "x");
        // each case fails before any run; "--steps 1" keeps a run short should one not
        List<String> quick = List.of("--steps", "1");
        Object[][] cases = {
                {List.of("baseline"), "at least two scenarios"},
                {List.of("baseline", "no-such-option"), "no-such-option: no such scenario file or preset"},
                {List.of("baseline", "kommune-3", "--replications", "1"), "--replications: 1 is below 2"},
                {List.of("baseline", "kommune-3", "--replications", "2000000000"),
                        "--replications: 2000000000 for 2 options is 4000000000 runs, above the limit of 1000000"},
                {List.of("baseline", "kommune-3", "--baseline", "kommune-9"), "--baseline: 'kommune-9' is not one of the options: baseline, kommune-3"},
                {List.of("baseline", fewer.toString()), fewer + ": population.citizens is 4000 but"},
                {List.of("baseline", shorter.toString()), shorter + ": steps is 104 but"},
                {List.of("baseline", "baseline"), "option name 'baseline'"},
                {List.of("baseline", "kommune-3", "--threads", "0"), "--threads: 0 is below 1"},
                {List.of("baseline", "kommune-3", "--set", "municipality.time_pressure=7"), "municipality.time_pressure"},
                {List.of("baseline", "kommune-3", "--out", full.toString()), "--out: " + full + ": exists and is not empty"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            List<String> args = new ArrayList<>((List<String>) c[0]);
            Path out = tmp.resolve("out");
            if (!args.contains("--out")) args.addAll(List.of("--out", out.toString()));
            if (!args.contains(shorter.toString())) args.addAll(quick);
            args.add("--quiet");
            Result r = compare(args);
            assertEquals(2, r.code(), args + " gave: " + r.err());
            assertTrue(r.err().contains("error: ") && r.err().contains((String) c[1]), args + " said: " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
            assertFalse(Files.exists(out), "no output folder for " + args);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains("partial")).toList());
        }
    }

    @Test
    void resultsAreByteIdenticalWhateverTheThreadCountAndShareSeedsAcrossOptions() throws Exception {
        List<String> files = List.of("report.html", "comparison.csv", "replications.csv", "timeseries.csv");
        byte[][] first = null;
        for (String threads : List.of("1", "2")) {
            Path out = tmp.resolve("t" + threads);
            List<String> args = new ArrayList<>(List.of("baseline", "kommune-3", "-n", "3", "--threads", threads, "--out", out.toString()));
            args.addAll(SMALL);
            Result r = compare(args);
            assertEquals(0, r.code(), r.err());
            assertFalse(r.err().contains("in the world it assumes"), "kommune-3 differs from the baseline in decisions only: " + r.err());
            assertTrue(Files.exists(out.resolve("manifest.json")));
            byte[][] bytes = new byte[files.size()][];
            for (int f = 0; f < files.size(); f++) bytes[f] = Files.readAllBytes(out.resolve(files.get(f)));
            if (first == null) first = bytes;
            else for (int f = 0; f < files.size(); f++) assertArrayEquals(first[f], bytes[f], files.get(f) + " differs with " + threads + " threads");
        }
        // replication i of every option ran with the seed derived from the master seed (the first scenario's, 42) and i
        List<List<String>> rows = TidyCsv.readRows(tmp.resolve("t1").resolve("replications.csv"));
        assertEquals(List.of("option", "replication", "seed"), rows.get(0).subList(0, 3));
        assertEquals(7, rows.size());
        for (List<String> row : rows.subList(1, rows.size()))
            assertEquals(String.valueOf(Seeds.derive(42, Integer.parseInt(row.get(1)) - 1)), row.get(2), row.toString());
        assertEquals("baseline", rows.get(1).get(0));
        assertEquals("kommune-3", rows.get(4).get(0));
    }

    @Test
    void estimatesInTheCsvFollowFromTheRunsAndTheBaselineCanBeChosen() throws Exception {
        Path out = tmp.resolve("c");
        List<String> args = new ArrayList<>(List.of("baseline", "kommune-3", "-n", "3", "--seed", "7", "--baseline", "kommune-3",
                "--out", out.toString()));
        args.addAll(SMALL);
        Result r = compare(args);
        assertEquals(0, r.code(), r.err());
        List<List<String>> runs = TidyCsv.readRows(out.resolve("replications.csv"));
        int column = runs.get(0).indexOf("innovations_new");
        assertTrue(column > 0);
        assertEquals(String.valueOf(Seeds.derive(7, 0)), runs.get(1).get(2), "--seed is the master seed");
        double[] base = new double[3], option = new double[3];
        for (int i = 0; i < 3; i++) {
            option[i] = Double.parseDouble(runs.get(1 + i).get(column)); // "baseline" is now the option
            base[i] = Double.parseDouble(runs.get(4 + i).get(column));    // kommune-3 is the baseline
        }
        cocreation.DataPackages.assertDescribes(out, List.of("comparison.csv", "replications.csv", "timeseries.csv"));
        List<List<String>> est = TidyCsv.readRows(out.resolve("comparison.csv"));
        List<String> header = est.get(0);
        assertEquals(cocreation.report.ComparisonFiles.ESTIMATE_HEADER, header);
        double mean = find(est, "innovations_new", "baseline", "mean"), diff = find(est, "innovations_new", "baseline", "difference");
        assertEquals((option[0] + option[1] + option[2]) / 3, mean, 1e-6);
        assertEquals((option[0] - base[0] + option[1] - base[1] + option[2] - base[2]) / 3, diff, 1e-6);
        assertTrue(est.stream().anyMatch(row -> row.get(2).equals("baseline") && row.get(3).equals("kommune-3")), "compared with kommune-3");
        assertTrue(est.stream().noneMatch(row -> row.get(2).equals("kommune-3") && row.get(4).equals("difference")), "no difference of the baseline from itself");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("baseline compared with kommune-3"), "the headline names the chosen baseline");
        int forest = html.indexOf("class=\"chart forest\""), first = html.indexOf("baseline compared with kommune-3");
        assertTrue(forest > 0 && forest < first, "the forest plot of differences stands at the top of the brief");
    }

    @Test
    void optionsThatDifferInTheWorldAreNamedOnStderrAndAtTheTopOfTheReport() throws Exception {
        Path out = tmp.resolve("w");
        Path drifting = scenarioWith("drifting", "\"drift\": 0.02", "\"drift\": 0.05");
        List<String> args = new ArrayList<>(List.of("baseline", drifting.toString(), "-n", "2", "--out", out.toString()));
        args.addAll(SMALL);
        Result r = compare(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: drifting differs from baseline in the world it assumes, not in a decision: municipality.drift: 0.02 \u2192 0.05"),
                r.err());
        String html = Files.readString(out.resolve("report.html"));
        int warning = html.indexOf("class=\"warning\""), brief = html.indexOf("id=\"brief\"");
        assertTrue(warning > 0 && warning < brief, "the warning stands above the results");
        assertTrue(html.indexOf("drifting: municipality.drift: 0.02 \u2192 0.05") > warning, "and names the path");
    }

    private static double find(List<List<String>> rows, String outcome, String option, String statistic) {
        for (List<String> row : rows)
            if (row.get(1).equals(outcome) && row.get(2).equals(option) && row.get(4).equals(statistic)) return Double.parseDouble(row.get(6));
        throw new AssertionError("no row " + outcome + " " + option + " " + statistic);
    }

    @Test
    void uncertainWorldsAreSharedByEveryOptionAndSayWhichIsRobust() throws Exception {
        List<String> uncertain = List.of("--uncertain", "municipality.drift=0:0.04", "--uncertain", "trust.initial=0.2:0.8",
                "--worlds", "3", "-n", "2");
        byte[][] first = null;
        for (String threads : List.of("1", "2")) {
            Path out = tmp.resolve("u" + threads);
            List<String> args = new ArrayList<>(List.of("baseline", "kommune-3", "--threads", threads, "--out", out.toString()));
            args.addAll(uncertain);
            args.addAll(SMALL);
            Result r = compare(args);
            assertEquals(0, r.code(), r.err());
            byte[][] bytes = {Files.readAllBytes(out.resolve("robustness.csv")), Files.readAllBytes(out.resolve("worlds.csv"))};
            if (first != null) for (int f = 0; f < 2; f++) assertArrayEquals(first[f], bytes[f], "the same worlds and runs on 1 and 2 threads");
            first = bytes;
        }
        Path out = tmp.resolve("u1");
        cocreation.DataPackages.assertDescribes(out, List.of("robustness.csv", "worlds.csv"));
        List<List<String>> worlds = TidyCsv.readRows(out.resolve("worlds.csv"));
        assertEquals(List.of("world", "municipality.drift", "trust.initial", "option", "outcome", "mean", "ci_low", "ci_high", "n",
                "regret", "best"), worlds.get(0));
        assertEquals(1 + 3 * 2 * 2, worlds.size(), "3 worlds x 2 options x 2 outcomes");
        java.util.Set<String> drifts = new java.util.HashSet<>();
        for (List<String> row : worlds.subList(1, worlds.size())) {
            double drift = Double.parseDouble(row.get(1)), trust = Double.parseDouble(row.get(2));
            assertTrue(drift >= 0 && drift <= 0.04 && trust >= 0.2 && trust <= 0.8, row.toString());
            drifts.add(row.get(1));
            assertTrue(Double.parseDouble(row.get(9)) >= 0, "regret is never negative: " + row);
        }
        assertEquals(3, drifts.size(), "a Latin hypercube: each world its own third of the range");
        List<List<String>> standings = TidyCsv.readRows(out.resolve("robustness.csv"));
        for (String outcome : List.of("innovations_used", "value_gained"))
            assertEquals(1, standings.stream().filter(r -> r.get(0).equals(outcome) && r.get(9).equals("yes")).count(),
                    "one most robust option per outcome");
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<section id=\"robust\">") && html.contains("municipality.drift 0..0.04"), "the report has the section");
    }

    @Test
    void aWorldThatMakesAnOptionInvalidStopsTheCommandBeforeAnyRun() {
        List<String> args = new ArrayList<>(List.of("baseline", "kommune-3", "--uncertain", "problems.wickedness=0:61", "--worlds", "4",
                "-n", "2", "--out", tmp.resolve("x").toString()));
        args.addAll(SMALL);
        Result r = compare(args);
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--uncertain: world ") && r.err().contains("problems.wickedness"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")), "nothing is written");
    }

    @Test
    void anUncertaintyMustBeANumberOfTheWorldWithinItsRange() {
        for (String[] c : new String[][] {
                {"municipality.leadership=0:1", "is a decision of the municipality (a lever)"},
                {"municipality.drfit=0:1", "unknown scenario path 'municipality.drfit' (did you mean 'municipality.drift'?)"},
                {"network.structure=0:1", "is a choice"},
                {"trust.initial=0.8:0.2", "MIN (0.8) must be below MAX (0.2)"},
                {"trust.initial=0:2", "must stay within 0..1"},
                {"trust.initial", "expected PATH=MIN:MAX"},
                {"steps=10:20", "the comparison's setting"}}) {
            List<String> args = new ArrayList<>(List.of("baseline", "kommune-3", "--uncertain", c[0], "--out", tmp.resolve("x").toString()));
            args.addAll(SMALL);
            Result r = compare(args);
            assertEquals(2, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().contains("--uncertain " + c[0] + ": ") && r.err().contains(c[1]), c[0] + ": " + r.err());
            assertFalse(Files.exists(tmp.resolve("x")), "nothing is written");
        }
        for (List<String> c : List.of(List.of("--worlds", "4"), List.of("--uncertain", "trust.initial=0.2:0.8", "--worlds", "1"))) {
            List<String> args = new ArrayList<>(List.of("baseline", "kommune-3", "--out", tmp.resolve("x").toString()));
            args.addAll(c);
            args.addAll(SMALL);
            Result r = compare(args);
            assertEquals(2, r.code(), c + ": " + r.err());
            assertTrue(r.err().contains(c.size() == 2 ? "--worlds: only with --uncertain" : "--worlds: 1 is below 2"), c + ": " + r.err());
            assertFalse(Files.exists(tmp.resolve("x")));
        }
    }
}
