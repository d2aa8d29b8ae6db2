package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Municipality;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionTest {
    @Test
    void theCaptionSaysWeekZeroAndTheNumbersOfTheStartBeforeTheFirstWeek() {
        Municipality m = CommunityLayoutTest.small(4);
        CommunityView view = new CommunityView(Texts.of(Language.EN));
        view.reset(m);
        List<String> lines = new Caption(view, () -> "lesson").headlineLines(m, "Baseline");
        assertEquals("Week 0", lines.get(0));
        assertTrue(lines.get(1).startsWith("Kommune 2.0"), lines.get(1));
        assertEquals("Baseline", lines.get(2));
        assertEquals("thinking slowly: -", lines.get(3), "nobody has decided anything yet");
        assertTrue(lines.get(4).matches("trust within sectors: 0\\.\\d\\d"), lines.get(4));
        assertEquals("ideas put to use: 0", lines.get(7));
        assertEquals("of them harmful: 0", lines.get(8));

        m.schedule.step(m);
        view.update();
        lines = new Caption(view, () -> "lesson").headlineLines(m, "Baseline");
        assertEquals("Week 1", lines.get(0));
        assertTrue(lines.get(3).matches("thinking slowly: \\d+ %"), lines.get(3));
    }

    @Test
    void inNorwegianTheCaptionSpeaksNorwegianWithDecimalCommas() {
        Municipality m = CommunityLayoutTest.small(4);
        CommunityView view = new CommunityView(Texts.of(Language.NB));
        view.reset(m);
        List<String> lines = new Caption(view, () -> "leksjon").headlineLines(m, "Utgangspunktet");
        assertEquals("Uke 0", lines.get(0));
        assertTrue(lines.get(4).matches("tillit innen sektorer: 0,\\d\\d"), lines.get(4));
        assertEquals("ideer nyttiggjort: 0", lines.get(7));
    }
}
