package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.output.TidyCsv;
import cocreation.validation.Pattern;
import cocreation.validation.PatternReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate --quick} end to end: every pattern is run and decided, each status follows from
 * its interval, and the quick run never contradicts the committed full run
 * (docs/validation/validation.csv): it may leave undecided what the full run decides narrowly. Bad pattern files exit with code 2 and leave nothing.
 */
class ValidateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void quickValidationAgreesWithTheCommittedFullRun() throws Exception {
        Path out = tmp.resolve("validation");
        CliRun o = CliRun.of("validate", "--quick", "--out", out.toString(), "--quiet");
        assertEquals(0, o.code(), o.err());

        cocreation.DataPackages.assertDescribes(out, List.of("validation.csv", "lever-screen.csv", "lever-screen-summary.csv",
                "lever-tests.csv", "lever-tests-any-output.csv"));
        List<List<String>> rows = TidyCsv.readRows(out.resolve("validation.csv"));
        List<String> h = rows.get(0);
        assertEquals(List.of("pattern", "title", "check", "decides", "claim", "source", "experiment", "measure", "effect",
                "ci_low", "ci_high", "n", "expected", "status", "pattern_status", "note"), h);
        Map<String, String> patternStatus = new LinkedHashMap<>();
        Map<String, Boolean> allDecidingReproduced = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            String expected = r.get(h.indexOf("expected")), status = r.get(h.indexOf("status"));
            assertEquals(statusFrom(expected, r.get(h.indexOf("effect")), r.get(h.indexOf("ci_low")), r.get(h.indexOf("ci_high"))),
                    status, "status of " + r.get(h.indexOf("check")));
            String pattern = r.get(h.indexOf("pattern"));
            patternStatus.put(pattern, r.get(h.indexOf("pattern_status")));
            if (r.get(h.indexOf("decides")).equals("yes"))
                allDecidingReproduced.merge(pattern, status.equals("reproduced"), Boolean::logicalAnd);
            assertTrue(Files.isDirectory(out.resolve("experiments").resolve(pattern)), pattern);
        }
        try (var files = Files.list(Path.of("validation"))) {
            assertEquals(files.count(), patternStatus.size(), "one result per pattern file");
        }
        patternStatus.forEach((p, s) -> assertEquals(allDecidingReproduced.get(p) ? "reproduced" : "not reproduced", s, p));

        // A lever screen's quick run has too few trajectories to decide as the full run does: its findings must follow
        // from its own tables instead.
        List<Pattern> screens = PatternReader.readAll(Path.of("validation"), List.of(), n -> Path.of("scenarios", n + ".json"))
                .stream().filter(Pattern::isScreen).toList();
        assertEquals(1, screens.size(), "validation/ holds one lever screen");
        for (Pattern screen : screens) {
            screenFindingsFollowFromItsTables(screen, out, rows);
            patternStatus.remove(screen.id());
        }
        // Quick runs are smaller, so a check the full run decides narrowly may go undecided in quick. What must hold is
        // that quick never contradicts the committed full run: where a deciding check's status differs, the two
        // estimates agree within 3.3 combined standard errors and do not exclude zero on opposite sides.
        List<List<String>> committed = TidyCsv.readRows(Path.of("docs", "validation", "validation.csv"));
        List<String> ch = committed.get(0);
        Map<String, List<String>> quickChecks = new HashMap<>();
        for (List<String> r : rows.subList(1, rows.size())) quickChecks.put(r.get(0) + " / " + r.get(h.indexOf("check")), r);
        java.util.Set<String> fullPatterns = new java.util.TreeSet<>();
        for (List<String> r : committed.subList(1, committed.size())) {
            String pattern = r.get(ch.indexOf("pattern"));
            if (screens.stream().anyMatch(sc -> sc.id().equals(pattern))) continue;
            fullPatterns.add(pattern);
            if (!r.get(ch.indexOf("decides")).equals("yes")) continue;
            String key = pattern + " / " + r.get(ch.indexOf("check"));
            List<String> q = quickChecks.get(key);
            assertTrue(q != null, "the quick run has the committed check " + key
                    + " (after a change to the patterns, rerun ./cocreation validate and commit docs/validation)");
            if (q.get(h.indexOf("status")).equals(r.get(ch.indexOf("status")))) continue;
            assertTrue(consistent(r.get(ch.indexOf("effect")), r.get(ch.indexOf("ci_low")), r.get(ch.indexOf("ci_high")),
                    q.get(h.indexOf("effect")), q.get(h.indexOf("ci_low")), q.get(h.indexOf("ci_high"))),
                    key + ": quick " + q.get(h.indexOf("effect")) + " [" + q.get(h.indexOf("ci_low")) + ", " + q.get(h.indexOf("ci_high"))
                            + "] contradicts the committed full run " + r.get(ch.indexOf("effect")) + " [" + r.get(ch.indexOf("ci_low"))
                            + ", " + r.get(ch.indexOf("ci_high")) + "] (after a change to the model, rerun ./cocreation validate "
                            + "and commit docs/validation)");
        }
        assertEquals(fullPatterns, new java.util.TreeSet<>(patternStatus.keySet()), "quick and full run the same patterns");

        String html = Files.readString(out.resolve("validation.html"));
        assertTrue(html.contains("Content-Security-Policy"));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("src=\""));
        for (List<String> r : rows.subList(1, rows.size()))
            assertTrue(html.contains(cocreation.report.Html.esc(r.get(h.indexOf("title")))), r.get(0));
        assertEquals("quick", cocreation.output.Json.mapper().readTree(out.resolve("manifest.json").toFile()).path("mode").asText());
    }

    /**
     * The screen's two findings count, in validation.csv, the parameters that move no output and the levers that move
     * no key output, as lever-screen-summary.csv, lever-tests.csv and lever-tests-any-output.csv say; each parameter's flags follow from its ratios in
     * lever-screen.csv, each lever test's from its interval.
     */
    private static void screenFindingsFollowFromItsTables(Pattern screen, Path out, List<List<String>> rows) throws Exception {
        double threshold = screen.screen().threshold();
        List<List<String>> ratios = TidyCsv.readRows(out.resolve("lever-screen.csv"));
        assertEquals(List.of("parameter", "output", "mu_star", "mu_star_noise", "ratio", "moves"), ratios.get(0));
        Map<String, Boolean> movesSome = new HashMap<>();
        for (List<String> r : ratios.subList(1, ratios.size())) {
            boolean moves = !r.get(4).isEmpty() && Double.parseDouble(r.get(4).replace("Inf", "Infinity")) >= threshold;
            assertEquals(moves ? "yes" : "no", r.get(5), r.toString());
            movesSome.merge(r.get(0), moves, Boolean::logicalOr);
        }
        // a lever also moves a key output if its own runs show a difference whose widened interval excludes 0
        List<List<String>> tests = TidyCsv.readRows(out.resolve("lever-tests.csv"));
        assertEquals(List.of("lever", "output", "from", "to", "effect", "ci_low", "ci_high", "n", "moves"), tests.get(0));
        java.util.Set<String> movedAlone = new java.util.HashSet<>();
        for (List<String> r : tests.subList(1, tests.size())) {
            boolean moves = !r.get(5).isEmpty() && (Double.parseDouble(r.get(5)) > 0 || Double.parseDouble(r.get(6)) < 0);
            assertEquals(moves ? "yes" : "no", r.get(8), r.toString());
            if (moves) movedAlone.add(r.get(0));
        }
        // and it moves some output if its own runs move any output (each interval widened for all its comparisons)
        java.util.Set<String> movedAny = new java.util.HashSet<>(movedAlone);
        List<List<String>> any = TidyCsv.readRows(out.resolve("lever-tests-any-output.csv"));
        assertEquals(tests.get(0), any.get(0));
        for (List<String> r : any.subList(1, any.size())) {
            boolean moves = !r.get(5).isEmpty() && (Double.parseDouble(r.get(5)) > 0 || Double.parseDouble(r.get(6)) < 0);
            assertEquals(moves ? "yes" : "no", r.get(8), r.toString());
            if (moves) movedAny.add(r.get(0));
        }
        List<List<String>> summary = TidyCsv.readRows(out.resolve("lever-screen-summary.csv"));
        List<String> h = summary.get(0);
        int nothing = 0, stuck = 0;
        for (List<String> r : summary.subList(1, summary.size())) {
            if (!r.get(h.indexOf("screened")).equals("yes")) {
                assertFalse(r.get(h.indexOf("reason")).isEmpty(), r.get(0) + " is left out with a reason");
                continue;
            }
            boolean some = movesSome.get(r.get(0)) || movedAny.contains(r.get(0));
            assertEquals(some ? "yes" : "no", r.get(h.indexOf("moves_some_output")), r.get(0));
            if (!some) nothing++;
            if (!r.get(h.indexOf("lever")).equals("yes")) continue;
            boolean key = false;
            for (String k : screen.screen().keyOutputs()) {
                String cell = r.get(h.indexOf("ratio_" + k));
                key |= !cell.isEmpty() && Double.parseDouble(cell.replace("Inf", "Infinity")) >= threshold;
            }
            if (!key && !movedAlone.contains(r.get(0))) stuck++;
        }
        assertEquals(screen.screen().screened().size(), movesSome.size(), "every screened parameter has its ratios");
        List<List<String>> mine = rows.stream().filter(r -> r.get(0).equals(screen.id())).toList();
        assertEquals(2, mine.size(), "the screen's two findings");
        assertEquals(nothing, Double.parseDouble(mine.get(0).get(rows.get(0).indexOf("effect"))), "parameters that move nothing");
        assertEquals(stuck, Double.parseDouble(mine.get(1).get(rows.get(0).indexOf("effect"))), "levers that move no key output");
        for (String chart : List.of("lever-screen-strongest", "lever-screen-levers"))
            for (String ext : List.of(".png", ".svg")) assertTrue(Files.size(out.resolve(chart + ext)) > 0, chart + ext);
    }

    /** Two estimates with 95% intervals that do not contradict each other (see the test above). */
    static boolean consistent(String fullEffect, String fullLow, String fullHigh, String quickEffect, String quickLow, String quickHigh) {
        if (fullLow.isEmpty() || quickLow.isEmpty()) return fullEffect.equals(quickEffect);
        double fe = Double.parseDouble(fullEffect), fl = Double.parseDouble(fullLow), fh = Double.parseDouble(fullHigh);
        double qe = Double.parseDouble(quickEffect), ql = Double.parseDouble(quickLow), qh = Double.parseDouble(quickHigh);
        if ((fl > 0 && qh < 0) || (fh < 0 && ql > 0)) return false;
        double seF = (fh - fl) / (2 * 1.96), seQ = (qh - ql) / (2 * 1.96);
        return Math.abs(fe - qe) <= 3.3 * Math.sqrt(seF * seF + seQ * seQ) + 1e-12;
    }

    /** The status rule, restated: the interval must lie on the expected side (or be exactly zero). */
    private static String statusFrom(String expected, String effect, String low, String high) {
        boolean ok = switch (expected) {
            case "positive" -> !low.isEmpty() && Double.parseDouble(low) > 0;
            case "negative" -> !high.isEmpty() && Double.parseDouble(high) < 0;
            case "zero" -> Double.parseDouble(effect) == 0 && (low.isEmpty() || Double.parseDouble(low) == 0 && Double.parseDouble(high) == 0);
            default -> false;
        };
        return expected.equals("none") ? "observed" : ok ? "reproduced" : "not reproduced";
    }

    @Test
    void sameInputsGiveTheSameValidationFilesWhateverTheThreads() throws Exception {
        for (String threads : List.of("1", "2"))
            assertEquals(0, CliRun.of("validate", "--quick", "--only", "05-lazer-friedman,07-reproducibility", "--threads", threads,
                    "--out", tmp.resolve("t" + threads).toString(), "--quiet").code());
        for (String file : List.of("validation.csv", "validation.html"))
            assertEquals(Files.readString(tmp.resolve("t1").resolve(file)), Files.readString(tmp.resolve("t2").resolve(file)), file);
        assertEquals(13, TidyCsv.readRows(tmp.resolve("t1").resolve("validation.csv")).size(), "eleven checks of 05, one of 07 and the header");
    }

    @Test
    void badPatternFilesExitWithCode2AndLeaveNothing() throws Exception {
        Path patterns = Files.createDirectories(tmp.resolve("patterns"));
        Files.writeString(patterns.resolve("x.json"), Files.readString(Path.of("validation", "04-silos.json"))
                .replace("\"slope\": \"municipality.silo_strength\"", "\"slope\": \"municipality.silo_strenght\""));
        Path out = tmp.resolve("out");
        CliRun o = CliRun.of("validate", "--quick", "--patterns", patterns.toString(), "--out", out.toString());
        assertEquals(2, o.code());
        assertTrue(o.err().contains("error: " + patterns.resolve("x.json") + ": checks[0].slope: 'municipality.silo_strenght' "
                + "is not a factor of the experiment (municipality.silo_strength)"), o.err());
        assertFalse(o.err().contains("Exception"), o.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "nothing but the patterns folder");
        }
        assertEquals(2, CliRun.of("validate", "--only", "nothing", "--out", out.toString()).code());
        assertEquals(2, CliRun.of("validate", "--threads", "0", "--out", out.toString()).code());
        assertFalse(Files.exists(out));
    }
}
