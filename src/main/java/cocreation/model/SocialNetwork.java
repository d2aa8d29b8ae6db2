package cocreation.model;

import cocreation.model.rules.TieUpkeep;
import cocreation.model.rules.TrustUpdate;
import java.io.Serializable;
import java.util.Arrays;

/**
 * The ties between actors, stored at both ends, with running sums of trust within and between
 * sectors so that measuring them costs nothing per week.
 */
public final class SocialNetwork implements Serializable {
    private static final long serialVersionUID = 3L; // 3: version 0.3.0 changed the fields
    private final Actor[] actors;
    /** Each actor's sector, packed small, so that summing trust by sector reads no actor. */
    private final byte[] sectorOf;
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
    }

    /** Slot of the tie from a to actor {@code other}, or -1. */
    public static int slotOf(Actor a, int other) {
        int[] t = a.ties;
        for (int s = 0, d = a.degree; s < d; s++) if (t[4 * s + Actor.TO] == other) return s;
        return -1;
    }

    /** Creates a tie; returns false if it existed or would be a loop. */
    boolean connect(Actor a, Actor b, double trustAB, double trustBA, int week) {
        if (a == b || slotOf(a, b.id) >= 0) return false;
        int sa = append(a, b.id, trustAB, week), sb = append(b, a.id, trustBA, week);
        a.ties[4 * sa + Actor.BACK] = sb;
        b.ties[4 * sb + Actor.BACK] = sa;
        return true;
    }

    private int append(Actor a, int other, double trust, int week) {
        if (4 * a.degree == a.ties.length) a.ties = Arrays.copyOf(a.ties, a.ties.length * 2);
        int s = a.degree++;
        a.ties[4 * s + Actor.TO] = other;
        a.ties[4 * s + Actor.TRUST] = Float.floatToRawIntBits((float) trust);
        a.ties[4 * s + Actor.USED] = week;
        account(a, other, (float) trust, +1);
        return s;
    }

    /** Sets a's trust on tie {@code slot}, keeping the sums up to date; marks the tie used. */
    void setTrust(Actor a, int slot, double trust, int week) {
        float t = (float) trust;
        double delta = t - a.trust(slot);
        a.ties[4 * slot + Actor.TRUST] = Float.floatToRawIntBits(t);
        a.ties[4 * slot + Actor.USED] = week;
        if (sectorOf[a.tieTo(slot)] == a.sector) sumWithin += delta;
        else sumBetween += delta;
    }

    private void account(Actor a, int other, double trust, int sign) {
        float t = (float) trust;
        if (sectorOf[other] == a.sector) {
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
     * <p>One pass in id order does all three, as if each were done for everyone before the next:
     * an actor's ties drift, then those to later actors may dissolve (the far end's drift, not yet
     * made, is computed on the spot), and then the actor's ties are final except for the way back,
     * so they are summed.
     */
    void maintain(int week, int period, double halfLife, int lifetime, double dissolveBelow) {
        double keep = TrustUpdate.decayFactor(period, halfLife);
        int distrusted = TieUpkeep.distrustedLifetime(lifetime);
        sumWithin = sumBetween = 0;
        entriesWithin = entriesBetween = 0;
        for (int i = 0; i < actors.length; i++) {
            readAheadAt(i);
            Actor a = actors[i];
            for (int s = 0; s < a.degree; s++) a.ties[4 * s + Actor.TRUST] = Float.floatToRawIntBits(drifted(a, s, week, period, keep));
            for (int s = a.degree - 1; s >= 0; s--) {
                if (a.tieTo(s) < a.id) continue;
                // a's own side bounds what b's can add: skip without reading b when it cannot dissolve
                int idleHere = week - a.lastUsed(s);
                if (idleHere < distrusted || (idleHere < lifetime && a.trust(s) >= dissolveBelow)) continue;
                Actor b = actors[a.tieTo(s)];
                int back = a.tieBack(s);
                int idle = week - Math.max(a.lastUsed(s), b.lastUsed(back));
                if (TieUpkeep.dissolves(idle, Math.max(a.trust(s), drifted(b, back, week, period, keep)), lifetime, dissolveBelow)) {
                    remove(a, s);
                    remove(b, back);
                }
            }
            for (int s = 0; s < a.degree; s++) account(a, a.tieTo(s), a.trust(s), +1);
        }
    }

    /** a's trust on tie s after a period's drift toward its generalised trust, if the tie went unused. */
    private static float drifted(Actor a, int s, int week, int period, double keep) {
        return week - a.lastUsed(s) >= period ? (float) TrustUpdate.decayed(a.trust(s), a.generalizedTrust, keep) : a.trust(s);
    }

    /** At the start of each block of actors in id order, reads the block ahead ({@link ReadAhead}). */
    private void readAheadAt(int i) {
        if (i % ReadAhead.BLOCK == 0) readAhead += ReadAhead.block(actors, i, Math.min(actors.length, i + ReadAhead.BLOCK));
    }

    /** Removes tie slot s of a by moving its last tie into the gap (and telling that tie's other end). */
    private void remove(Actor a, int s) {
        int last = --a.degree;
        if (s != last) {
            System.arraycopy(a.ties, 4 * last, a.ties, 4 * s, 4);
            actors[a.tieTo(s)].ties[4 * a.tieBack(s) + Actor.BACK] = s;
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
