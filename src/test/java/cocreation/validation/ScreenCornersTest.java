package cocreation.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ParameterRegistry;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ranges that can break a rule between two parameters are found before anything runs, naming both. */
class ScreenCornersTest {
    private static List<String> problems(Map<String, double[]> ranges) throws Exception {
        ObjectNode base = LeverFactorsTest.baseline();
        LeverFactors.Plan plan = LeverFactors.of(ParameterRegistry.all(), base, ranges);
        assertEquals(List.of(), plan.problems());
        return ScreenCorners.problems(base, plan.factors());
    }

    @Test
    void theRegistrysRangesNeverMakeAnInvalidScenario() throws Exception {
        assertEquals(List.of(), problems(Map.of()));
    }

    @Test
    void aPairThatCanBreakARuleIsNamed() throws Exception {
        Map<String, double[]> ranges = new LinkedHashMap<>();
        ranges.put("problems.wickedness", new double[] {0, 15}); // fine with the base's 20 parts, not with 14
        ranges.put("population.manager_share", new double[] {0.05, 0.9}); // above 1 with a politician share of 0.15
        List<String> problems = problems(ranges);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("population.manager_share and population.politician_share cannot be screened "
                + "together: population.manager_share = 0.9 with population.politician_share = 0.15 makes an invalid scenario "
                + "(population.politician_share: manager_share + politician_share is above 1)"), problems.get(0));
        assertTrue(problems.get(1).startsWith("problems.parts and problems.wickedness cannot be screened together: "
                + "problems.parts = 14 with problems.wickedness = 15"), problems.get(1));
        assertTrue(problems.get(1).contains("narrow their plausible ranges"), problems.get(1));
    }

    @Test
    void aRangeThatBreaksARuleAloneIsNamedAlone() throws Exception {
        List<String> problems = problems(Map.of("problems.wickedness", new double[] {0, 25})); // the base has 20 parts
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("problems.wickedness = 25 makes the base scenario invalid: problems.wickedness: "
                + "25 must be below problems.parts (20)"), problems.get(0));
    }
}
