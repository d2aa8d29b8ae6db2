package cocreation.gui;

import cocreation.model.Actor;
import cocreation.model.Metric;
import cocreation.model.Municipality;
import cocreation.model.Problem;
import cocreation.model.SocialNetwork;
import java.util.Arrays;

/**
 * The community as it starts, before the first week, as a row in {@link Metric} order, so that
 * the caption and the charts show where the run begins instead of empty axes. The model records
 * its first row after week 1; this row is read from the started model's public state with the
 * same definitions: counts are 0, levels are measured, and what only a week can show (the share
 * of decisions made slowly, arena results) is empty.
 */
final class WeekZero {
    private WeekZero() {
    }

    static double[] row(Municipality m) {
        double[] r = new double[Metric.values().length];
        Arrays.fill(r, Double.NaN);
        for (Metric metric : Metric.values()) if (metric.meaning.contains("(cumulative")) r[metric.ordinal()] = 0;
        Actor[] actors = m.actors();
        double habit = 0, trust = 0, institutional = 0;
        for (Actor a : actors) {
            habit += a.habit();
            trust += a.generalizedTrust();
            institutional += a.institutionalTrust();
        }
        double practice = 0, expectation = 0;
        for (Problem p : m.problems()) {
            practice += p.practiceValue();
            expectation += p.expectation();
        }
        practice /= m.problems().length;
        expectation /= m.problems().length;
        SocialNetwork net = m.network();
        set(r, Metric.STEP, 0);
        set(r, Metric.IDEAS_IN_PIPELINE, 0);
        set(r, Metric.PRACTICE_VALUE, practice);
        set(r, Metric.EXPECTATION, expectation);
        set(r, Metric.EXPECTATION_GAP, expectation - practice);
        set(r, Metric.HABIT_MEAN, habit / actors.length);
        set(r, Metric.GENERALIZED_TRUST, trust / actors.length);
        set(r, Metric.INSTITUTIONAL_TRUST, institutional / actors.length);
        set(r, Metric.TRUST_WITHIN, net.trustWithin());
        set(r, Metric.TRUST_BETWEEN, net.trustBetween());
        set(r, Metric.CROSS_SECTOR_TIE_SHARE, net.crossSectorShare());
        set(r, Metric.TIES, net.ties());
        set(r, Metric.BRIDGING_TIES, net.bridgingTies());
        set(r, Metric.RELATIONAL_VALUE, net.bridgingCapital());
        return r;
    }

    private static void set(double[] row, Metric m, double v) {
        row[m.ordinal()] = v;
    }
}
