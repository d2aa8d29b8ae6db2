package cocreation.model;

import cocreation.scenario.ArenaPlan;
import java.io.Serializable;

/** A co-creation arena as it runs: its plan (read live), sessions held and who has attended. */
public final class Arena implements Serializable {
    private static final long serialVersionUID = 3L;
    public final int index;
    final ArenaPlan plan;
    final byte[] attendance;
    int held;
    int[] lastParticipants = new int[0];
    int lastSessionWeek = -1;

    Arena(int index, ArenaPlan plan, int actors) {
        this.index = index;
        this.plan = plan;
        this.attendance = new byte[actors];
    }

    /** Whether a session is due in this week. */
    boolean meetsIn(int week) {
        if (week < plan.start_week || (plan.sessions > 0 && held >= plan.sessions)) return false;
        return plan.every_weeks == 0 ? week == plan.start_week : (week - plan.start_week) % plan.every_weeks == 0;
    }

    /** How the arena recruits now (the plan is read live, so a lever moved in the window acts at the next session). */
    Recruitment.Mode recruitment() {
        return Recruitment.Mode.of(plan.recruitment);
    }

    /** How deep its co-creation goes now. */
    Depth depth() {
        return Depth.of(plan.depth);
    }

    /** The problem of the next (or current) session: fixed, or the problems in turn. */
    int problemFor(Municipality m) {
        return plan.problem >= 0 ? plan.problem : held % m.problems.length;
    }

    void attended(Actor a, int week) {
        a.lastArenaWeek = week;
        if (attendance[a.id] < Byte.MAX_VALUE) attendance[a.id]++;
    }

    public String name() {
        return plan.name;
    }

    public int sessionsHeld() {
        return held;
    }

    /** Ids of the participants of the latest session. */
    public int[] lastParticipants() {
        return lastParticipants.clone();
    }

    public int lastSessionWeek() {
        return lastSessionWeek;
    }
}
