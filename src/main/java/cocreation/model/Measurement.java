package cocreation.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Records one row of every {@link Metric} at the end of each week: the shared sums, then each metric's reporter. */
final class Measurement implements Steppable {
    private static final long serialVersionUID = 3L;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        Metrics c = m.metrics;
        double[] r = new double[Metric.values().length];
        double habit = 0, trust = 0, institutional = 0, fatigue = 0, ideas = 0, participantsTrust = 0;
        int participants = 0;
        for (Actor a : m.actors) {
            habit += a.habit;
            trust += a.generalizedTrust;
            institutional += a.institutionalTrust;
            if (cameToAnArena(m, a)) {
                participantsTrust += a.institutionalTrust;
                participants++;
            }
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
        Week w = new Week(m, c, habit, trust, institutional, fatigue, ideas, practice, expectation, n, proposed, arenaUsed, putToUse,
                participants == 0 ? Double.NaN : participantsTrust / participants);
        for (Metric x : Metric.values()) r[x.ordinal()] = x.report(w);
        c.record(r);
        c.weekDecisions = 0;
        c.weekSystem2 = 0;
    }

    private static boolean cameToAnArena(Municipality m, Actor a) {
        for (Arena arena : m.arenas) if (arena.attendance[a.id] > 0) return true;
        return false;
    }

    /**
     * What the metrics read at the end of a week: the model, its counters, and the sums over actors
     * and problems that several metrics share (taken once per week).
     */
    record Week(Municipality m, Metrics c, double habit, double trust, double institutional, double fatigue, double ideas,
                double practice, double expectation, int n, long proposed, long arenaUsed, long putToUse,
                double participantsTrust) {
    }
}
