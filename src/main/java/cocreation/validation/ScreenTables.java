package cocreation.validation;

import cocreation.output.TidyCsv;
import cocreation.run.DataPackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The lever screen's tables beside validation.csv: lever-screen.csv, tidy, one row per screened
 * parameter and output; lever-screen-summary.csv, one row per parameter of the registry, the ones
 * left out with the reason (so that the ODD can say why they stay); lever-tests.csv, each lever's own
 * runs at the base town: the difference in each key output with its widened interval; lever-tests-any-output.csv,
 * the same runs on every output (each interval widened for all of the lever's comparisons).
 */
final class ScreenTables {
    static final String RATIOS = "lever-screen.csv", SUMMARY = "lever-screen-summary.csv", TESTS = "lever-tests.csv",
            ANY_OUTPUT = "lever-tests-any-output.csv";
    /** The tables beside validation.html that datapackage.json describes. */
    static final List<String> FILES = List.of("validation.csv", RATIOS, SUMMARY, TESTS, ANY_OUTPUT);

    /** The meanings of the columns of those tables (other than metrics and parameters). */
    static final Map<String, DataPackage.Column> COLUMNS = columns();

    static final List<String> TEST_HEADER = List.of("lever", "output", "from", "to", "effect", "ci_low", "ci_high", "n", "moves");
    static final List<String> RATIO_HEADER = List.of("parameter", "output", "mu_star", "mu_star_noise", "ratio", "moves");

    private ScreenTables() {
    }

    static void write(Path dir, LeverScreen.Result r) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (LeverScreen.Ratio x : r.ratios())
            rows.add(List.of(x.parameter(), x.output(), x.muStar(), x.noise(), x.ratio(), yes(x.moves())));
        TidyCsv.write(dir.resolve(RATIOS), RATIO_HEADER, rows);
        TidyCsv.write(dir.resolve(SUMMARY), summaryHeader(r.screen()), summary(r));
        if (!r.tests().isEmpty()) TidyCsv.write(dir.resolve(TESTS), TEST_HEADER, rows(r.tests()));
        if (!r.anyOutput().isEmpty()) TidyCsv.write(dir.resolve(ANY_OUTPUT), TEST_HEADER, rows(r.anyOutput()));
    }

    private static List<List<Object>> rows(List<LeverTests.Test> tests) {
        List<List<Object>> out = new ArrayList<>();
        for (LeverTests.Test t : tests)
            out.add(List.of(t.lever(), t.output(), t.from(), t.to(), t.estimate().value(), t.low(), t.high(), t.estimate().n(),
                    yes(t.moves())));
        return out;
    }

    static List<String> summaryHeader(Screen s) {
        List<String> h = new ArrayList<>(List.of("parameter", "screened", "reason", "range", "strongest_output", "strongest_ratio",
                "moves_some_output", "lever"));
        for (String k : s.keyOutputs()) h.add("ratio_" + k);
        return h;
    }

    private static List<List<Object>> summary(LeverScreen.Result r) {
        List<List<Object>> rows = new ArrayList<>();
        for (LeverScreen.Parameter p : r.parameters()) {
            List<Object> row = new ArrayList<>(List.of(p.path(), "yes", "", p.range(), p.strongest(), p.strongestRatio(),
                    yes(p.movesSome()), yes(p.lever())));
            for (double k : p.keyRatios()) row.add(k);
            rows.add(row);
        }
        for (Screen.NotScreened n : r.screen().notScreened()) {
            List<Object> row = new ArrayList<>(List.of(n.path(), "no", n.reason(), "", "", "", "", "no"));
            for (String ignored : r.screen().keyOutputs()) row.add("");
            rows.add(row);
        }
        return rows;
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static Map<String, DataPackage.Column> columns() {
        Map<String, DataPackage.Column> m = new java.util.LinkedHashMap<>();
        java.util.function.BiConsumer<String, String[]> put = (k, v) -> m.put(k, new DataPackage.Column(v[0], v[1]));
        put.accept("pattern", new String[] {"string", "the pattern's number and name (the file validation/<pattern>.json)"});
        put.accept("title", new String[] {"string", "the pattern in words"});
        put.accept("check", new String[] {"string", "the check's name within its pattern"});
        put.accept("decides", new String[] {"string", "yes if the check decides the pattern's status, no for an observation"});
        put.accept("claim", new String[] {"string", "what the pattern claims"});
        put.accept("source", new String[] {"string", "where the claim comes from"});
        put.accept("experiment", new String[] {"string", "the experiment's file"});
        put.accept("measure", new String[] {"string", "what the check measured (a slope, a contrast, a count)"});
        put.accept("effect", new String[] {"number", "the measured effect"});
        put.accept("ci_low", new String[] {"number", "lower end of the effect's 95% interval"});
        put.accept("ci_high", new String[] {"number", "upper end of the effect's 95% interval"});
        put.accept("n", new String[] {"integer", "runs (or landscapes, for the dockings) the effect is estimated from"});
        put.accept("expected", new String[] {"string", "the side of zero the claim expects (positive, negative, zero, ...)"});
        put.accept("status", new String[] {"string", "reproduced, not reproduced, or observed (an observation decides nothing)"});
        put.accept("pattern_status", new String[] {"string", "the pattern's status: reproduced only if every check that decides is"});
        put.accept("note", new String[] {"string", "what the check found, in words"});
        put.accept("parameter", new String[] {"string", "the scenario parameter (its path; arenas[] for every arena)"});
        put.accept("output", new String[] {"string", "the output (a column of the screen's runs.csv)"});
        put.accept("mu_star", new String[] {"number", "Morris mu*: mean absolute effect of moving the parameter over its plausible range"});
        put.accept("mu_star_noise", new String[] {"number", "the mu* that replicate noise alone gives"});
        put.accept("ratio", new String[] {"number", "mu_star over mu_star_noise"});
        put.accept("moves", new String[] {"string", "yes where the parameter moves the output beyond noise (ratio at least the "
                + "screen's threshold; for a lever's own runs, an interval that excludes 0)"});
        put.accept("screened", new String[] {"string", "yes if the screen varies the parameter"});
        put.accept("reason", new String[] {"string", "why the parameter is not screened"});
        put.accept("range", new String[] {"string", "the plausible range the screen explores"});
        put.accept("strongest_output", new String[] {"string", "the output the parameter moves most, relative to noise"});
        put.accept("strongest_ratio", new String[] {"number", "its mu_star over mu_star_noise"});
        put.accept("moves_some_output", new String[] {"string", "yes if the parameter moves some output beyond noise"});
        put.accept("lever", new String[] {"string", "the lever (a scenario parameter) or, in lever-screen-summary.csv, yes if the "
                + "parameter is one of the talk's levers"});
        put.accept("from", new String[] {"string", "the lever's value in the reference arm"});
        put.accept("to", new String[] {"string", "the lever's value in the other arm"});
        for (String k : List.of("ideas_put_to_use", "value_gained", "practice_value_gain"))
            put.accept("ratio_" + k, new String[] {"number", "the parameter's mu* on " + k + " over the mu* of noise alone"});
        return m;
    }
}
