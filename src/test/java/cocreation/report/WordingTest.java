package cocreation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.statistics.Estimate;
import org.junit.jupiter.api.Test;

class WordingTest {
    static final Outcome USED = Outcome.PRIMARY;
    static final Outcome TRUST = Outcome.RELATIONAL.get(1);

    static Estimate e(double v, double lo, double hi) {
        return new Estimate(v, lo, hi, 30);
    }

    static Wording.Contrast contrast(double opt, double base, Estimate diff, Estimate ratio) {
        return new Wording.Contrast("B", "A", e(opt, opt - 1, opt + 1), e(base, base - 1, base + 1), diff, ratio);
    }

    @Test
    void aClearRatioReadsAsTimesAsManyWithItsInterval() {
        String s = Wording.sentence(USED, contrast(16.2, 8.1, e(8.1, 5, 11), e(2.0, 1.6, 2.5)), "over 10 years");
        assertEquals("B puts about twice as many innovations to use over 10 years as A (95% CI 1.6 to 2.5 times; 16 against 8.1 on average).", s);
        String t = Wording.sentence(USED, contrast(20, 8, e(12, 9, 15), e(2.5, 2.1, 3.2)), "over 10 years");
        assertTrue(t.startsWith("B puts about 2.5 times as many innovations to use over 10 years as A (95% CI 2.1 to 3.2 times"), t);
    }

    @Test
    void smallerClearRatiosReadAsPercentages() {
        String more = Wording.sentence(USED, contrast(10.4, 8, e(2.4, 1, 3.8), e(1.3, 1.1, 1.5)), "over 10 years");
        assertTrue(more.contains("puts about 30% more innovations to use over 10 years than A (95% CI 10% to 50% more"), more);
        String fewer = Wording.sentence(USED, contrast(6, 10, e(-4, -6, -2), e(0.6, 0.45, 0.8)), "over 10 years");
        assertTrue(fewer.contains("puts about 40% fewer innovations to use over 10 years than A (95% CI 20% to 55% fewer"), fewer);
        Outcome budget = Outcome.COST.get(0);
        String half = Wording.sentence(budget, contrast(50, 100, e(-50, -60, -40), e(0.5, 0.42, 0.58)), "over 10 years");
        assertTrue(half.contains("spends about half as much budget over 10 years as A (95% CI 0.42 to 0.58 times"), half);
    }

    @Test
    void anIntervalThatSpansZeroIsNoClearDifference() {
        String s = Wording.sentence(USED, contrast(8.5, 8.1, e(0.4, -1.1, 1.9), e(1.05, 0.87, 1.24)), "over 10 years");
        assertEquals("No clear difference in innovations put to use over 10 years: 8.5 with B against 8.1 with A on average "
                + "(difference +0.4, 95% CI \u22121.1 to +1.9; the interval includes zero).", s);
    }

    @Test
    void levelsAreComparedByDifference() {
        String s = Wording.sentence(TRUST, contrast(0.64, 0.6, e(0.04, 0.02, 0.06), Estimate.NONE), "over 10 years");
        assertEquals("Trust between sectors ends higher with B than with A: 0.64 against 0.6 (difference +0.04, 95% CI +0.02 to +0.06).", s);
        String lower = Wording.sentence(TRUST, contrast(0.5, 0.6, e(-0.1, -0.15, -0.05), Estimate.NONE), "over 10 years");
        assertTrue(lower.startsWith("Trust between sectors ends lower with B than with A"), lower);
    }

    @Test
    void aClearButTinyDifferenceIsNoMeaningfulDifference() {
        Outcome system2 = Outcome.MECHANISM.get(0);
        Estimate tiny = e(0.000247, 0.0001, 0.0004);
        String s = Wording.sentence(system2, contrast(0.1002, 0.1, tiny, Estimate.NONE), "over 10 years");
        assertTrue(s.startsWith("No meaningful difference in share of decisions made deliberately"), s);
        assertTrue(s.contains("clear, but below the 0.01 that would matter in practice"), s);
        assertEquals("no meaningful change", Wording.direction(system2, tiny, 0.1));
        assertEquals("higher", Wording.direction(system2, e(0.02, 0.01, 0.03), 0.1));
        // a count: 5% of the baseline's mean
        String count = Wording.sentence(USED, contrast(10.3, 10, e(0.3, 0.1, 0.5), e(1.03, 1.01, 1.05)), "over 10 years");
        assertTrue(count.startsWith("No meaningful difference in innovations put to use over 10 years"), count);
        String clear = Wording.sentence(USED, contrast(10.6, 10, e(0.6, 0.3, 0.9), e(1.06, 1.03, 1.09)), "over 10 years");
        assertTrue(clear.contains("puts about 6% more innovations to use"), clear);
    }

    @Test
    void withoutAUsableRatioTheDifferenceIsGiven() {
        String s = Wording.sentence(USED, contrast(3.2, 0, e(3.2, 2.1, 4.3), new Estimate(Double.NaN, Double.NaN, Double.NaN, 30)), "over 2 years");
        assertEquals("B puts 3.2 more innovations to use over 2 years than A on average: 3.2 against 0 (difference 95% CI +2.1 to +4.3).", s);
    }

    @Test
    void identicalRunsSayTheSame() {
        String s = Wording.sentence(USED, contrast(0, 0, e(0, 0, 0), Estimate.NONE), "over 1 year");
        assertTrue(s.startsWith("No difference in innovations put to use over 1 year"), s);
        assertEquals("same", Wording.direction(e(0, 0, 0)));
        assertEquals("higher", Wording.direction(e(1, 0.5, 1.5)));
        assertEquals("no clear change", Wording.direction(e(1, -0.5, 1.5)));
    }

    @Test
    void costPerValueSaysMoreForLessOnlyWhenClearlyCheaper() {
        String cheaper = Wording.cost("B", "A", e(2100, 1800, 2500), e(3900, 3000, 5000), e(0.55, 0.4, 0.7));
        assertTrue(cheaper.startsWith("More for less: each unit of value costs about 45% less with B than with A (95% CI 30% to 60% less)"), cheaper);
        String unclear = Wording.cost("B", "A", e(3500, 2000, 5000), e(3900, 3000, 5000), e(0.9, 0.7, 1.2));
        assertTrue(unclear.startsWith("No clear difference in cost per unit of value"), unclear);
        String none = Wording.cost("B", "A", e(Double.NaN, Double.NaN, Double.NaN), e(3900, 3000, 5000), Estimate.NONE);
        assertTrue(none.contains("B gained no value"), none);
    }

    @Test
    void numbersForPeople() {
        assertEquals("4273", Display.number(4273.487), "from 10 on, whole numbers");
        assertEquals("16", Display.number(16.2));
        assertEquals("0.6", Display.number(0.59634), "two significant digits");
        assertEquals("0.029", Display.number(0.02934));
        assertEquals("8", Display.number(8.0));
        assertEquals("\u22121.2", Display.number(-1.2));
        assertEquals("+0.04", Display.signed(0.04));
        assertEquals("0", Display.signed(0.0));
        assertEquals(Display.MISSING, Display.number(Double.NaN));
        assertEquals("1.6", Display.ratio(1.6349));
        assertEquals("1.01", Display.ratio(1.0081));
        assertEquals("1", Display.ratio(1.0));
        assertEquals("43", Display.percent(0.434));
        assertEquals("<1", Display.percent(0.004));
    }
}
