package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The screen's factors come from the registry: every screened parameter once, with its range; the rest with a reason. */
class LeverFactorsTest {
    static ObjectNode baseline() throws Exception {
        return (ObjectNode) ScenarioReader.readTree(Path.of("scenarios", "baseline.json"));
    }

    private static Map<String, ObjectNode> byPath(LeverFactors.Plan plan) {
        Map<String, ObjectNode> out = new HashMap<>();
        for (ObjectNode f : plan.factors()) assertEquals(null, out.put(f.get("path").asText(), f), "one factor per path");
        return out;
    }

    @Test
    void everyScreenedParameterBecomesExactlyOneFactorWithItsRange() throws Exception {
        LeverFactors.Plan plan = LeverFactors.of(ParameterRegistry.all(), baseline(), Map.of());
        assertEquals(List.of(), plan.problems());
        Map<String, ObjectNode> factors = byPath(plan);
        int expected = 0;
        for (ParameterInfo p : ParameterRegistry.all()) {
            boolean lever = p.screened() && !p.type().equals("text") && !p.path().equals("seed") && !p.path().equals("steps");
            ObjectNode f = factors.get(p.path().replace("[]", "[0]"));
            assertEquals(lever, f != null, p.path());
            if (!lever) continue;
            expected++;
            if (p.numeric()) {
                assertEquals(p.low(), f.get("min").asDouble(), p.path());
                assertEquals(p.high(), f.get("max").asDouble(), p.path());
                assertEquals(p.type().equals("integer"), f.get("min").isIntegralNumber(), p.path() + ": whole numbers for integers");
            } else {
                List<String> values = new ArrayList<>();
                f.get("values").forEach(v -> values.add(v.asText()));
                assertEquals(p.type().equals("boolean") ? List.of("false", "true") : p.choices(), values, p.path());
            }
        }
        assertEquals(expected, plan.factors().size());
        assertEquals(plan.factors().size(), plan.screened().size());
        assertTrue(expected > 100, "the registry has over a hundred levers, found " + expected);
        assertEquals(ParameterRegistry.all().size(), plan.factors().size() + plan.notScreened().size(), "each parameter once");
    }

    @Test
    void whatIsNotScreenedIsListedWithItsReason() throws Exception {
        LeverFactors.Plan plan = LeverFactors.of(ParameterRegistry.all(), baseline(), Map.of());
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Screen.NotScreened n : plan.notScreened()) reasons.put(n.path(), n.reason());
        assertTrue(reasons.get("seed").contains("seed"), reasons.toString());
        assertTrue(reasons.get("steps").contains("run length"), reasons.toString());
        assertTrue(reasons.get("arenas[].name").contains("free text"), reasons.toString());
        for (ParameterInfo p : ParameterRegistry.all())
            if (!p.screened()) assertTrue(reasons.containsKey(p.path()), p.path() + " is left out");
        reasons.values().forEach(r -> assertFalse(r.isBlank()));
    }

    @Test
    void listParametersNeedAnElementInTheBase() throws Exception {
        ObjectNode base = baseline();
        base.putArray("arenas");
        LeverFactors.Plan plan = LeverFactors.of(ParameterRegistry.all(), base, Map.of());
        assertTrue(plan.factors().stream().noneMatch(f -> f.get("path").asText().startsWith("arenas")));
        long arenaParameters = ParameterRegistry.all().stream().filter(p -> p.path().startsWith("arenas[]")).count();
        List<Screen.NotScreened> left = plan.notScreened().stream().filter(n -> n.path().startsWith("arenas[]")).toList();
        assertEquals(arenaParameters, left.size());
        assertTrue(left.stream().filter(n -> n.path().equals("arenas[].depth")).findFirst().orElseThrow().reason()
                .contains("the base scenario has no arenas"), left.toString());
    }

    @Test
    void theScreensOwnRangesReplaceTheRegistrys() throws Exception {
        Map<String, double[]> ranges = Map.of("population.citizens", new double[] {1000, 2000},
                "arenas[0].facilitation.humour", new double[] {0.25, 0.75});
        Map<String, ObjectNode> factors = byPath(LeverFactors.of(ParameterRegistry.all(), baseline(), ranges));
        JsonNode citizens = factors.get("population.citizens"), humour = factors.get("arenas[0].facilitation.humour");
        assertEquals(List.of(1000L, 2000L), List.of(citizens.get("min").asLong(), citizens.get("max").asLong()));
        assertTrue(citizens.get("min").isIntegralNumber());
        assertEquals(List.of(0.25, 0.75), List.of(humour.get("min").asDouble(), humour.get("max").asDouble()));
        assertEquals(ParameterRegistry.find("population.officials").low(), factors.get("population.officials").get("min").asDouble());
    }

    @Test
    void badRangesAreReportedByPath() throws Exception {
        Map<String, double[]> ranges = new LinkedHashMap<>();
        ranges.put("trust.initial", new double[] {0.2, 1.5});
        ranges.put("population.diversity", new double[] {0.8, 0.2});
        ranges.put("population.citizens", new double[] {1000.5, 2000});
        ranges.put("municipality.regime", new double[] {1, 3});
        ranges.put("seed", new double[] {1, 5});
        ranges.put("arenas[1].capacity", new double[] {10, 20});
        ranges.put("trust.intial", new double[] {0.2, 0.4});
        LeverFactors.Plan plan = LeverFactors.of(ParameterRegistry.all(), baseline(), ranges);
        String all = String.join("\n", plan.problems());
        for (String expected : List.of(
                "ranges.trust.initial: 0.2..1.5 is outside the limits of trust.initial (0..1)",
                "ranges.population.diversity: 0.8..0.2 is not a range (low must be below high)",
                "ranges.population.citizens: 1000.5..2000: population.citizens takes whole numbers",
                "ranges.municipality.regime: a choice parameter is screened over all its values",
                "ranges.seed: not screened (each run's seed is derived from the screen's seed)",
                "ranges.arenas[1].capacity: list parameters are screened on the first element: write arenas[0].capacity",
                "ranges.trust.intial: not a scenario parameter (did you mean 'trust.initial'?)"))
            assertTrue(all.contains(expected), "missing: " + expected + "\nin:\n" + all);
        assertEquals(7, plan.problems().size(), all);
    }

    @Test
    void aScreenedNumberWithoutAFinitePlausibleRangeIsAProblem() throws Exception {
        ParameterInfo open = new ParameterInfo("municipality.budget_per_1000", "number", 12.0, 0, Double.POSITIVE_INFINITY, "",
                List.of(), "doc", "", 0, Double.POSITIVE_INFINITY, "", false);
        LeverFactors.Plan plan = LeverFactors.of(List.of(open), baseline(), Map.of());
        assertEquals(List.of(), plan.factors());
        assertEquals(1, plan.problems().size(), plan.problems().toString());
        assertTrue(plan.problems().get(0).startsWith("municipality.budget_per_1000 (the registry's plausible range, low..high): "
                + "no finite range"), plan.problems().toString());
    }
}
