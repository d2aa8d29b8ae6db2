package cocreation.validation;

import cocreation.output.TidyCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
