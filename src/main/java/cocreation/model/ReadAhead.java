package cocreation.model;

/**
 * Reads actors' memory ahead of use. In a large town the actors and their ties do not fit in the
 * processor's cache, and a loop that goes from one actor to the next waits for each cache miss in
 * turn. Reading a block of actors first, in a loop whose reads do not depend on one another, lets
 * the processor fetch them all at once. The reads change nothing; they return a sum so that the
 * compiler keeps them, and callers add it to a field of theirs.
 */
final class ReadAhead {
    /** Actors per block: enough to keep the memory system busy, few enough to stay in cache. */
    static final int BLOCK = 64;

    private ReadAhead() {
    }

    /** Reads fields laid out far apart in an actor (it spans two cache lines), so that both lines are fetched. */
    static long actor(Actor a) {
        return a.id + a.idea + a.lastArenaWeek + (a.role == null ? 1 : 0);
    }

    /** Reads actors {@code from} to {@code to - 1}. */
    static long actors(Actor[] actors, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) sum += actor(actors[i]);
        return sum;
    }

    /** Reads actors {@code from} to {@code to - 1}, then their ties. */
    static long block(Actor[] actors, SocialNetwork net, int from, int to) {
        long sum = actors(actors, from, to);
        for (int i = from; i < to; i++) sum += net.readTies(i);
        return sum;
    }

    /** Reads the actors whose ids are {@code ids[from]} to {@code ids[to - 1]}. */
    static long actors(Actor[] actors, int[] ids, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) sum += actor(actors[ids[i]]);
        return sum;
    }

    /** Reads the actors whose ids are {@code ids[from]} to {@code ids[to - 1]}, then their ties. */
    static long block(Actor[] actors, SocialNetwork net, int[] ids, int from, int to) {
        long sum = actors(actors, ids, from, to);
        for (int i = from; i < to; i++) sum += net.readTies(ids[i]);
        return sum;
    }
}
