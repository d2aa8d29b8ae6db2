package cocreation.model;

import cocreation.model.rules.TieUpkeep;
import cocreation.model.rules.TrustUpdate;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The ties between actors, stored at both ends, with running sums of trust within and between
 * sectors so that measuring them costs nothing per week. The network is the only owner of the
 * ties: its public methods are a read-only view (degree, ends, trust) for the window and the
 * tests; ties are made, their trust learned and their upkeep done only through it.
 */
public final class SocialNetwork implements Serializable {
    private static final long serialVersionUID = 4L; // 4: version 0.7.1 keeps the ties here, not in the actors
    // Each actor's ties, four ints each in one array so that a tie's data share a cache line: the
    // other actor, the slot of the tie back from it, the week last used, and this actor's trust in
    // the other (float bits). Only this class reads the layout.
    private static final int TO = 0, BACK = 1, USED = 2, TRUST = 3;
    private final Actor[] actors;
    /** Each actor's sector, packed small, so that summing trust by sector reads no actor. */
    private final byte[] sectorOf;
    /** Each actor's ties; grows but never shrinks, so there is always room for one tie (read ahead by actors without ties). */
    private final int[][] ties;
    private final int[] degree;
    private double sumWithin;
    private double sumBetween;
    private long entriesWithin;
    private long entriesBetween;
    /** Sum of the values read ahead ({@link ReadAhead}); kept so that the reads are not optimised away. */
    private transient long readAhead;

    SocialNetwork(Actor[] actors) {
        this.actors = actors;
        sectorOf = new byte[actors.length];
        for (Actor a : actors) sectorOf[a.id] = a.sector;
        ties = new int[actors.length][16];
        degree = new int[actors.length];
    }

    /** Number of ties of an actor. */
    public int degree(int actor) {
        return degree[actor];
    }

    /** The other end of the actor's tie {@code slot}. */
    public int other(int actor, int slot) {
        return ties[actor][4 * slot + TO];
    }

    /** The actor's trust in the other end of its tie {@code slot}. */
    public float trust(int actor, int slot) {
        return Float.intBitsToFloat(ties[actor][4 * slot + TRUST]);
    }

    /** Slot of the tie from the actor to {@code other}, or -1. */
    public int slotOf(int actor, int other) {
        int[] t = ties[actor];
        for (int s = 0, d = degree[actor]; s < d; s++) if (t[4 * s + TO] == other) return s;
        return -1;
    }

    /** Slot of the tie back from the other end of the actor's tie {@code slot}. */
    int back(int actor, int slot) {
        return ties[actor][4 * slot + BACK];
    }

    /** Week the actor's tie {@code slot} was last used by the actor. */
    int lastUsed(int actor, int slot) {
        return ties[actor][4 * slot + USED];
    }

    /**
     * For each of {@code count} meetings, the other end of actor {@code who[j]}'s tie {@code slots[j]}
     * and the slot of the tie back, read for a whole block at once ({@link ReadAhead}); an actor
     * without ties (slot -1) gets itself and slot 0 (there is always room for one tie).
     */
    void ends(int[] who, int[] slots, int count, int[] partner, int[] back) {
        for (int j = 0; j < count; j++) {
            int slot = slots[j];
            int[] t = ties[who[j]];
            partner[j] = slot < 0 ? who[j] : t[4 * slot + TO];
            back[j] = slot < 0 ? 0 : t[4 * slot + BACK];
        }
    }

    /** Creates a tie; returns false if it existed or would be a loop. */
    boolean connect(Actor a, Actor b, double trustAB, double trustBA, int week) {
        if (a == b || slotOf(a.id, b.id) >= 0) return false;
        int sa = append(a.id, b.id, trustAB, week), sb = append(b.id, a.id, trustBA, week);
        ties[a.id][4 * sa + BACK] = sb;
        ties[b.id][4 * sb + BACK] = sa;
        return true;
    }

    private int append(int a, int other, double trust, int week) {
        if (4 * degree[a] == ties[a].length) ties[a] = Arrays.copyOf(ties[a], ties[a].length * 2);
        int s = degree[a]++;
        int[] t = ties[a];
        t[4 * s + TO] = other;
        t[4 * s + TRUST] = Float.floatToRawIntBits((float) trust);
        t[4 * s + USED] = week;
        account(a, other, (float) trust, +1);
        return s;
    }

    /** Sets the actor's trust on tie {@code slot}, keeping the sums up to date; marks the tie used. */
    void setTrust(int actor, int slot, double trust, int week) {
        float t = (float) trust;
        int[] own = ties[actor];
        double delta = t - Float.intBitsToFloat(own[4 * slot + TRUST]);
        own[4 * slot + TRUST] = Float.floatToRawIntBits(t);
        own[4 * slot + USED] = week;
        if (sectorOf[own[4 * slot + TO]] == sectorOf[actor]) sumWithin += delta;
        else sumBetween += delta;
    }

    private void account(int actor, int other, double trust, int sign) {
        float t = (float) trust;
        if (sectorOf[other] == sectorOf[actor]) {
            sumWithin += sign * t;
            entriesWithin += sign;
        } else {
            sumBetween += sign * t;
            entriesBetween += sign;
        }
    }

