package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tie upkeep does drift, dissolution and the trust sums in one pass; it must give exactly what
 * doing each for everyone before the next gives (the network's plain specification).
 */
class TieUpkeepTest {
    private static final int WEEK = 40, PERIOD = 4, LIFETIME = 12;
    private static final double HALF_LIFE = 26, BELOW = 0.45;

    private static Municipality townAtWeek(int week) throws Exception {
        Scenario s = ScenarioReader.read(Path.of("scenarios/baseline.json"),
                List.of("population.citizens=900", "population.officials=80", "population.organisations=20",
                        "trust.initial=0.35", "trust.tie_lifetime=10000"));
        Municipality m = new Municipality(s);
        m.start();
        while (m.week() < week) m.schedule.step(m);
        return m;
    }

    @Test
    void onePassEqualsThePlainThreePasses() throws Exception {
        Municipality fused = townAtWeek(WEEK), plain = townAtWeek(WEEK);
        long before = plain.network.ties();
        fused.network.maintain(WEEK, PERIOD, HALF_LIFE, LIFETIME, BELOW);
        plain.network.maintainPlainly(WEEK, PERIOD, HALF_LIFE, LIFETIME, BELOW);
        assertTrue(plain.network.ties() < before, "the setting must dissolve some ties");
        SocialNetwork p = plain.network, f = fused.network;
        for (int i = 0; i < plain.actors.length; i++) {
            assertEquals(p.degree(i), f.degree(i), "degree of actor " + i);
            for (int s = 0; s < p.degree(i); s++) {
                assertEquals(p.other(i, s), f.other(i, s), "tie " + s + " of actor " + i);
                assertEquals(p.back(i, s), f.back(i, s), "way back of tie " + s + " of actor " + i);
                assertEquals(p.lastUsed(i, s), f.lastUsed(i, s), "last use of tie " + s + " of actor " + i);
                assertEquals(p.trust(i, s), f.trust(i, s), "trust on tie " + s + " of actor " + i);
            }
        }
        double within = 0, between = 0;
        long entriesWithin = 0, entriesBetween = 0;
        for (Actor a : plain.actors)
            for (int s = 0; s < p.degree(a.id); s++) {
                if (plain.actors[p.other(a.id, s)].sector == a.sector) {
                    within += p.trust(a.id, s);
                    entriesWithin++;
                } else {
                    between += p.trust(a.id, s);
                    entriesBetween++;
                }
            }
        assertEquals(within / entriesWithin, f.trustWithin());
        assertEquals(between / entriesBetween, f.trustBetween());
        assertEquals((entriesWithin + entriesBetween) / 2, f.ties());
        assertEquals(p.trustWithin(), f.trustWithin());
        assertEquals(p.trustBetween(), f.trustBetween());
    }

    @Test
    void everyTieIsStoredAtBothEndsWithItsWayBack() throws Exception {
        SocialNetwork net = townAtWeek(WEEK).network;
        long entries = 0;
        for (int a = 0; a < 1000; a++)
            for (int s = 0; s < net.degree(a); s++, entries++) {
                int b = net.other(a, s);
                assertEquals(a, net.other(b, net.back(a, s)), "tie " + s + " of actor " + a + " comes back");
                assertEquals(net.back(a, s), net.slotOf(b, a));
            }
        assertEquals(entries, 2 * net.ties());
    }
}
