package cocreation.gui;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.Actor;
import cocreation.model.Arena;
import cocreation.model.Municipality;
import org.junit.jupiter.api.Test;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

class CommunityViewTest {
    private static int edges(Network n) {
        int count = 0;
        Bag nodes = n.getAllNodes();
        for (int i = 0; i < nodes.numObjs; i++) count += n.getEdgesOut(nodes.objs[i]).numObjs;
        return count;
    }

    @Test
    void viewCopiesEveryTieWithItsTrustAndSplitsThemBySector() {
        Municipality m = CommunityLayoutTest.small(4);
        CommunityView view = new CommunityView();
        view.reset(m);
        for (int week = 0; week < 6; week++) {
            m.schedule.step(m);
            view.update();
            int within = edges(view.within), across = edges(view.across);
            assertEquals(m.network().ties(), within + across, "week " + m.week());
            assertEquals(m.network().crossSectorShare(), across / (double) (within + across), 1e-9);
            Bag nodes = view.across.getAllNodes();
            for (int i = 0; i < nodes.numObjs; i++)
                for (Object o : view.across.getEdgesOut(nodes.objs[i])) {
                    Edge e = (Edge) o;
                    assertNotEquals(((Person) e.from()).actor.sector, ((Person) e.to()).actor.sector);
                    double t = ((Tie) e.info).getTrust();
                    assertTrue(t >= 0 && t <= 1);
                }
        }
    }

    @Test
    void arenaParticipantsGatherInTheirSessionWeekAndGoHomeAfter() {
        Municipality m = CommunityLayoutTest.small(4);
        CommunityView view = new CommunityView();
        view.reset(m);
        Arena arena = m.arenas()[0];
        int[] gathered = null;
        for (int week = 0; week < 12 && gathered == null; week++) {
            m.schedule.step(m);
            view.update();
            if (arena.lastSessionWeek() == m.week() && arena.lastParticipants().length > 0) gathered = arena.lastParticipants();
        }
        assertNotNull(gathered, "a session was held");
        double floor = view.layout().arenaRadius(gathered.length) + 1e-9;
        for (int id : gathered) {
            assertTrue(view.position(id).distance(view.layout().arenaCentre(0)) <= floor, "participant " + id + " gathered");
            assertTrue(m.actors()[id].inArenaIn(m.week()));
        }
        m.schedule.step(m);
        view.update();
        for (int id : gathered)
            if (!m.actors()[id].inArenaIn(m.week())) assertEquals(view.layout().home(id), view.position(id), "home again");
        for (Actor a : m.actors())
            if (!a.inArenaIn(m.week())) assertEquals(view.layout().home(a.id), view.position(a.id));
    }
}
