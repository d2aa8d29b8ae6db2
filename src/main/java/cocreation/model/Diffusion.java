package cocreation.model;

import cocreation.model.rules.Adoption;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Implemented ideas spread among their users (the actors who care about the problem) through
 * the network, Bass-style. Co-creators who produced an idea (thick) use it from the start, and
 * half of those who designed it (co-design) do, which seeds adoption around them. Once enough users have adopted, the idea is put to use and becomes
 * practice; adopters carry it into their own thinking.
 */
public final class Diffusion implements Steppable {
    private static final long serialVersionUID = 1L;
    private final List<Spread> spreading = new ArrayList<>();

    /** One idea spreading: who has adopted it. */
    static final class Spread implements Serializable {
        private static final long serialVersionUID = 1L;
        final Idea idea;
        final boolean[] adopted;
        int userAdopters;

        Spread(Idea idea, int actors) {
            this.idea = idea;
            this.adopted = new boolean[actors];
        }
    }

    void start(Municipality m, Idea idea) {
        Spread s = new Spread(idea, m.actors.length);
        double owning = idea.depth == Depth.THICK ? 1 : 0.5;
        for (int owner : idea.owners) if (m.random.nextDouble() < owning) adopt(m, s, owner);
        idea.stage = Idea.Stage.DIFFUSING;
        idea.weekDiffusionEnds = m.week + m.scenario().problems.adoption_horizon;
        spreading.add(s);
    }

    private static void adopt(Municipality m, Spread s, int id) {
        if (s.adopted[id]) return;
        s.adopted[id] = true;
        if (m.actors[id].problem == s.idea.problem) s.userAdopters++;
    }

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        MersenneTwisterFast r = m.random;
        Scenario sc = m.scenario();
        for (Iterator<Spread> it = spreading.iterator(); it.hasNext(); ) {
            Spread s = it.next();
            Problem problem = m.problems[s.idea.problem];
            double gain = s.idea.value - problem.practiceValue();
            int[] users = m.directory.usersOf[s.idea.problem];
            for (int id : users) {
                if (s.adopted[id]) continue;
                Actor u = m.actors[id];
                double p = Adoption.probability(sc.behaviour.adoption_external, sc.behaviour.adoption_imitation,
                        adoptedShare(m, s, u), gain, u.habit);
                if (r.nextDouble() < p) adopt(m, s, id);
            }
            if (users.length > 0 && s.userAdopters >= sc.problems.adoption_threshold * users.length) {
                it.remove();
                putToUse(m, s, problem, users);
            } else if (m.week >= s.idea.weekDiffusionEnds) {
                it.remove();
                m.pipeline.end(m, s.idea, Idea.Stage.NOT_ADOPTED);
            }
        }
    }

    private static double adoptedShare(Municipality m, Spread s, Actor u) {
        if (u.degree == 0) return 0;
        int n = 0;
        for (int k = 0; k < u.degree; k++) if (s.adopted[u.tieTo[k]]) n++;
        return n / (double) u.degree;
    }

    private static void putToUse(Municipality m, Spread s, Problem problem, int[] users) {
        Idea idea = s.idea;
        double before = problem.practiceValue();
        double value = problem.landscape.value(idea.solution);
        problem.adopt(idea.solution);
        m.metrics.valueGained += Math.max(0, value - before);
        idea.weekUsed = m.week;
        m.pipeline.end(m, idea, Idea.Stage.IN_USE);
        for (int id : users) if (s.adopted[id]) m.actors[id].setIdea(idea.solution, value, problem.landscape);
    }

    /** Ideas spreading now. */
    public int active() {
        return spreading.size();
    }
}
