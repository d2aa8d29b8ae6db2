package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextsTest {
    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(file)) {
            assertNotNull(in, file);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }

    @Test
    void everyEnglishTextHasANorwegianOneAndNorwegianAddsOnlyNamesAndDescriptions() throws IOException {
        for (String bundle : List.of("window", "levers", "lessons")) {
            Set<String> en = keys(bundle + ".properties"), nb = keys(bundle + "_nb.properties");
            Set<String> missing = new HashSet<>(en);
            missing.removeAll(nb);
            missing.removeIf(k -> k.endsWith(".chart")); // which chart a lesson shows is the same in every language
            assertEquals(Set.of(), missing, bundle + "_nb.properties lacks these");
            Set<String> extra = new HashSet<>(nb);
            extra.removeAll(en);
            extra.removeIf(k -> k.startsWith("name.") || k.endsWith(".description"));
            assertEquals(Set.of(), extra, bundle + "_nb.properties has keys English does not");
        }
    }

    @Test
    void theNorwegianBundlesAreReadAsUtf8() {
        assertEquals("Styringsmodell", Texts.of(Language.NB).lever("municipality.regime"));
        assertEquals("Menneskene", Texts.of(Language.NB).get("levers.group.people"));
        assertEquals("tillit innen sektorer: %s", Texts.of(Language.NB).get("caption.trust_within"));
        assertEquals("Arenaen \u00abx\u00bb og de \u00e5tte prinsippene", Texts.of(Language.NB).format("levers.group.arena", "x"));
    }

    @Test
    void theLanguageFollowsTheSystemOrIsEnglish() {
        assertEquals(Language.NB, Language.of("nb"));
        assertEquals(Language.NB, Language.of("no"));
        assertEquals(Language.EN, Language.of("EN"));
        assertNull(Language.of("fr"));
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(new Locale("nb", "NO"));
            assertEquals(Language.NB, Language.ofSystem());
            // English stays English on a Norwegian machine: no fallback to the system's locale.
            assertEquals("Co-creation classroom", Texts.of(Language.EN).get("title"));
            Locale.setDefault(Locale.GERMANY);
            assertEquals(Language.EN, Language.ofSystem());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreWrittenAsTheLanguageWritesThem() {
        assertEquals("trust within sectors: 0.62", Texts.of(Language.EN).format("caption.trust_within", String.format(Language.EN.numbers(), "%.2f", 0.62)));
        assertEquals("0,62", String.format(Language.NB.numbers(), "%.2f", 0.62));
    }

    @Test
    void sectorsAreNamedAsTheScenarioNamesThem() {
        Scenario s = new Scenario();
        s.municipality.sector_names = "health and care, schools , technical services,culture";
        assertEquals(List.of("health and care", "schools", "technical services", "culture"), Texts.of(Language.EN).sectors(s));
        assertEquals(List.of("helse og omsorg", "skole", "tekniske tjenester", "kultur"), Texts.of(Language.NB).sectors(s));
        s.municipality.sectors = 6;
        s.municipality.sector_names = "harbour, , roads";
        assertEquals(List.of("harbour", "sector 2", "roads", "sector 4", "sector 5", "sector 6"), Texts.of(Language.EN).sectors(s),
                "a name the window does not know stays as given; a sector without a name is numbered");
        s.municipality.sectors = 2;
        assertEquals(List.of("harbour", "sector 2"), Texts.of(Language.EN).sectors(s), "names beyond the sectors are not used");
        s.municipality.sector_names = "";
        assertEquals(List.of("sektor 1", "sektor 2"), Texts.of(Language.NB).sectors(s));
    }

    @Test
    void everyPresetNamesItsSectors() throws Exception {
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).collect(Collectors.toList())) {
                Scenario s = ScenarioReader.read(p, List.of());
                for (String name : Texts.of(Language.EN).sectors(s)) assertFalse(name.startsWith("sector "), p + ": " + name);
            }
        }
    }
}
