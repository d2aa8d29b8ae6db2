package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.model.rules.TieUpkeep;
import cocreation.model.rules.TrustUpdate;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tie upkeep does drift, dissolution and the trust sums in one pass; it must give exactly what
 * doing each for everyone before the next gives (the reference below, written the plain way).
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
        fused.network.maintain(WEEK, PERIOD, HALF_LIFE, LIFETIME, BELOW);
        long before = Arrays.stream(plain.actors).mapToLong(a -> a.degree).sum();
        maintainPlainly(plain.actors, WEEK);
        long after = Arrays.stream(plain.actors).mapToLong(a -> a.degree).sum();
        assertTrue(after < before, "the setting must dissolve some ties");
        for (int i = 0; i < plain.actors.length; i++) {
            Actor p = plain.actors[i], f = fused.actors[i];
            assertEquals(p.degree, f.degree, "degree of actor " + i);
            assertArrayEquals(Arrays.copyOf(p.ties, 4 * p.degree), Arrays.copyOf(f.ties, 4 * f.degree), "ties of actor " + i);
        }
        double within = 0, between = 0;
        long entriesWithin = 0, entriesBetween = 0;
        for (Actor a : plain.actors)
            for (int s = 0; s < a.degree; s++) {
                if (plain.actors[a.tieTo(s)].sector == a.sector) {
                    within += a.trust(s);
                    entriesWithin++;
                } else {
                    between += a.trust(s);
                    entriesBetween++;
                }
            }
        assertEquals(within / entriesWithin, fused.network.trustWithin());
        assertEquals(between / entriesBetween, fused.network.trustBetween());
        assertEquals((entriesWithin + entriesBetween) / 2, fused.network.ties());
    }

    /** Drift for everyone, then dissolution for everyone, as the upkeep is specified. */
    private static void maintainPlainly(Actor[] actors, int week) {
        double keep = TrustUpdate.decayFactor(PERIOD, HALF_LIFE);
        for (Actor a : actors)
            for (int s = 0; s < a.degree; s++)
                if (week - a.lastUsed(s) >= PERIOD)
                    a.ties[4 * s + Actor.TRUST] = Float.floatToRawIntBits((float) TrustUpdate.decayed(a.trust(s), a.generalizedTrust, keep));
        for (Actor a : actors) {
            for (int s = a.degree - 1; s >= 0; s--) {
                if (a.tieTo(s) < a.id) continue;
                Actor b = actors[a.tieTo(s)];
                int back = a.tieBack(s);
                int idle = week - Math.max(a.lastUsed(s), b.lastUsed(back));
                if (TieUpkeep.dissolves(idle, Math.max(a.trust(s), b.trust(back)), LIFETIME, BELOW)) {
                    remove(actors, a, s);
                    remove(actors, b, back);
                }
            }
        }
    }

    private static void remove(Actor[] actors, Actor a, int s) {
        int last = --a.degree;
        if (s != last) {
            System.arraycopy(a.ties, 4 * last, a.ties, 4 * s, 4);
            actors[a.tieTo(s)].ties[4 * a.tieBack(s) + Actor.BACK] = s;
        }
    }
}
