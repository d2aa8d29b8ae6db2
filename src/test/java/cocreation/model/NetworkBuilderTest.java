package cocreation.model;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The everyday network as it is built (week 0), alone: silos and shapes do what the ODD says. */
class NetworkBuilderTest {
    private static Municipality town(String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of("population.citizens=900", "population.officials=80", "population.organisations=20"));
        all.addAll(List.of(sets));
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"), all);
        Municipality m = new Municipality(s);
        m.start();
        return m;
    }

    @Test
    void silosCutTiesAcrossSectors() throws Exception {
        double open = town("municipality.silo_strength=0").network.crossSectorShare();
        double closed = town("municipality.silo_strength=1").network.crossSectorShare();
        assertTrue(closed < open - 0.1, "cross-sector share: no silos " + open + ", strong silos " + closed);
    }

    @Test
    void aRingTiesEachActorToItsMeanDegreeNearest() throws Exception {
        Municipality m = town("network.structure=ring", "network.mean_degree=6");
        assertEquals(1000L * 6 / 2, m.network.ties(), "n x k / 2 ties");
        Municipality line = town("network.structure=line", "network.mean_degree=6");
        assertTrue(line.network.ties() < m.network.ties(), "the line is the ring cut open");
    }

    @Test
    void aDenserNetworkHasMoreTies() throws Exception {
        assertTrue(town("network.mean_degree=20").network.ties() > 1.5 * town("network.mean_degree=8").network.ties());
    }
}
