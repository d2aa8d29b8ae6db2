package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Actor;
import cocreation.model.Municipality;
import cocreation.model.Role;
import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Scenario;
import org.junit.jupiter.api.Test;
import sim.util.Double2D;

class CommunityLayoutTest {
    static Municipality small(int sectors) {
        Scenario s = new Scenario();
        s.population.citizens = 400;
        s.population.officials = 60;
        s.population.organisations = 20;
        s.municipality.sectors = sectors;
        s.problems.per_1000 = 2000.0 / s.inhabitants();
        s.arenas.add(new ArenaPlan());
        Municipality m = new Municipality(s);
        m.start();
        return m;
    }

    @Test
    void everyoneSitsInTheirSectorsDiscAndDiscsLeaveTheMiddleToTheArenas() {
        for (int sectors : new int[] {1, 3, 4, 7}) {
            Municipality m = small(sectors);
            CommunityLayout layout = new CommunityLayout(m.actors(), sectors, 1);
            for (Actor a : m.actors()) {
                Double2D p = layout.home(a.id);
                assertTrue(p.distance(layout.sectorCentre(a.sector)) <= layout.sectorRadius(a.sector) + 1e-9);
                assertTrue(p.x >= 0 && p.y >= 0 && p.x < CommunityLayout.LEGEND_X && p.y <= CommunityLayout.HEIGHT,
                        "on the field, left of the legend: " + p);
            }
            Double2D middle = layout.arenaCentre(0);
            for (int s = 0; s < sectors; s++) {
                assertTrue(layout.sectorCentre(s).distance(middle) >= layout.sectorRadius(s) + CommunityLayout.MAX_ARENA,
                        "arena floor clear of sector " + s);
                for (int t = s + 1; t < sectors; t++)
                    assertTrue(layout.sectorCentre(s).distance(layout.sectorCentre(t))
                            >= layout.sectorRadius(s) + layout.sectorRadius(t), "discs " + s + " and " + t + " apart");
            }
        }
    }

    @Test
    void leadersSitInTheMiddleOfTheirSectorCitizensOutside() {
        Municipality m = small(4);
        CommunityLayout layout = new CommunityLayout(m.actors(), 4, 1);
        double farthestLeader = 0, nearestCitizen = Double.MAX_VALUE;
        for (Actor a : m.actors()) {
            double d = layout.home(a.id).distance(layout.sectorCentre(a.sector));
            if (a.role == Role.POLITICIAN) farthestLeader = Math.max(farthestLeader, d);
            if (a.role == Role.CITIZEN) nearestCitizen = Math.min(nearestCitizen, d);
        }
        assertTrue(farthestLeader < nearestCitizen, farthestLeader + " < " + nearestCitizen);
    }

    @Test
    void layoutIsDeterministicAndArenaSeatsStayOnTheFloor() {
        Municipality m = small(4);
        CommunityLayout a = new CommunityLayout(m.actors(), 4, 2), b = new CommunityLayout(m.actors(), 4, 2);
        for (Actor x : m.actors()) assertEquals(a.home(x.id), b.home(x.id));
        for (int arena = 0; arena < 2; arena++)
            for (int seat = 0; seat < 300; seat++)
                assertTrue(a.arenaSeat(arena, seat, 300).distance(a.arenaCentre(arena)) <= a.arenaRadius(300) + 1e-9);
        assertTrue(a.arenaRadius(1500) > a.arenaRadius(100), "a bigger crowd takes more room");
    }
}
