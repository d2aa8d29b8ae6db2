package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pattern files in validation/ are valid; broken ones are reported with their file and path. */
class PatternReaderTest {
    static final Function<String, Path> PRESETS = name -> Path.of("scenarios", name + ".json");

    @TempDir
    Path tmp;

    @Test
    void everyCommittedPatternReads() throws Exception {
        List<Pattern> all = PatternReader.readAll(Path.of("validation"), List.of(), PRESETS);
        try (var files = java.nio.file.Files.list(Path.of("validation"))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".json")).count(), all.size(), "every pattern file reads");
        }
        assertTrue(all.size() >= 16);
        for (Pattern p : all) {
            assertFalse(p.checks().isEmpty(), p.id());
            assertTrue(p.checks().stream().anyMatch(Check::decides), p.id());
            for (String arm : p.arms()) {
                assertTrue(p.spec(arm, true).runs() <= p.spec(arm, false).runs(), p.id() + ": quick is not larger than full");
                assertEquals(p.spec(arm, true).factors(), p.spec(arm, false).factors(), p.id() + ": quick keeps the factors");
            }
        }
        assertTrue(all.stream().anyMatch(Pattern::repeats));
        assertTrue(all.stream().anyMatch(Pattern::hasArms));
    }

    @Test
    void brokenPatternsAreReportedWithFileAndPath() throws Exception {
        String good = Files.readString(Path.of("validation", "02-zero-trust.json"));
        String broken = good.replace("\"claim\"", "\"claims\"")
                .replace("\"metric\": \"idea_value_mean\"", "\"metric\": \"idea_valu_mean\"")
                .replace("{\"where\": {\"trust.initial\": 0.5}, \"weight\": 1}", "{\"where\": {\"trust.initial\": 0.3}, \"weight\": 1}")
                .replace("\"expect\": \"zero\"", "\"weeks\": [1, 5], \"expect\": \"zero\"");
        Path file = tmp.resolve("02-zero-trust.json");
        Files.writeString(file, broken);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PatternReader.read(file, PRESETS));
        String all = String.join("\n", e.problems());
        for (String expected : List.of(
                file + ": claims: unknown key (did you mean 'claim'?)",
                file + ": claim: missing",
                file + ": checks[2].metric: 'idea_valu_mean' is not a metric (did you mean 'idea_value_mean'?)",
                file + ": checks[1].contrast[0].where.trust.initial: 0.3 is not a value of this factor (0, 0.5)",
                file + ": checks[0].weeks: the experiment records no time series"))
            assertTrue(all.contains(expected), "missing: " + expected + "\nin:\n" + all);
    }

    @Test
    void aPatternFileWithSomethingAfterItsObjectIsRefused() throws Exception {
        Path file = tmp.resolve("02-zero-trust.json");
        Files.writeString(file, Files.readString(Path.of("validation", "02-zero-trust.json")) + "{}");
        ScenarioException e = assertThrows(ScenarioException.class, () -> PatternReader.read(file, PRESETS));
        assertTrue(e.problems().get(0).startsWith(file + ": not valid JSON at line"), e.problems().toString());
    }

    @Test
    void checksMustNameArmsFactorsAndExpectations() throws Exception {
        String good = Files.readString(Path.of("validation", "03-diversity.json"));
        String broken = good.replaceFirst("\"arm\": \"facilitated\"", "\"arm\": \"facilitatd\"")
                .replaceFirst("\"expect\": \"positive\"", "\"expect\": \"up\"")
                .replace("\"replications\": 50", "\"replications\": 0");
        Path file = tmp.resolve("03-diversity.json");
        Files.writeString(file, broken);
        ScenarioException e = assertThrows(ScenarioException.class, () -> PatternReader.read(file, PRESETS));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("experiment (arm facilitated): replications: 0 is below 1"), all);
        Files.writeString(file, good.replaceFirst("\"arm\": \"facilitated\"", "\"arm\": \"facilitatd\"")
                .replaceFirst("\"expect\": \"positive\"", "\"expect\": \"up\""));
        all = String.join("\n", assertThrows(ScenarioException.class, () -> PatternReader.read(file, PRESETS)).problems());
        assertTrue(all.contains("checks[0].contrast[0].arm: 'facilitatd' is not an arm (one of facilitated, unfacilitated, "
                + "unfacilitated-one-domain)"), all);
        assertTrue(all.contains("checks[0].expect: 'up' is not one of positive, negative, zero, none"), all);
    }

    @Test
    void onlyNamesPatternsThatExist() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> PatternReader.readAll(Path.of("validation"), List.of("04-silo"), PRESETS));
        assertEquals(List.of("--only: no pattern '04-silo' in validation (did you mean '04-silos'?)"), e.problems());
    }
}
