package cocreation.model;

import java.io.Serializable;

/**
 * A proposal to the municipality: a candidate solution to a problem, and its way through the
 * three tests (new, useful, put to use) and the pipeline (review, funding, production, adoption).
 */
public final class Idea implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Where an idea stands, or where it stopped. */
    public enum Stage {
        QUEUED("waiting for review"), NOT_HEARD("not heard"), SHELVED("shelved"), REJECTED("rejected"),
        UNFUNDED("unfunded"), IN_PRODUCTION("in production"), DIFFUSING("spreading"),
        NOT_ADOPTED("not adopted"), IN_USE("put to use");

        public final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    public final int id;
    public final int problem;
    public final long solution;
    public final double value;
    public final double practiceValueThen;
    public final boolean isNew;
    public final boolean isUseful;
    /** Null for an individual's idea; the arena's depth otherwise. */
    public final Depth depth;
    public final Role proposer;
    public final int sector;
    public final int weekProposed;
    /** Ids of co-creators who own the idea (thick co-creation) or endorse it (co-design). */
    final int[] owners;
    double pooledShare;
    Stage stage = Stage.QUEUED;
    int weekReady = -1;
    int weekDiffusionEnds = -1;
    int weekUsed = -1;
    double cost;

    Idea(int id, int problem, long solution, double value, double practiceValueThen, boolean isNew,
         Depth depth, Role proposer, int sector, int week, int[] owners) {
        this.id = id;
        this.problem = problem;
        this.solution = solution;
        this.value = value;
        this.practiceValueThen = practiceValueThen;
        this.isNew = isNew;
        this.isUseful = value > practiceValueThen;
        this.depth = depth;
        this.proposer = proposer;
        this.sector = sector;
        this.weekProposed = week;
        this.owners = owners;
    }

    public Stage stage() {
        return stage;
    }

    public boolean fromArena() {
        return depth != null;
    }

    /** An innovation in the full sense: new, useful and put to use. */
    public boolean isInnovation() {
        return isNew && isUseful && stage == Stage.IN_USE;
    }
}
