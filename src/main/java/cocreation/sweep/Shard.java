package cocreation.sweep;

/**
 * A deterministic share of a sweep's runs for one machine of a cluster: shard I of N (numbered from
 * 0, like array job ids) takes the runs whose run_id % N == I. Interleaving rather than contiguous
 * blocks keeps shards equally long when run time varies along the design (e.g. with population size).
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(0, 1);

    public Shard {
        if (count < 1 || index < 0 || index >= count)
            throw new IllegalArgumentException("expected I/N with 0 <= I < N (shards are numbered from 0), got " + index + "/" + count);
    }

    /** Parses "I/N". */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length == 2) return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("expected I/N such as 0/4, got '" + text + "'");
    }

    public boolean includes(int runId) {
        return runId % count == index;
    }

    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
