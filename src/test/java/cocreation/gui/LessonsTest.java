package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LessonsTest {
    private static List<Path> presets() throws Exception {
        try (var files = Files.list(Path.of("scenarios"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyPresetIsALessonWithATitleAndTextsInBothLanguages() throws Exception {
        Texts en = Texts.of(Language.EN), nb = Texts.of(Language.NB);
        for (Path p : presets()) {
            Scenario s = ScenarioReader.read(p, List.of());
            s.name = Lessons.name(p);
            for (Texts t : List.of(en, nb)) {
                assertNotEquals(s.name, Lessons.title(t, s.name), p + ": a title, not the file name");
                assertNotNull(t.lesson(s.name + ".try"), p + " what to try");
                assertNotNull(t.lesson(s.name + ".watch"), p + " what to watch");
            }
            assertNotEquals(Lessons.title(en, s.name), Lessons.title(nb, s.name), p + ": titled in Norwegian");
            assertEquals(s.description, Lessons.description(en, s), "English: the file's own description");
            assertNotEquals(s.description, Lessons.description(nb, s), p + ": described in Norwegian");
            String chart = Lessons.chart(nb, s.name);
            assertTrue(chart == null || LiveCharts.SPECS.stream().skip(1).anyMatch(c -> c.name().equals(chart)), p + ": chart " + chart);
            String page = Lessons.about(nb, s);
            assertTrue(page.contains(Lessons.escape(Lessons.title(nb, s.name))) && page.contains("Slik leser du vinduet"), p.toString());
        }
    }

    @Test
    void aScenarioOfOnesOwnIsShownByItsNameAndDescription() {
        Scenario s = new Scenario();
        s.name = "my-town";
        s.description = "Our town";
        Texts nb = Texts.of(Language.NB);
        assertEquals("my-town", Lessons.title(nb, s.name));
        assertEquals("Our town", Lessons.description(nb, s));
        assertEquals(nb.lesson("default.try"), Lessons.toTry(nb, s.name));
    }
}
