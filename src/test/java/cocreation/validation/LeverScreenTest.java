package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.output.TidyCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ratio of mu* to replicate noise, what moves, and the two findings, on a made-up sensitivity table. */
class LeverScreenTest {
    static final double NAN = Double.NaN;

    @TempDir
    Path tmp;

    /** a moves x (5 x noise), b is noise on both (1 x), c has no defined ratio, d moves y only (no noise at all). */
    static final List<LeverScreen.Effect> TABLE = List.of(
            new LeverScreen.Effect("a", "x", 5, 1), new LeverScreen.Effect("b", "x", 1, 1),
            new LeverScreen.Effect("c", "x", NAN, 1), new LeverScreen.Effect("d", "x", 0.5, 1),
            new LeverScreen.Effect("a", "y", 0, 0), new LeverScreen.Effect("b", "y", 1.9, 1),
            new LeverScreen.Effect("c", "y", 3, NAN), new LeverScreen.Effect("d", "y", 0.2, 0));

    static Screen screen(List<String> keys, List<String> levers) {
        List<Screen.Screened> params = List.of("a", "b", "c", "d").stream().map(p -> new Screen.Screened(p, "0..1")).toList();
        return new Screen(params, List.of(new Screen.NotScreened("seed", "derived")), keys, levers, 2);
    }

    @Test
    void theRatioIsUndefinedWhereEitherIsMissingAndInfiniteWithoutNoise() {
        assertEquals(5, LeverScreen.ratio(5, 1));
        assertTrue(Double.isNaN(LeverScreen.ratio(NAN, 1)));
        assertTrue(Double.isNaN(LeverScreen.ratio(1, NAN)));
        assertTrue(Double.isNaN(LeverScreen.ratio(0, 0)));
        assertEquals(Double.POSITIVE_INFINITY, LeverScreen.ratio(0.1, 0));
    }

    @Test
    void aParameterMovesAnOutputFromTheThresholdOn() {
        LeverScreen.Result r = LeverScreen.analyse(screen(List.of("x"), List.of("a", "b")), TABLE);
        assertEquals(List.of("x", "y"), r.outputs());
        assertEquals(8, r.ratios().size());
        LeverScreen.Ratio ax = r.ratios().get(0), bx = r.ratios().get(2), by = r.ratios().get(3), cy = r.ratios().get(5);
        assertEquals(List.of("a", "x"), List.of(ax.parameter(), ax.output()));
        assertEquals(5, ax.ratio());
        assertTrue(ax.moves());
        assertEquals(1, bx.ratio());
        assertFalse(bx.moves());
        assertFalse(by.moves(), "1.9 is below the threshold of 2");
        assertTrue(Double.isNaN(cy.ratio()));
        assertFalse(cy.moves());

        List<LeverScreen.Parameter> ps = r.parameters();
        assertEquals(List.of("x", "y"), List.of(ps.get(0).strongest(), ps.get(1).strongest()));
        assertEquals(1.9, ps.get(1).strongestRatio(), 1e-12);
        assertEquals("", ps.get(2).strongest(), "c has no defined ratio");
        assertTrue(Double.isNaN(ps.get(2).strongestRatio()));
        assertEquals(Double.POSITIVE_INFINITY, ps.get(3).strongestRatio(), "d varies y, which never varies between replicates");
        assertEquals(List.of("b", "c"), r.movingNothing().stream().map(LeverScreen.Parameter::path).toList());
        assertEquals(List.of("b"), r.leversMovingNoKeyOutput().stream().map(LeverScreen.Parameter::path).toList());
        assertEquals(5, ps.get(0).keyRatios()[0]);
        assertTrue(ps.get(0).lever() && !ps.get(2).lever());
    }

    @Test
    void theFindingsCountWhatMovesNothingAndNameIt() {
        LeverScreen.Result r = LeverScreen.analyse(screen(List.of("y"), List.of("a", "d")), TABLE);
        List<Finding> f = LeverScreen.findings(r, LeverScreen.checks(), "design");
        assertEquals(2, f.size());
        assertEquals(2, f.get(0).estimate().value());
        assertEquals(4, f.get(0).estimate().n());
        assertEquals(Check.Status.NOT_REPRODUCED, f.get(0).status());
        assertEquals("2 of 4 move no output: b (strongest 1.9 on y), c (no ratio defined)", f.get(0).note());
        // a's only move is on x, not a key output here; d moves y (no noise)
        assertEquals(1, f.get(1).estimate().value());
        assertEquals(2, f.get(1).estimate().n());
        assertTrue(f.get(1).note().contains("a (y -)"), f.get(1).note());

        LeverScreen.Result all = LeverScreen.analyse(screen(List.of("x"), List.of("a")),
                TABLE.stream().map(e -> new LeverScreen.Effect(e.parameter(), e.output(), 10, 1)).toList());
        List<Finding> ok = LeverScreen.findings(all, LeverScreen.checks(), "design");
        assertEquals(List.of(Check.Status.REPRODUCED, Check.Status.REPRODUCED), ok.stream().map(Finding::status).toList());
        assertEquals(0, ok.get(0).estimate().value());
        assertEquals("all 4 move some output", ok.get(0).note());
    }

    @Test
    void theTableIsReadFromSensitivityCsvWithMissingValues() throws IOException {
        Path file = tmp.resolve("sensitivity.csv");
        TidyCsv.write(file, List.of("metric", "factor", "path", "mu", "mu_star", "mu_star_conf", "sigma", "effects", "mu_star_noise"),
                List.of(List.of("x", "arenas.0.a", "arenas[0].a", 1, 5, 2, 0.5, 2, 1), List.of("x", "b", "b", NAN, NAN, NAN, NAN, 0, NAN)));
        List<LeverScreen.Effect> effects = LeverScreen.read(file);
        assertEquals(new LeverScreen.Effect("arenas[0].a", "x", 5, 1), effects.get(0), "parameters by their scenario path");
        assertTrue(Double.isNaN(effects.get(1).muStar()) && Double.isNaN(effects.get(1).noise()));

        TidyCsv.write(file, List.of("metric", "factor", "mu", "mu_star", "sigma", "effects", "mu_star_noise"),
                List.of(List.of("x", "arenas[0].a", 1, 5, 0.5, 2, 1)));
        assertEquals(new LeverScreen.Effect("arenas[0].a", "x", 5, 1), LeverScreen.read(file).get(0),
                "a screen written by 0.3.0 (factor holds the path) is read, so validate --reuse keeps it");

        TidyCsv.write(file, List.of("metric", "factor", "S1", "ST"), List.of(List.of("x", "a", 0.1, 0.2)));
        IOException e = assertThrows(IOException.class, () -> LeverScreen.read(file));
        assertTrue(e.getMessage().contains("mu_star_noise"), e.getMessage());
    }
}
