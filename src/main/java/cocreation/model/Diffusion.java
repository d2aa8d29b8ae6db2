package cocreation.model;

import cocreation.model.rules.Adoption;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Implemented ideas spread among their users (the actors who care about the problem) through
 * the network, Bass-style. Co-creators who produced an idea (thick) use it from the start, and
 * half of those who designed it (co-design) do, which seeds adoption around them. Once enough
 * users have adopted, the idea is put to use and becomes practice; adopters carry it into their
 * own thinking.
 */
public final class Diffusion implements Steppable {
    private static final long serialVersionUID = 1L;
    private final List<Spread> spreading = new ArrayList<>();
    /** Scratch: adopted neighbours per actor for the spread being stepped; all zero between uses. */
    private int[] adoptedNeighbours = new int[0];
    /** Scratch: the actors whose count is non-zero. */
    private int[] touched = new int[16];
    /** Sum of the values read ahead ({@link ReadAhead}); kept so that the reads are not optimised away. */
    private transient long readAhead;

    /** One idea spreading: who has adopted it. */
    static final class Spread implements Serializable {
        private static final long serialVersionUID = 1L;
        final Idea idea;
        final boolean[] adopted;
        int[] adopters = new int[16];
        int adopterCount;
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
        if (s.adopterCount == s.adopters.length) s.adopters = Arrays.copyOf(s.adopters, s.adopterCount * 2);
        s.adopters[s.adopterCount++] = id;
        if (m.directory.problemOf[id] == s.idea.problem) s.userAdopters++;
    }

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        Scenario sc = m.scenario();
        if (adoptedNeighbours.length != m.actors.length) adoptedNeighbours = new int[m.actors.length];
        for (Iterator<Spread> it = spreading.iterator(); it.hasNext(); ) {
            Spread s = it.next();
            Problem problem = m.problems[s.idea.problem];
            int[] users = m.directory.usersOf[s.idea.problem];
            week(m, s, s.idea.value - problem.practiceValue(), users, sc);
            if (users.length > 0 && s.userAdopters >= sc.problems.adoption_threshold * users.length) {
                it.remove();
                putToUse(m, s, problem, users);
            } else if (m.week >= s.idea.weekDiffusionEnds) {
                it.remove();
                m.pipeline.end(m, s.idea, Idea.Stage.NOT_ADOPTED);
            }
        }
    }

    /**
     * One week of adoption. Users next to adopters get the full Bass chance. For everyone else only
     * the external term applies; those few are found by geometric skipping (thinning an
     * independent chance per user), so a week costs the adopters' ties plus the adoptions, not
     * a draw for every user.
     */
    private void week(Municipality m, Spread s, double gain, int[] users, Scenario sc) {
        MersenneTwisterFast r = m.random;
        double external = sc.behaviour.adoption_external, imitation = sc.behaviour.adoption_imitation;
        int frontier = countAdoptedNeighbours(m, s);
        byte[] problemOf = m.directory.problemOf;
        for (int i = 0; i < frontier; i++) {
            int v = touched[i];
            if (s.adopted[v] || problemOf[v] != s.idea.problem) continue;
            Actor u = m.actors[v];
            double share = adoptedNeighbours[u.id] / (double) u.degree;
            if (r.nextDouble() < Adoption.probability(external, imitation, share, gain, u.habit)) adopt(m, s, u.id);
        }
        double q = external * Adoption.appeal(gain);
        if (q > 0) {
            double logMiss = Math.log1p(-Math.min(q, 1 - 1e-12));
            for (long i = skip(r, logMiss); i < users.length; i += 1 + skip(r, logMiss)) {
                int u = users[(int) i];
                if (s.adopted[u] || adoptedNeighbours[u] > 0) continue;
                if (r.nextDouble() < Adoption.openToChange(m.actors[u].habit)) adopt(m, s, u);
            }
        }
        for (int i = 0; i < frontier; i++) adoptedNeighbours[touched[i]] = 0;
    }

    /** Failures before the next success of a Bernoulli chance with log(1 - q) = logMiss. */
    private static long skip(MersenneTwisterFast r, double logMiss) {
        double g = Math.floor(Math.log1p(-r.nextDouble()) / logMiss);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) g;
    }

    /** Counts adopted neighbours around the adopters; returns how many actors were touched. */
    private int countAdoptedNeighbours(Municipality m, Spread s) {
        int n = 0;
        for (int i = 0; i < s.adopterCount; i++) {
            if (i % ReadAhead.BLOCK == 0)
                readAhead += ReadAhead.block(m.actors, s.adopters, i, Math.min(s.adopterCount, i + ReadAhead.BLOCK));
            Actor a = m.actors[s.adopters[i]];
            for (int k = 0; k < a.degree; k++) {
                int v = a.tieTo(k);
                if (adoptedNeighbours[v]++ == 0) {
                    if (n == touched.length) touched = Arrays.copyOf(touched, Math.max(16, n * 2));
                    touched[n++] = v;
                }
            }
        }
        return n;
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
