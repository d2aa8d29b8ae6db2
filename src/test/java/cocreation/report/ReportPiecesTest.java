package cocreation.report;

import cocreation.statistics.Estimate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.model.Metric;
import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPiecesTest {

    @Test
    void trendsAreDrawnAtMostMaxPointsEndingAtTheLastWeek() {
        int[] w = Trend.weeks(520);
        assertTrue(w.length <= Trend.MAX_POINTS);
        assertEquals(520, w[w.length - 1]);
        assertEquals(w[1] - w[0], w[0]);
        assertArrayEquals(new int[] {1, 2, 3}, Trend.weeks(3));
        int[] odd = Trend.weeks(211);
        assertEquals(211, odd[odd.length - 1]);
    }

    @Test
    void weeklySharesAreAveragedBetweenPointsAndStatesAreRead() {
        List<double[]> rows = new ArrayList<>();
        for (int week = 1; week <= 6; week++) {
            double[] r = new double[Metric.values().length];
            r[Metric.STEP.ordinal()] = week;
            r[Metric.SYSTEM2_SHARE.ordinal()] = week;      // 1..6
            r[Metric.INNOVATIONS_USED.ordinal()] = 10 * week;
            rows.add(r);
        }
        int[] weeks = {3, 6};
        Trend weekly = new Trend(Metric.SYSTEM2_SHARE, "t", "a", true), state = new Trend(Metric.INNOVATIONS_USED, "t", "a", false);
        assertArrayEquals(new double[] {2, 5}, weekly.sample(rows, weeks), 1e-12);
        assertArrayEquals(new double[] {30, 60}, state.sample(rows, weeks), 1e-12);
        assertTrue(Double.isNaN(state.sample(rows, new int[] {3, 9})[1]), "a week the run did not reach");
    }

    @Test
    void scenarioDiffNamesEveryChangedParameter() {
        Scenario a = new Scenario(), b = new Scenario();
        b.municipality.regime = "3.0";
        b.seed = 7;
        b.description = "other";
        b.arenas.add(new ArenaPlan());
        List<String> d = ScenarioDiff.between(a, b);
        assertTrue(d.contains("municipality.regime: 2.0 \u2192 3.0"), d.toString());
        assertTrue(d.contains("arenas: none \u2192 arena: every 4 weeks from week 1, 30 places, 3 hours, co_design, self_selection, facilitation 0.5"),
                d.toString());
        assertEquals(2, d.size(), "description and seed are not parameters to compare: " + d);
        assertEquals(List.of(), ScenarioDiff.between(a, new Scenario()));
    }

    @Test
    void theForestPlotShowsRatiosAndLevelsAsPercentOfTheBaseline() {
        Estimate base = new Estimate(10, 9, 11, 30), none = Estimate.NONE;
        double[] count = ForestPlot.percent(Outcome.PRIMARY, base, new Estimate(3, 1, 5, 30), new Estimate(1.3, 1.1, 1.5, 30));
        assertArrayEquals(new double[] {30, 10, 50}, count, 1e-9, "a count from its ratio");
        Outcome trust = Outcome.RELATIONAL.get(1);
        double[] level = ForestPlot.percent(trust, new Estimate(0.5, 0.49, 0.51, 30), new Estimate(0.05, 0.02, 0.08, 30), none);
        assertArrayEquals(new double[] {10, 4, 16}, level, 1e-9, "a level from its difference over the baseline's mean");
        assertTrue(Double.isNaN(ForestPlot.percent(trust, new Estimate(0, 0, 0, 30), new Estimate(0.1, 0, 0.2, 30), none)[0]),
                "nothing to divide by");
    }

    @Test
    void worldDifferencesAreToldApartFromDecisions() {
        Scenario a = new Scenario(), b = new Scenario();
        b.municipality.regime = "3.0";
        b.municipality.leadership = 0.8;
        b.arenas.add(new ArenaPlan());
        b.municipality.sector_names = "health and care, schools";
        assertEquals(List.of(), ScenarioDiff.inTheWorld(a, b), "regime, leadership and arenas are the municipality's decisions, "
                + "sectors' names only labels");
        b.municipality.drift = 0.02;
        b.trust.initial = 0.7;
        List<String> world = ScenarioDiff.inTheWorld(a, b);
        assertEquals(2, world.size(), world.toString());
        assertTrue(world.get(0).startsWith("trust.initial: ") || world.get(1).startsWith("trust.initial: "), world.toString());
        assertTrue(world.stream().anyMatch(w -> w.startsWith("municipality.drift: ")), world.toString());
    }

    @Test
    void optionsMustBeTheSameMunicipalityOverTheSameWeeks() {
        Scenario a = new Scenario(), b = new Scenario(), c = new Scenario();
        b.population.citizens = 300;
        c.steps = 104;
        List<String> p = Alternative.problems(List.of(option("a", a), option("b", b), option("c", c), option("a", new Scenario())));
        assertEquals(3, p.size(), p.toString());
        assertTrue(p.get(0).contains("option name 'a'"), p.get(0));
        assertTrue(p.get(1).startsWith("b.json: population.citizens is 300 but a.json has 4600"), p.get(1));
        assertTrue(p.get(2).startsWith("c.json: steps is 104 but a.json has 520"), p.get(2));
        assertEquals(List.of(), Alternative.problems(List.of(option("a", a), option("d", new Scenario()))));
    }

    static Alternative option(String name, Scenario s) {
        return new Alternative(name, Path.of(name + ".json"), "0", s);
    }
}
