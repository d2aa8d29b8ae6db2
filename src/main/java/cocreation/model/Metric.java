package cocreation.model;

/**
 * The measured series, one column each in {@code timeseries.csv}: stable names, documented meaning.
 * Counts of events are cumulative since week 1. Every proposal ends in exactly one of the
 * {@code ideas_*} end stages or is still in the pipeline.
 */
public enum Metric {
    STEP("week number (1 = first week)"),
    IDEAS_PROPOSED("ideas proposed to the municipality, by individuals and arenas (cumulative)"),
    INNOVATIONS_NEW("proposed ideas that are new: far enough from current and all past practice (cumulative)"),
    INNOVATIONS_USEFUL("new ideas that were also useful when proposed: more valuable than practice then (cumulative)"),
    INNOVATIONS_USED("new ideas put to use that beat the practice they replaced when put to use (cumulative)"),
    IDEAS_NOT_NEW("proposed ideas that failed the test of being new (cumulative)"),
    IDEAS_NOT_USEFUL("new ideas that failed the test of being useful when proposed (cumulative)"),
    IDEAS_MERGED("proposals equal to a pending idea, merged into it with their owners (cumulative)"),
    IDEAS_NOT_HEARD("proposals a gatekeeper screened out before review (cumulative)"),
    IDEAS_SHELVED("proposals left in the review queue too long (cumulative)"),
    IDEAS_REJECTED("proposals rejected for conflict with rules or by the decision makers (cumulative)"),
    IDEAS_UNFUNDED("approved ideas the budget could not pay for (cumulative)"),
    IDEAS_NO_BIDDER("approved ideas put out to tender that no qualified business could take (cumulative)"),
    IDEAS_STALLED("co-produced ideas whose team fell below two before the work was done (cumulative)"),
    IDEAS_WITHDRAWN("approved ideas stopped because an assessment or the plan found them no better than practice any more (cumulative)"),
    IDEAS_NOT_ADOPTED("implemented ideas too few users adopted in time (cumulative)"),
    IDEAS_PUT_TO_USE("implemented ideas put to use: adopted by enough users, they became practice (cumulative)"),
    IDEAS_HARMFUL("ideas put to use although worse than the practice they replaced (cumulative)"),
    ARENA_IDEAS_PUT_TO_USE("ideas put to use that an arena proposed or joined (cumulative)"),
    IDEAS_IN_PIPELINE("ideas waiting for review or the plan, in production or spreading now"),
    IDEA_NOVELTY_MEAN("mean share of parts in which proposed ideas differ from practice when proposed"),
    IDEA_VALUE_MEAN("mean value of the ideas actors hold for the problems they care about"),
    PRACTICE_VALUE("mean value of current practice over problems (0..1, NK landscape value)"),
    EXPECTATION("mean of citizens' expectations of practice value"),
    EXPECTATION_GAP("expectation minus practice value (positive: expectations not met)"),
    POLITICAL_PRESSURE("political pressure on officials from the expectation gap (0..1)"),
    INSTITUTIONAL_TRUST("mean trust in the municipality (0..1)"),
    SYSTEM2_SHARE("share of this week's decisions made deliberately (System 2)"),
    HABIT_MEAN("mean habit strength (0..1)"),
    FATIGUE_MEAN("mean fatigue: share of the week's free time already owed (0..1)"),
    TRUST_WITHIN("mean trust on ties within a sector"),
    TRUST_BETWEEN("mean trust on ties across sectors (a mean over existing ties: many new cross-sector ties can lower it)"),
    GENERALIZED_TRUST("mean generalised trust"),
    CROSS_SECTOR_TIE_SHARE("share of ties that cross sectors"),
    TIES("number of ties"),
    BRIDGING_TIES("ties across sectors per 100 actors"),
    RELATIONAL_VALUE("bridging social capital: trust-weighted cross-sector ties per 100 actors"),
    ARENA_SESSIONS("arena sessions held (cumulative)"),
    ARENA_IDEAS_PROPOSED("ideas proposed by arena sessions (cumulative)"),
    ARENA_SESSIONS_CANCELLED("arena sessions cancelled because fewer than two came or the budget could not pay (cumulative)"),
    ARENA_PARTICIPANTS("participations in arena sessions (cumulative)"),
    ARENA_TRUST("mean trust of the latest session's participants in their table-mates just after it (strangers at generalised trust; empty before the first)"),
    ARENA_IDEA_GAIN("mean value gain over practice of the best solution of each arena session"),
    ARENA_CONFLICT_SHARE("share of arena tables so far that fell into relationship conflict (empty before the first)"),
    ARENA_DIVERSITY("diversity of the latest session's participants: mean normalised Blau index over sector, role and background"),
    PARTICIPANT_HOURS("free hours spent in arenas, co-production and shared decisions (cumulative)"),
    BUDGET_SPENT("budget spent on implementation, tenders, arenas and protected time (cumulative, budget units)"),
    VALUE_GAINED("net change of practice value from ideas put to use, losses included, summed over problems (cumulative)"),
    VALUE_DRIFT("change of practice value from a changing environment, summed over problems (cumulative)"),
    COST_PER_VALUE("budget spent per unit of net value gained (empty while the net value gained is not positive)"),
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
