package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Metric;
import cocreation.model.Municipality;
import org.junit.jupiter.api.Test;

class WeekZeroTest {
    @Test
    void theStartCountsNothingAndMeasuresLevelsAsTheModelDoes() {
        Municipality m = CommunityLayoutTest.small(4);
        double[] start = WeekZero.row(m);
        assertEquals(0, start[Metric.STEP.ordinal()]);
        for (Metric metric : Metric.values())
            if (metric.meaning.contains("(cumulative")) assertEquals(0, start[metric.ordinal()], metric.column());
        assertTrue(Double.isNaN(start[Metric.SYSTEM2_SHARE.ordinal()]), "no decisions before the first week");
        assertTrue(start[Metric.TRUST_WITHIN.ordinal()] > 0 && start[Metric.HABIT_MEAN.ordinal()] > 0);

        // After some weeks, the same reading of the state must give what the model measured at the end of the
        // last week: the window's week 0 uses the model's own definitions.
        for (int week = 0; week < 3; week++) m.schedule.step(m);
        double[] now = WeekZero.row(m), measured = m.metrics().latest();
        int compared = 0;
        for (Metric metric : Metric.values()) {
            double v = now[metric.ordinal()];
            if (Double.isNaN(v) || metric.meaning.contains("(cumulative") || metric == Metric.STEP || metric == Metric.IDEAS_IN_PIPELINE)
                continue;
            assertEquals(measured[metric.ordinal()], v, 1e-9, metric.column());
            compared++;
        }
        assertTrue(compared >= 10, "levels compared: " + compared);
    }
}