    /**
     * Periodic upkeep: trust on ties unused for a period drifts toward generalised trust. A tie
     * unused by both ends for its lifetime dissolves (keeping ties takes meeting), and a distrusted
     * one after a quarter of that. Sums are recomputed exactly.
     *
     * <p>One pass in id order does all three, as if each were done for everyone before the next
     * ({@link #maintainPlainly}, the specification it is tested against): an actor's ties drift,
     * then those to later actors may dissolve (the far end's drift, not yet made, is computed on
     * the spot), and then the actor's ties are final except for the way back, so they are summed.
     */
    void maintain(int week, int period, double halfLife, int lifetime, double dissolveBelow) {
        double keep = TrustUpdate.decayFactor(period, halfLife);
        int distrusted = TieUpkeep.distrustedLifetime(lifetime);
        sumWithin = sumBetween = 0;
        entriesWithin = entriesBetween = 0;
        for (int a = 0; a < actors.length; a++) {
            readAheadAt(a);
            int[] own = ties[a];
            for (int s = 0; s < degree[a]; s++) own[4 * s + TRUST] = Float.floatToRawIntBits(drifted(a, s, week, period, keep));
            for (int s = degree[a] - 1; s >= 0; s--) {
                int b = other(a, s);
                if (b < a) continue;
                // a's own side bounds what b's can add: skip without reading b when it cannot dissolve
                int idleHere = week - lastUsed(a, s);
                if (idleHere < distrusted || (idleHere < lifetime && trust(a, s) >= dissolveBelow)) continue;
                int back = back(a, s);
                int idle = week - Math.max(lastUsed(a, s), lastUsed(b, back));
                if (TieUpkeep.dissolves(idle, Math.max(trust(a, s), drifted(b, back, week, period, keep)), lifetime, dissolveBelow)) {
                    remove(a, s);
                    remove(b, back);
                }
            }
            for (int s = 0; s < degree[a]; s++) account(a, own[4 * s + TO], Float.intBitsToFloat(own[4 * s + TRUST]), +1);
        }
    }

    /**
     * The upkeep as specified, for everyone in turn: drift on every tie, then dissolution of every
     * tie, then the sums. Slower than {@link #maintain}, which must give exactly the same network.
     */
    void maintainPlainly(int week, int period, double halfLife, int lifetime, double dissolveBelow) {
        double keep = TrustUpdate.decayFactor(period, halfLife);
        for (int a = 0; a < actors.length; a++)
            for (int s = 0; s < degree[a]; s++) ties[a][4 * s + TRUST] = Float.floatToRawIntBits(drifted(a, s, week, period, keep));
        for (int a = 0; a < actors.length; a++)
            for (int s = degree[a] - 1; s >= 0; s--) {
                int b = other(a, s), back = back(a, s);
                if (b < a) continue;
                int idle = week - Math.max(lastUsed(a, s), lastUsed(b, back));
                if (TieUpkeep.dissolves(idle, Math.max(trust(a, s), trust(b, back)), lifetime, dissolveBelow)) {
                    remove(a, s);
                    remove(b, back);
                }
            }
        sumWithin = sumBetween = 0;
        entriesWithin = entriesBetween = 0;
        for (int a = 0; a < actors.length; a++)
            for (int s = 0; s < degree[a]; s++) account(a, other(a, s), trust(a, s), +1);
    }

    /** The actor's trust on tie s after a period's drift toward its generalised trust, if the tie went unused. */
    private float drifted(int actor, int s, int week, int period, double keep) {
        int[] own = ties[actor];
        float t = Float.intBitsToFloat(own[4 * s + TRUST]);
        return week - own[4 * s + USED] >= period ? (float) TrustUpdate.decayed(t, actors[actor].generalizedTrust, keep) : t;
    }

    /** At the start of each block of actors in id order, reads the block ahead ({@link ReadAhead}). */
    private void readAheadAt(int i) {
        if (i % ReadAhead.BLOCK == 0) readAhead += ReadAhead.block(actors, this, i, Math.min(actors.length, i + ReadAhead.BLOCK));
    }

    /** Reads each cache line of an actor's ties in use ({@link ReadAhead}). */
    long readTies(int actor) {
        long sum = 0;
        int[] t = ties[actor];
        for (int i = 0, n = 4 * degree[actor]; i < n; i += 16) sum += t[i];
        return sum;
    }

    /** Reads the trust on the actor's tie {@code slot} ({@link ReadAhead}); slot 0 is there even without ties. */
    long readTie(int actor, int slot) {
        return ties[actor][4 * slot + TRUST];
    }

    /** Removes the actor's tie slot s by moving its last tie into the gap (and telling that tie's other end). */
    private void remove(int a, int s) {
        int last = --degree[a];
        if (s != last) {
            System.arraycopy(ties[a], 4 * last, ties[a], 4 * s, 4);
            ties[other(a, s)][4 * back(a, s) + BACK] = s;
        }
    }

    public double trustWithin() {
        return entriesWithin == 0 ? Double.NaN : sumWithin / entriesWithin;
    }

    public double trustBetween() {
        return entriesBetween == 0 ? Double.NaN : sumBetween / entriesBetween;
    }

    /** Number of (undirected) ties. */
    public long ties() {
        return (entriesWithin + entriesBetween) / 2;
    }

    public double crossSectorShare() {
        long all = entriesWithin + entriesBetween;
        return all == 0 ? 0 : entriesBetween / (double) all;
    }

    /** Cross-sector ties per 100 actors, whatever their trust. */
    public double bridgingTies() {
        return entriesBetween / 2.0 / actors.length * 100;
    }

    /** Trust-weighted cross-sector ties per 100 actors: bridging social capital. */
    public double bridgingCapital() {
        return sumBetween / 2 / actors.length * 100;
    }
}
