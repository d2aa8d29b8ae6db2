package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class MorrisPlaneTest {
    private static MorrisPlane.Point p(String factor) {
        return new MorrisPlane.Point(factor, 1, 0.1, 1);
    }

    @Test
    void labelsLeaveOutTheDottedPrefixAllFactorsShare() {
        assertEquals("arenas[0].facilitation.", MorrisPlane.commonPrefix(List.of(p("arenas[0].facilitation.humour"),
                p("arenas[0].facilitation.composition"))));
        assertEquals("", MorrisPlane.commonPrefix(List.of(p("trust.initial"), p("municipality.time_pressure"))));
        assertEquals("municipality.", MorrisPlane.commonPrefix(List.of(p("municipality.time_pressure"), p("municipality.timing"))),
                "a prefix ends at a dot, never inside a name");
        assertEquals("", MorrisPlane.commonPrefix(List.of(p("trust.initial"))));
    }

    @Test
    void theChartIsDrawnWithNoiseAndMissingValues() {
        var chart = MorrisPlane.build("t", List.of(p("a.x"), new MorrisPlane.Point("a.y", Double.NaN, Double.NaN, Double.NaN),
                new MorrisPlane.Point("a.z", 5, Double.NaN, 2)), 0.5);
        assertTrue(Charts.toSvg(chart, 400, 300).contains("<svg"));
    }
}
