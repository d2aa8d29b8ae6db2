package cocreation.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Records one row of every {@link Metric} at the end of each week. */
final class Measurement implements Steppable {
    private static final long serialVersionUID = 3L;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        Metrics c = m.metrics;
        double[] r = new double[Metric.values().length];
        double habit = 0, trust = 0, institutional = 0, fatigue = 0, ideas = 0;
        for (Actor a : m.actors) {
            habit += a.habit;
            trust += a.generalizedTrust;
            institutional += a.institutionalTrust;
            fatigue += a.fatigue();
            ideas += a.ideaValue(m.problems[a.problem].landscape);
        }
        double practice = 0, expectation = 0;
        for (Problem p : m.problems) {
            practice += p.practiceValue();
            expectation += p.expectation();
        }
        practice /= m.problems.length;
        expectation /= m.problems.length;
        int n = m.actors.length;
        long proposed = c.proposed(), arenaUsed = 0;
        for (Origin o : Origin.values()) if (o != Origin.INDIVIDUAL) arenaUsed += c.ended(o, Idea.Stage.IN_USE);
        long putToUse = c.ended(Idea.Stage.IN_USE);
        set(r, Metric.STEP, m.week());
        set(r, Metric.IDEAS_PROPOSED, proposed);
        set(r, Metric.ARENA_IDEAS_PROPOSED, c.arenaProposals);
        set(r, Metric.INNOVATIONS_NEW, c.isNew);
        set(r, Metric.INNOVATIONS_USEFUL, c.useful);
        set(r, Metric.INNOVATIONS_USED, c.used);
        set(r, Metric.IDEAS_NOT_NEW, c.notNew);
        set(r, Metric.IDEAS_NOT_USEFUL, c.notUseful);
        set(r, Metric.IDEAS_MERGED, c.ended(Idea.Stage.MERGED));
        set(r, Metric.IDEAS_NOT_HEARD, c.ended(Idea.Stage.NOT_HEARD));
        set(r, Metric.IDEAS_SHELVED, c.ended(Idea.Stage.SHELVED));
        set(r, Metric.IDEAS_REJECTED, c.ended(Idea.Stage.REJECTED));
        set(r, Metric.IDEAS_UNFUNDED, c.ended(Idea.Stage.UNFUNDED));
        set(r, Metric.IDEAS_NO_BIDDER, c.ended(Idea.Stage.NO_BIDDER));
        set(r, Metric.IDEAS_STALLED, c.ended(Idea.Stage.STALLED));
        set(r, Metric.IDEAS_WITHDRAWN, c.ended(Idea.Stage.WITHDRAWN));
        set(r, Metric.IDEAS_NOT_ADOPTED, c.ended(Idea.Stage.NOT_ADOPTED));
        set(r, Metric.IDEAS_PUT_TO_USE, putToUse);
        set(r, Metric.IDEAS_HARMFUL, c.harmful);
        set(r, Metric.ARENA_IDEAS_PUT_TO_USE, arenaUsed);
        set(r, Metric.IDEAS_IN_PIPELINE, m.pipeline.active() + m.diffusion.active());
        set(r, Metric.IDEA_NOVELTY_MEAN, proposed == 0 ? Double.NaN : c.noveltySum / proposed);
        set(r, Metric.IDEA_VALUE_MEAN, ideas / n);
        set(r, Metric.PRACTICE_VALUE, practice);
        set(r, Metric.EXPECTATION, expectation);
        set(r, Metric.EXPECTATION_GAP, expectation - practice);
        set(r, Metric.POLITICAL_PRESSURE, m.politicalPressure);
        set(r, Metric.INSTITUTIONAL_TRUST, institutional / n);
        set(r, Metric.SYSTEM2_SHARE, c.weekDecisions == 0 ? Double.NaN : c.weekSystem2 / (double) c.weekDecisions);
        set(r, Metric.HABIT_MEAN, habit / n);
        set(r, Metric.FATIGUE_MEAN, fatigue / n);
        set(r, Metric.TRUST_WITHIN, m.network.trustWithin());
        set(r, Metric.TRUST_BETWEEN, m.network.trustBetween());
        set(r, Metric.GENERALIZED_TRUST, trust / n);
        set(r, Metric.CROSS_SECTOR_TIE_SHARE, m.network.crossSectorShare());
        set(r, Metric.TIES, m.network.ties());
        set(r, Metric.BRIDGING_TIES, m.network.bridgingTies());
        set(r, Metric.RELATIONAL_VALUE, m.network.bridgingCapital());
        set(r, Metric.ARENA_SESSIONS, c.sessions);
        set(r, Metric.ARENA_SESSIONS_CANCELLED, c.sessionsCancelled);
        set(r, Metric.ARENA_PARTICIPANTS, c.participations);
        set(r, Metric.ARENA_TRUST, c.latestArenaTrust);
        set(r, Metric.ARENA_IDEA_GAIN, c.sessions == 0 ? Double.NaN : c.arenaGainSum / c.sessions);
        set(r, Metric.ARENA_CONFLICT_SHARE, c.tables == 0 ? Double.NaN : c.tablesInConflict / (double) c.tables);
        set(r, Metric.ARENA_DIVERSITY, c.latestArenaDiversity);
        set(r, Metric.PARTICIPANT_HOURS, c.participantHours);
        set(r, Metric.BUDGET_SPENT, c.budgetSpent);
        set(r, Metric.VALUE_GAINED, c.valueGained);
        set(r, Metric.VALUE_DRIFT, c.valueDrift);
        set(r, Metric.COST_PER_VALUE, c.valueGained > 0 ? c.budgetSpent / c.valueGained : Double.NaN);
        set(r, Metric.TIME_TO_USE_MEAN, putToUse == 0 ? Double.NaN : c.timeToUseSum / putToUse);
        set(r, Metric.KNOWLEDGE_SHARED, c.shared);
        c.record(r);
        c.weekDecisions = 0;
        c.weekSystem2 = 0;
    }

    private static void set(double[] row, Metric m, double v) {
        row[m.ordinal()] = v;
    }
}
