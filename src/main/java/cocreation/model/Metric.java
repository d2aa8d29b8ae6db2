package cocreation.model;

/**
 * The measured series, one column each in {@code timeseries.csv}: stable names, documented meaning.
 * Counts of events are cumulative since week 1.
 */
public enum Metric {
    STEP("week number (1 = first week)"),
    IDEAS_PROPOSED("ideas proposed to the municipality (cumulative)"),
    INNOVATIONS_NEW("proposed ideas that are new: far enough from current and all past practice (cumulative)"),
    INNOVATIONS_USEFUL("new ideas that are also useful: more valuable than practice when proposed (cumulative)"),
    INNOVATIONS_USED("new, useful ideas that were put to use: implemented and adopted by enough users (cumulative)"),
    IDEAS_NOT_NEW("proposed ideas that failed the test of being new (cumulative)"),
    IDEAS_NOT_USEFUL("new ideas that failed the test of being useful (cumulative)"),
    IDEAS_NOT_HEARD("ideas from citizens or organisations the regime gave no hearing (cumulative)"),
    IDEAS_SHELVED("ideas left in the review queue too long (cumulative)"),
    IDEAS_REJECTED("ideas rejected by procedure or decision makers (cumulative)"),
    IDEAS_UNFUNDED("approved ideas the remaining budget could not pay for (cumulative)"),
    IDEAS_NOT_ADOPTED("implemented ideas too few users adopted in time (cumulative)"),
    IDEAS_PUT_TO_USE("implemented ideas put to use, new and useful or not (cumulative)"),
    IDEAS_IN_PIPELINE("ideas waiting for review, in production or spreading now"),
    IDEA_NOVELTY_MEAN("mean share of parts in which proposed ideas differ from practice when proposed"),
    IDEA_VALUE_MEAN("mean value of the ideas actors hold for the problems they care about"),
    PRACTICE_VALUE("mean value of current practice over problems (0..1, NK landscape value)"),
    EXPECTATION("mean of citizens' expectations of practice value"),
    EXPECTATION_GAP("expectation minus practice value (positive: expectations not met)"),
    SYSTEM2_SHARE("share of this week's decisions made deliberately (System 2)"),
    HABIT_MEAN("mean habit strength (0..1)"),
    TRUST_WITHIN("mean trust on ties within a sector"),
    TRUST_BETWEEN("mean trust on ties across sectors"),
    GENERALIZED_TRUST("mean generalised trust"),
    CROSS_SECTOR_TIE_SHARE("share of ties that cross sectors"),
    TIES("number of ties"),
    RELATIONAL_VALUE("bridging social capital: trust-weighted cross-sector ties per 100 actors"),
    ARENA_SESSIONS("arena sessions held (cumulative)"),
    ARENA_SESSIONS_CANCELLED("arena sessions cancelled for time pressure or lack of budget (cumulative)"),
    ARENA_PARTICIPANTS("participations in arena sessions (cumulative)"),
    ARENA_TRUST("mean trust of the latest session's participants in their table-mates just after it (strangers at generalised trust; empty before the first)"),
    ARENA_IDEA_GAIN("mean value gain over practice of the solutions arena sessions proposed"),
    ARENA_DIVERSITY("diversity of the latest session's participants: mean normalised Blau index over sector, role and background"),
    BUDGET_SPENT("budget spent on implementation and arenas (cumulative, budget units)"),
    VALUE_GAINED("sum of practice value gained when ideas were put to use (cumulative)"),
    COST_PER_VALUE("budget spent per unit of value gained (empty until value is gained)"),
    TIME_TO_USE_MEAN("mean weeks from proposal to use, over ideas put to use"),
    KNOWLEDGE_SHARED("times an actor shared their idea: with the neighbour who met them, or with their arena table (cumulative)");

    public final String meaning;

    Metric(String meaning) {
        this.meaning = meaning;
    }

    /** The column name: snake_case. */
    public String column() {
        return name().toLowerCase();
    }
}
