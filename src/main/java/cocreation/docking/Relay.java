package cocreation.docking;

import java.util.List;

/**
 * A group searching in relay (Hong & Page 2004): the first member climbs with its heuristic from
 * the start, the next climbs on from where it stopped, and so on round the group, until no member
 * can improve on the point reached. That point is a local optimum for every member's heuristic.
 */
public final class Relay {
    private Relay() {
    }

    /** Where the group stops from {@code start}; members take turns in list order. */
    public static int search(List<Heuristic> group, double[] ring, int start) {
        int at = start, idle = 0;
        for (int m = 0; idle < group.size(); m = (m + 1) % group.size()) {
            int to = group.get(m).climb(ring, at);
            if (to != at) {
                at = to;
                idle = 1; // the member who moved cannot improve on its own stopping point
            } else {
                idle++;
            }
        }
        return at;
    }
}
