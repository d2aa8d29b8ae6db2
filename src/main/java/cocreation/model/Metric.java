package cocreation.model;

import java.util.function.ToDoubleFunction;

/**
 * The measured series, one column each in {@code timeseries.csv}: stable names, documented meaning,
 * and how each is read off the week ({@link Measurement.Week}).
 * Counts of events are cumulative since week 1. Every proposal ends in exactly one of the
 * {@code ideas_*} end stages or is still in the pipeline.
 */
public enum Metric {
    STEP("week number (1 = first week)",
            w -> w.m().week()),
    IDEAS_PROPOSED("ideas proposed to the municipality, by individuals and arenas (cumulative)",
            w -> w.proposed()),
    INNOVATIONS_NEW("proposed ideas that are new: far enough from current and all past practice (cumulative)",
            w -> w.c().isNew),
    INNOVATIONS_USEFUL("new ideas that were also useful when proposed: more valuable than practice then (cumulative)",
            w -> w.c().useful),
    INNOVATIONS_USED("new ideas put to use that beat the practice they replaced when put to use (cumulative)",
            w -> w.c().used),
    IDEAS_NOT_NEW("proposed ideas that failed the test of being new (cumulative)",
            w -> w.c().notNew),
    IDEAS_NOT_USEFUL("new ideas that failed the test of being useful when proposed (cumulative)",
            w -> w.c().notUseful),
    IDEAS_MERGED("proposals equal to a pending idea, merged into it with their owners (cumulative)",
            w -> w.c().ended(Idea.Stage.MERGED)),
    IDEAS_NOT_HEARD("proposals a gatekeeper screened out before review (cumulative)",
            w -> w.c().ended(Idea.Stage.NOT_HEARD)),
    IDEAS_SHELVED("proposals left in the review queue too long (cumulative)",
            w -> w.c().ended(Idea.Stage.SHELVED)),
    IDEAS_REJECTED("proposals rejected for conflict with rules or by the decision makers (cumulative)",
            w -> w.c().ended(Idea.Stage.REJECTED)),
    IDEAS_UNFUNDED("approved ideas the budget could not pay for (cumulative)",
            w -> w.c().ended(Idea.Stage.UNFUNDED)),
    IDEAS_NO_BIDDER("approved ideas put out to tender that no qualified business could take (cumulative)",
            w -> w.c().ended(Idea.Stage.NO_BIDDER)),
    IDEAS_STALLED("co-produced ideas whose team fell below two before the work was done (cumulative)",
            w -> w.c().ended(Idea.Stage.STALLED)),
    IDEAS_WITHDRAWN("approved ideas stopped because an assessment or the plan found them no better than practice any more (cumulative)",
            w -> w.c().ended(Idea.Stage.WITHDRAWN)),
    IDEAS_NOT_ADOPTED("implemented ideas too few users adopted in time (cumulative)",
            w -> w.c().ended(Idea.Stage.NOT_ADOPTED)),
    IDEAS_OVERTAKEN("ideas still pending when their problem left the agenda (cumulative)",
            w -> w.c().ended(Idea.Stage.OVERTAKEN)),
    IDEAS_PUT_TO_USE("implemented ideas put to use: adopted by enough users, they became practice (cumulative)",
            w -> w.putToUse()),
    IDEAS_HARMFUL("ideas put to use although worse than the practice they replaced (cumulative)",
            w -> w.c().harmful),
    ARENA_IDEAS_PUT_TO_USE("ideas put to use that an arena proposed or joined (cumulative)",
            w -> w.arenaUsed()),
    IDEAS_IN_PIPELINE("ideas waiting for review or the plan, in production or spreading now",
            w -> w.m().pipeline.active() + w.m().diffusion.active()),
    IDEA_NOVELTY_MEAN("mean share of parts in which proposed ideas differ from practice when proposed",
            w -> w.proposed() == 0 ? Double.NaN : w.c().noveltySum / w.proposed()),
    IDEA_VALUE_MEAN("mean value of the ideas actors hold for the problems they care about",
            w -> w.ideas() / w.n()),
    PRACTICE_VALUE("mean value of current practice over problems (0..1, NK landscape value)",
            w -> w.practice()),
    EXPECTATION("mean of citizens' expectations of practice value",
            w -> w.expectation()),
    EXPECTATION_GAP("expectation minus practice value (positive: expectations not met)",
            w -> w.expectation() - w.practice()),
    POLITICAL_PRESSURE("political pressure on officials from the expectation gap (0..1)",
            w -> w.m().politicalPressure),
    INSTITUTIONAL_TRUST("mean trust in the municipality (0..1)",
            w -> w.institutional() / w.n()),
    PARTICIPANTS_TRUST("mean trust in the municipality of those who have come to an arena session (0..1; empty before the first)",
            w -> w.participantsTrust()),
    SYSTEM2_SHARE("share of this week's decisions made deliberately (System 2)",
            w -> w.c().weekDecisions == 0 ? Double.NaN : w.c().weekSystem2 / (double) w.c().weekDecisions),
    HABIT_MEAN("mean habit strength (0..1)",
            w -> w.habit() / w.n()),
    FATIGUE_MEAN("mean fatigue: share of the week's free time already owed (0..1)",
            w -> w.fatigue() / w.n()),
    TRUST_WITHIN("mean trust on ties within a sector",
            w -> w.m().network.trustWithin()),
    TRUST_BETWEEN("mean trust on ties across sectors (a mean over existing ties: many new cross-sector ties can lower it)",
            w -> w.m().network.trustBetween()),
    GENERALIZED_TRUST("mean generalised trust",
            w -> w.trust() / w.n()),
    CROSS_SECTOR_TIE_SHARE("share of ties that cross sectors",
            w -> w.m().network.crossSectorShare()),
    TIES("number of ties",
            w -> w.m().network.ties()),
    BRIDGING_TIES("ties across sectors per 100 actors",
            w -> w.m().network.bridgingTies()),
    RELATIONAL_VALUE("bridging social capital: trust-weighted cross-sector ties per 100 actors",
            w -> w.m().network.bridgingCapital()),
    ARENA_SESSIONS("arena sessions held (cumulative)",
            w -> w.c().sessions),
    ARENA_IDEAS_PROPOSED("ideas proposed by arena sessions (cumulative)",
            w -> w.c().arenaProposals),
    ARENA_SESSIONS_CANCELLED("arena sessions cancelled because fewer than two came or the budget could not pay (cumulative)",
            w -> w.c().sessionsCancelled),
    ARENA_PARTICIPANTS("participations in arena sessions (cumulative)",
            w -> w.c().participations),
    ARENA_TRUST("mean trust of the latest session's participants in their table-mates just after it (strangers at generalised trust; empty before the first)",
            w -> w.c().latestArenaTrust),
    ARENA_IDEA_GAIN("mean value gain over practice of the best solution of each arena session",
            w -> w.c().sessions == 0 ? Double.NaN : w.c().arenaGainSum / w.c().sessions),
    ARENA_CONFLICT_SHARE("share of arena tables so far that fell into relationship conflict (empty before the first)",
            w -> w.c().tables == 0 ? Double.NaN : w.c().tablesInConflict / (double) w.c().tables),
    ARENA_HEARD_SHARE("share of arena participations so far in which the participant felt heard (empty before the first)",
            w -> w.c().participations == 0 ? Double.NaN : w.c().heard / (double) w.c().participations),
    ARENA_DIVERSITY("diversity of the latest session's participants: mean normalised Blau index over sector, role and background",
            w -> w.c().latestArenaDiversity),
    PARTICIPANT_HOURS("free hours spent in arenas, co-production and shared decisions (cumulative)",
            w -> w.c().participantHours),
    STAFF_HOURS_IN_ARENAS("staff hours (frontline staff and managers) that arena sessions took from in-house production and coordination, with the overtime premium on hours outside working time (cumulative)",
            w -> w.c().staffHoursInArenas),
    BUDGET_SPENT("budget spent on implementation, tenders, arenas and protected time (cumulative, budget units)",
            w -> w.c().budgetSpent),
    VALUE_GAINED("net change of practice value from ideas put to use, losses included, summed over problems (cumulative)",
            w -> w.c().valueGained),
    VALUE_DRIFT("change of practice value from a changing environment, summed over problems (cumulative)",
            w -> w.c().valueDrift),
    PROBLEMS_REPLACED("problems that left the agenda, each replaced by a new problem of the same users (cumulative)",
            w -> w.c().problemsReplaced),
    VALUE_TURNOVER("change of practice value from problems replaced: new practice minus old, summed (cumulative)",
            w -> w.c().valueTurnover),
    COST_PER_VALUE("budget spent per unit of net value gained (empty while the net value gained is not positive)",
            w -> w.c().valueGained > 0 ? w.c().budgetSpent / w.c().valueGained : Double.NaN),
    TIME_TO_USE_MEAN("mean weeks from proposal to use, over ideas put to use",
            w -> w.putToUse() == 0 ? Double.NaN : w.c().timeToUseSum / w.putToUse()),
    KNOWLEDGE_SHARED("times an actor shared their idea: with the neighbour who met them, or with their arena table (cumulative)",
            w -> w.c().shared);

    public final String meaning;
    /** How the metric is read off the week's state, beside its name (as Mesa's model reporters). */
    private final ToDoubleFunction<Measurement.Week> reporter;

    Metric(String meaning, ToDoubleFunction<Measurement.Week> reporter) {
        this.meaning = meaning;
        this.reporter = reporter;
    }

    /** This week's value. */
    double report(Measurement.Week w) {
        return reporter.applyAsDouble(w);
    }

    /** The column name: snake_case. */
    public String column() {
        return name().toLowerCase();
    }
}
