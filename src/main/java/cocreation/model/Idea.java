package cocreation.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A proposal to the municipality: a candidate solution to a problem, and its way through the
 * three tests (new, useful, put to use) and the pipeline (review, funding, production, adoption).
 * Its value is never stored: every stage judges it against practice as both are then.
 */
public final class Idea implements Serializable {
    private static final long serialVersionUID = 4L;

    /** Where an idea stands, or where it stopped. Every proposal ends in exactly one end stage. */
    public enum Stage {
        QUEUED("waiting for review", false), APPROVED("approved, waiting for the plan", false),
        IN_PRODUCTION("in production", false), DIFFUSING("spreading", false),
        MERGED("merged into an equal pending idea", true), NOT_HEARD("not heard", true), SHELVED("shelved", true),
        REJECTED("rejected", true), UNFUNDED("unfunded", true), NO_BIDDER("no qualified bidder", true),
        STALLED("co-production stalled", true), WITHDRAWN("withdrawn: no longer better than practice", true),
        NOT_ADOPTED("not adopted", true),
        OVERTAKEN("overtaken: its problem left the agenda", true), IN_USE("put to use", true);

        public final String label;
        public final boolean end;

        Stage(String label, boolean end) {
            this.label = label;
            this.end = end;
        }

        public String column() {
            return name().toLowerCase();
        }
    }

    public final int id;
    public final int problem;
    public final long solution;
    /** Where the proposal came from (for counting); fixed at proposal. */
    public final Origin origin;
    public final Role proposer;
    public final int sector;
    public final int weekProposed;
    /** New: far enough from current and past practice when proposed. */
    public final boolean isNew;
    /** Useful when proposed: more valuable than practice then (values are judged afresh at every stage). */
    public final boolean isUseful;
    /** Order in the review queue: week proposed, then a random key drawn at proposal, not the phase that proposed it. */
    final double queueKey;
    /** The deepest arena depth among the proposals merged into this idea; null if none came from an arena. */
    Depth depth;
    /** Co-creators (co-design and thick participants): they own the idea. */
    int[] owners;
    /** Everyone who learns how the municipality treated the idea: proposers and participants. */
    int[] stakeholders;
    /** The arena's own judgement of the solution's value (NaN if it came from no co-designing arena). */
    double arenaJudgedValue = Double.NaN;
    Stage stage = Stage.QUEUED;
    boolean sponsored;
    /** The first reading's judgement of its gain over practice (NaN until read; ODD 7.4). */
    double reading = Double.NaN;
    boolean harmful;
    ProductionMode mode;
    /** Work hours still needed (in-house and co-production). */
    double work;
    /** Co-producers still working, and the business holding the contract (-1 if none). */
    int[] team = new int[0];
    int contractor = -1;
    /** The solution as produced, which may fall short of the design. */
    long delivered;
    int weekStarts;
    int weekReady = -1;
    int weekDiffusionEnds = -1;
    int weekUsed = -1;
    double cost;

    Idea(int id, int problem, long solution, Origin origin, Depth depth, Role proposer, int sector, int week,
         boolean isNew, boolean isUseful, double queueKey, int[] owners, int[] stakeholders) {
        this.id = id;
        this.problem = problem;
        this.solution = solution;
        this.origin = origin;
        this.depth = depth;
        this.proposer = proposer;
        this.sector = sector;
        this.weekProposed = week;
        this.isNew = isNew;
        this.isUseful = isUseful;
        this.queueKey = week + queueKey;
        this.owners = owners;
        this.stakeholders = stakeholders;
        this.delivered = solution;
    }

    public Stage stage() {
        return stage;
    }

    public boolean fromArena() {
        return depth != null;
    }

    /** Joins an equal proposal: its owners and stakeholders, its depth if deeper, its arena judgement if this has none. */
    void merge(Depth otherDepth, int[] otherOwners, int[] otherStakeholders, double otherJudgement) {
        owners = union(owners, otherOwners);
        stakeholders = union(stakeholders, otherStakeholders);
        if (otherDepth != null && (depth == null || otherDepth.ordinal() > depth.ordinal())) depth = otherDepth;
        if (Double.isNaN(arenaJudgedValue)) arenaJudgedValue = otherJudgement;
    }

    static int[] union(int[] a, int[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b.clone();
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return Arrays.stream(all).distinct().toArray();
    }
}
