package cocreation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path f = dir.resolve("s.json");
        Files.writeString(f, json);
        return f;
    }

    private List<String> problems(String json, String... overrides) throws IOException {
        Path f = write(json);
        return assertThrows(ScenarioException.class, () -> ScenarioReader.read(f, List.of(overrides))).problems();
    }

    @Test
    void emptyScenarioGivesDefaults() throws Exception {
        Scenario s = ScenarioReader.read(write("{}"), List.of());
        assertEquals(520, s.steps);
        assertEquals("2.0", s.municipality.regime);
        assertTrue(s.arenas.isEmpty());
    }

    @Test
    void anythingAfterTheObjectIsRefused() throws Exception {
        for (String json : List.of("{\"steps\": 5}{\"steps\": 6}", "{\"steps\": 5} garbage", "{\"steps\": 5}\u0000\u0000",
                "{\"steps\": 5}\n[]", "{\"steps\": 5} 7")) {
            List<String> p = problems(json);
            assertEquals(1, p.size(), json + ": " + p);
            assertTrue(p.get(0).startsWith(dir.resolve("s.json") + ": not valid JSON at line "), json + ": " + p);
        }
        assertEquals(List.of(dir.resolve("s.json") + ": not valid JSON at line 1, column 13: more follows the end of the object "
                + "(a file holds one JSON object)"), problems("{\"steps\": 5}{\"steps\": 6}"));
        assertTrue(problems("").get(0).endsWith("s.json: is empty, not JSON"));
        assertTrue(problems("[1, 2]").get(0).endsWith("s.json: expected a JSON object at the top, found a list"));
        assertTrue(problems("null").get(0).endsWith("s.json: expected a JSON object at the top, found null"));
        // Overrides are one JSON value or plain text, never a value and then something else.
        assertEquals(List.of("population.citizens: expected a number, found text \"70 junk\""), problems("{}", "population.citizens=70 junk"));
        assertEquals(List.of("municipality.time_pressure: expected a number, found text \"0.5}{\""),
                problems("{}", "municipality.time_pressure=0.5}{"));
        assertEquals(70, ScenarioReader.read(write("{}"), List.of("population.citizens= 70 ")).population.citizens);
    }

    private static String problem(Path file) {
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file, List.of())).problems();
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void foldersFifosDevicesAndHugeFilesAreRefusedUnread() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.json"));
        assertEquals(folder + ": is a folder, not a JSON file", problem(folder));
        Path fifo = dir.resolve("fifo.json");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        if (made) assertEquals(fifo + ": is not a regular file (a FIFO, device or socket)", problem(fifo)); // would wait for a writer
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) assertEquals(zero + ": is not a regular file (a FIFO, device or socket)", problem(zero));
        Path huge = dir.resolve("huge.json");
        Files.writeString(huge, "{\"description\": \"" + "x".repeat(ScenarioReader.MAX_FILE_BYTES) + "\"}");
        assertEquals(huge + ": " + Files.size(huge) + " bytes, above the limit of 1048576 bytes for a scenario, spec or pattern file",
                problem(huge));
        Path many = write("{\"arenas\": [" + "{},".repeat(ScenarioReader.MAX_LIST) + "{}]}");
        assertEquals("arenas: 1001 elements, above the limit of 1000", problem(many));
        assertEquals(1000, ScenarioReader.read(write("{\"arenas\": [" + "{},".repeat(999) + "{}]}"), List.of()).arenas.size());
    }

    @Test
    void contradictionsAreRefusedAndDoubtfulSettingsWarned() throws Exception {
        assertEquals(List.of("municipality.sectors: 12 sectors but problems.parts is 2: each sector's knowledge is a block of a "
                + "solution's parts, so some sectors would know nothing"),
                problems("{\"municipality\": {\"sectors\": 12}, \"problems\": {\"parts\": 2, \"wickedness\": 1}}"));
        Scenario s = ScenarioReader.read(write("{\"steps\": 52, \"population\": {\"citizens\": 20, \"officials\": 0, \"organisations\": 2},"
                + " \"arenas\": [{\"capacity\": 4, \"table_size\": 6}, {\"capacity\": 40, \"recruitment\": \"invited_diversity\","
                + " \"start_week\": 60}]}"), List.of());
        assertEquals(List.of("arenas[0].table_size: 6 is above arenas[0].capacity (4): each session is one table of at most 4",
                "arenas[1].capacity: 40 is above the population (22): a session takes at most everyone",
                "arenas[1].recruitment: invited_diversity, but population.officials is 0: the invitations can only mix citizens and organisations",
                "arenas[1].start_week: 60 is after the last week (steps 52): the arena never meets"), ScenarioReader.warnings(s));
        assertEquals(List.of(), ScenarioReader.warnings(ScenarioReader.read(Path.of("scenarios/baseline.json"), List.of())));
    }

    @Test
    void aListIndexTooLargeForAnyScenarioIsOneThatDoesNotExist() throws Exception {
        assertEquals(List.of("arenas[99999999999].capacity: arenas[99999999999] does not exist (the scenario has 1)"),
                problems("{\"arenas\": [{}]}", "arenas[99999999999].capacity=3"));
        assertEquals(List.of("arenas[2147483648]: arenas[2147483648] does not exist (the scenario has 1)"),
                problems("{\"arenas\": [{}]}", "arenas[2147483648]={}"));
    }

    @Test
    void unknownKeysAreErrorsWithSuggestions() throws IOException {
        List<String> p = problems("{\"municipality\": {\"time_presure\": 0.5}, \"popluation\": {}}");
        assertEquals(List.of("municipality.time_presure: unknown key (did you mean 'municipality.time_pressure'?)",
                "popluation: unknown key (did you mean 'population'?)"), p);
    }

    @Test
    void everyRangeProblemIsListedWithItsPath() throws IOException {
        List<String> p = problems("{\"trust\": {\"initial\": -0.1}, \"arenas\": [{\"facilitation\": {\"humour\": 1.7}},"
                + " {\"depth\": \"deep\", \"capacity\": 2.5}]}");
        assertTrue(p.contains("trust.initial: -0.1 is below 0"), p.toString());
        assertTrue(p.contains("arenas[0].facilitation.humour: 1.7 is above 1"), p.toString());
        assertTrue(p.contains("arenas[1].depth: \"deep\" is not one of consultation, co_design, thick"), p.toString());
        assertTrue(p.contains("arenas[1].capacity: 2.5 is not a whole number"), p.toString());
        assertEquals(4, p.size());
    }

    @Test
    void typesAreChecked() throws IOException {
        List<String> p = problems("{\"steps\": \"ten\", \"municipality\": {\"regime\": 3}, \"arenas\": {}}");
        assertTrue(p.contains("steps: expected a number, found text \"ten\""), p.toString());
        assertTrue(p.contains("municipality.regime: expected text, found 3"), p.toString());
        assertTrue(p.contains("arenas: expected a list, found an object"), p.toString());
    }

    @Test
    void invalidJsonAndDuplicateKeysAreRefused() throws IOException {
        assertTrue(problems("{\"seed\": 1,}").get(0).contains("not valid JSON at line 1"));
        assertTrue(problems("{\"seed\": 1, \"seed\": 2}").get(0).contains("Duplicate field 'seed'"));
    }

    @Test
    void crossChecksNameTheirPaths() throws IOException {
        List<String> p = problems("{\"problems\": {\"parts\": 10, \"wickedness\": 10}, \"arenas\": [{\"problem\": 50}]}");
        assertTrue(p.contains("problems.wickedness: 10 must be below problems.parts (10)"), p.toString());
        assertTrue(p.contains("arenas[0].problem: 50 is not below the number of problems (15: problems.per_1000 x inhabitants / 1,000)"), p.toString());
    }

    @Test
    void overridesApplyAndAreChecked() throws Exception {
        Path f = write("{\"arenas\": [{}]}");
        Scenario s = ScenarioReader.read(f, List.of("municipality.time_pressure=0.8", "municipality.regime=3.0",
                "arenas[0].facilitation.humour=0.9", "arenas[0].recruitment=random"));
        assertEquals(0.8, s.municipality.time_pressure);
        assertEquals("3.0", s.municipality.regime);
        assertEquals(0.9, s.arenas.get(0).facilitation.humour);
        assertEquals("random", s.arenas.get(0).recruitment);
        List<String> p = assertThrows(ScenarioException.class, () -> ScenarioReader.read(f,
                List.of("arenas[3].capacity=5", "municipality.leadership=2", "nonsense"))).problems();
        assertTrue(p.contains("arenas[3].capacity: arenas[3] does not exist (the scenario has 1)"), p.toString());
        assertTrue(p.contains("--set nonsense: expected path=value"), p.toString());
    }

    @Test
    void registryListsEveryParameterWithDocsAndDefaults() {
        List<ParameterInfo> all = ParameterRegistry.all();
        assertTrue(all.size() > 60);
        for (ParameterInfo p : all) {
            assertTrue(!p.doc().isBlank(), p.path());
            assertTrue(p.defaultValue() != null, p.path());
        }
        assertEquals("0..1", ParameterRegistry.find("arenas[2].facilitation.humour").range());
        assertEquals("1.0 | 2.0 | 3.0", ParameterRegistry.find("municipality.regime").range());
    }

    @Test
    void everyPresetIsValidAndDescribed() throws Exception {
        try (var files = Files.list(Path.of("scenarios"))) {
            List<Path> presets = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertTrue(presets.size() >= 11);
            for (Path p : presets) assertTrue(ScenarioReader.read(p, List.of()).description.length() > 40, p.toString());
        }
    }
}
