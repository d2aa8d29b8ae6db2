package cocreation.gui;

import cocreation.model.Actor;
import cocreation.model.Arena;
import cocreation.model.Municipality;
import cocreation.model.SocialNetwork;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import sim.field.continuous.Continuous2D;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;
import sim.util.Double2D;

/**
 * The community as MASON fields for the display: people in a {@link Continuous2D} laid out by
 * {@link CommunityLayout}, and their ties in two {@link Network}s (within and across sectors, so
 * either can be hidden from the display's layer menu). The model keeps ties in its own arrays;
 * this view brings the networks up to date after every week, on the model thread, under the
 * schedule's lock.
 */
final class CommunityView {
    /** The display's size at zoom 1: half the field, zoomed to fit the window. */
    static final double DISPLAY_WIDTH = CommunityLayout.WIDTH / 2, DISPLAY_HEIGHT = CommunityLayout.HEIGHT / 2;
    final Continuous2D space = new Continuous2D(50, CommunityLayout.WIDTH, CommunityLayout.HEIGHT);
    final Network within = new Network(true);
    final Network across = new Network(true);
    final Texts texts;
    private Municipality model;
    private List<String> sectors = List.of();
    private CommunityLayout layout;
    private Person[] people = new Person[0];
    private int[] gathered = new int[0];
    private int gatheredCount;
    private volatile int week;
    /** This week's metrics (the start's before the first week), for the caption. */
    private volatile double[] row;
    private int updates;

    CommunityView(Texts texts) {
        this.texts = texts;
    }

    CommunityView() {
        this(Texts.of(Language.EN));
    }

    /** Lays out a freshly started model's community. */
    void reset(Municipality m) {
        model = m;
        sectors = texts.sectors(m.scenario());
        Actor[] actors = m.actors();
        layout = new CommunityLayout(actors, m.scenario().municipality.sectors, m.arenas().length);
        space.clear();
        within.clear();
        across.clear();
        people = new Person[actors.length];
        for (Actor a : actors) people[a.id] = new Person(a, this);
        // Citizens first, so officials and organisations are drawn on top of them.
        Person[] order = people.clone();
        Arrays.sort(order, Comparator.comparingInt((Person p) -> -CommunityLayout.rank(p.actor.role))
                .thenComparingInt(p -> p.actor.id));
        for (Person p : order) {
            space.setObjectLocation(p, layout.home(p.actor.id));
            within.addNode(p);
            across.addNode(p);
        }
        gathered = new int[actors.length];
        gatheredCount = 0;
        update();
    }

    /** Empties the view (a new lesson is loaded but not started yet). */
    void clear() {
        model = null;
        layout = null;
        space.clear();
        within.clear();
        across.clear();
        people = new Person[0];
        gatheredCount = 0;
        row = null;
    }

    /** Copies this week's state: who gathered in an arena, and every tie with its trust. */
    void update() {
        Municipality m = model;
        week = m.week();
        row = week == 0 ? WeekZero.row(m) : m.metrics().latest();
        for (int i = 0; i < gatheredCount; i++) space.setObjectLocation(people[gathered[i]], layout.home(gathered[i]));
        gatheredCount = 0;
        for (Arena arena : m.arenas()) {
            if (arena.lastSessionWeek() != week || week == 0) continue;
            int[] ids = arena.lastParticipants();
            for (int seat = 0; seat < ids.length; seat++) {
                space.setObjectLocation(people[ids[seat]], layout.arenaSeat(arena.index, seat, ids.length));
                gathered[gatheredCount++] = ids[seat];
            }
        }
        // Ties change slowly: update the edges in place, add new ones, drop the dissolved.
        int stamp = ++updates;
        Actor[] actors = m.actors();
        SocialNetwork net = m.network();
        for (Actor a : actors) {
            Person from = people[a.id];
            Bag ownWithin = within.getEdgesOut(from), ownAcross = across.getEdgesOut(from);
            for (int s = 0; s < net.degree(a.id); s++) {
                int other = net.other(a.id, s);
                if (other < a.id) continue;
                Actor b = actors[other];
                int back = net.slotOf(other, a.id);
                double trust = back < 0 ? net.trust(a.id, s) : ((double) net.trust(a.id, s) + net.trust(other, back)) / 2;
                boolean same = a.sector == b.sector;
                Edge e = find(same ? ownWithin : ownAcross, people[other]);
                if (e == null) (same ? within : across).addEdge(from, people[other], new Tie(trust, stamp));
                else {
                    Tie t = (Tie) e.info;
                    t.trust = (float) trust;
                    t.seen = stamp;
                }
            }
        }
        for (Person p : people) {
            prune(within, p, stamp);
            prune(across, p, stamp);
        }
    }

    private static Edge find(Bag out, Person to) {
        for (int i = 0; i < out.numObjs; i++) {
            Edge e = (Edge) out.objs[i];
            if (e.to() == to) return e;
        }
        return null;
    }

    private static void prune(Network net, Person from, int stamp) {
        Bag out = net.getEdgesOut(from);
        for (int i = out.numObjs - 1; i >= 0; i--) {
            Edge e = (Edge) out.objs[i];
            if (((Tie) e.info).seen != stamp) net.removeEdge(e);
        }
    }

    Municipality model() {
        return model;
    }

    CommunityLayout layout() {
        return layout;
    }

    int week() {
        return week;
    }

    /** The sectors' names, in order. */
    List<String> sectors() {
        return sectors;
    }

    /** The metrics of the week shown, in Metric order, or null if none. */
    double[] row() {
        return row;
    }

    /** Where a person is drawn now (home, or a seat in an arena). */
    Double2D position(int actor) {
        return space.getObjectLocation(people[actor]);
    }
}
