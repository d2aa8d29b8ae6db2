package cocreation.scenario;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The registry knows which parameters the community is built with (the window rebuilds its picture for those). */
class BuildsTest {
    @Test
    void theCommunityIsBuiltWithItsPeopleTiesAndProblemsNotWithItsLevers() {
        for (String built : new String[] {"population.citizens", "population.diversity", "trust.initial", "municipality.silo_strength",
                "network.structure", "problems.parts"})
            assertTrue(ParameterRegistry.find(built).builds(), built);
        for (String live : new String[] {"municipality.time_pressure", "municipality.regime", "arenas[0].facilitation.humour",
                "network.meetings_per_week", "problems.adoption_threshold", "trust.decay_half_life"})
            assertFalse(ParameterRegistry.find(live).builds(), live);
    }
}
