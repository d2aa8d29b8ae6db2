package cocreation.gui;

import cocreation.model.Metric;
import cocreation.model.Municipality;

/**
 * What the charts need from one week, copied on the model thread so that the Swing thread never
 * reads the model while it moves. {@code run} tells reports of an earlier run from the current one.
 */
record WeekReport(int run, double[] row, int waiting, int inProduction, int spreading, int week) {

    /** The week just measured, or the start (week 0) before the first step. */
    static WeekReport of(int run, Municipality m) {
        double[] row = m.week() == 0 ? WeekZero.row(m) : m.metrics().latest().clone();
        return new WeekReport(run, row, m.pipeline().queued(), m.pipeline().inProduction(),
                m.diffusion().active(), m.week());
    }

    double value(Metric metric) {
        return row == null || metric == null ? 0 : row[metric.ordinal()];
    }
}
