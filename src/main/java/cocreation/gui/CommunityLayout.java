package cocreation.gui;

import cocreation.model.Actor;
import cocreation.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sim.util.Double2D;

/**
 * Where each person sits on the screen, computed once per run without randomness: one disc per
 * sector on a ring (the silos), officials at the heart of their sector with the political leaders
 * in the middle, organisations around them, citizens outside; the arenas in the middle of the
 * ring, where participants gather in a session week. Disc areas follow the sectors' sizes.
 */
final class CommunityLayout {
    static final double WIDTH = 1400, HEIGHT = 1000;
    /** The ring of sectors is centred in the left 1000 x 1000; the legend uses the rest. */
    static final double CENTRE_X = 500, CENTRE_Y = 500, RING = 310, MAX_DISC = 175, MAX_ARENA = 125;
    static final double LEGEND_X = 1020;
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

    private final Double2D[] home;
    private final Double2D[] sectorCentre;
    private final double[] sectorRadius;
    private final int arenas;

    CommunityLayout(Actor[] actors, int sectors, int arenas) {
        this.arenas = arenas;
        home = new Double2D[actors.length];
        sectorCentre = new Double2D[sectors];
        sectorRadius = new double[sectors];
        List<List<Actor>> bySector = new ArrayList<>();
        for (int s = 0; s < sectors; s++) bySector.add(new ArrayList<>());
        for (Actor a : actors) bySector.get(a.sector).add(a);
        int largest = 1;
        for (List<Actor> members : bySector) largest = Math.max(largest, members.size());
        double maxDisc = sectors < 2 ? MAX_DISC : Math.min(MAX_DISC, 0.92 * RING * Math.sin(Math.PI / sectors));
        for (int s = 0; s < sectors; s++) {
            List<Actor> members = bySector.get(s);
            members.sort(Comparator.comparingInt((Actor a) -> rank(a.role)).thenComparingInt(a -> a.id));
            double angle = sectorAngle(s, sectors);
            sectorCentre[s] = new Double2D(CENTRE_X + RING * Math.cos(angle), CENTRE_Y + RING * Math.sin(angle));
            sectorRadius[s] = maxDisc * Math.sqrt(members.size() / (double) largest);
            place(members, sectorCentre[s], sectorRadius[s]);
        }
    }

    /**
     * Sunflower seats whose share of the disc follows the size of each person's symbol, so the
     * larger symbols in the middle (leaders, managers) do not pile on top of each other.
     */
    private void place(List<Actor> members, Double2D centre, double radius) {
        double total = 0;
        for (Actor a : members) total += room(a.role);
        double before = 0;
        for (int i = 0; i < members.size(); i++) {
            Actor a = members.get(i);
            double share = (before + room(a.role) / 2) / total;
            double r = radius * Math.sqrt(share), theta = i * GOLDEN_ANGLE;
            home[a.id] = new Double2D(centre.x + r * Math.cos(theta), centre.y + r * Math.sin(theta));
            before += room(a.role);
        }
    }

    private static double room(Role role) {
        double r = PersonPortrayal.radius(role) + 2;
        return r * r;
    }

    /** Political leaders first (the middle of a disc), citizens last (the rim). */
    static int rank(Role role) {
        switch (role) {
            case POLITICIAN: return 0;
            case MANAGER: return 1;
            case FRONTLINE: return 2;
            case BUSINESS: return 3;
            case ASSOCIATION: return 4;
            default: return 5;
        }
    }

    /** Sectors start half a step clockwise from the top, so four sit on the diagonals. */
    static double sectorAngle(int sector, int sectors) {
        return -Math.PI / 2 + Math.PI / sectors + 2 * Math.PI * sector / sectors;
    }

    /** Seat i of n on a sunflower spiral filling a disc evenly, the first seat in the middle. */
    static Double2D sunflower(Double2D centre, double radius, int i, int n) {
        double r = radius * Math.sqrt((i + 0.5) / n);
        double theta = i * GOLDEN_ANGLE;
        return new Double2D(centre.x + r * Math.cos(theta), centre.y + r * Math.sin(theta));
    }

    Double2D home(int actor) {
        return home[actor];
    }

    int sectors() {
        return sectorCentre.length;
    }

    Double2D sectorCentre(int sector) {
        return sectorCentre[sector];
    }

    double sectorRadius(int sector) {
        return sectorRadius[sector];
    }

    /** Where an arena meets: the middle of the ring, or a small ring of meeting places if several. */
    Double2D arenaCentre(int arena) {
        if (arenas <= 1) return new Double2D(CENTRE_X, CENTRE_Y);
        double angle = -Math.PI / 2 + 2 * Math.PI * arena / arenas;
        double r = MAX_ARENA / 2;
        return new Double2D(CENTRE_X + r * Math.cos(angle), CENTRE_Y + r * Math.sin(angle));
    }

    /** Radius of an arena gathering of n people: big enough to see, growing with the crowd, up to the space available. */
    double arenaRadius(int n) {
        double limit = arenas <= 1 ? MAX_ARENA : MAX_ARENA / 2;
        return Math.min(limit, Math.max(45, 6 * Math.sqrt(Math.max(1, n))));
    }

    Double2D arenaSeat(int arena, int seat, int seats) {
        return sunflower(arenaCentre(arena), arenaRadius(seats), seat, seats);
    }
}
