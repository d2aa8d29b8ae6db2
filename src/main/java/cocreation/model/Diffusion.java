package cocreation.model;

import cocreation.model.rules.Adoption;
import cocreation.model.rules.Recombination;
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
 * the network, Bass-style, judged by each user against practice now: deliberate users (those who
 * thought slowly in the last four weeks) on merit, others fast, with noise and a preference for the
 * familiar, so that some take up an idea worse than practice. Adopted neighbours persuade as far as
 * the user trusts them, and open users adopt sooner ({@link Adoption}). Co-creators who use the problem
 * adopt with a chance of their own (ownership). Leaders' championing multiplies the announcement.
 * Once enough users have adopted, the idea is put to use and becomes practice; its net gain
 * (which may be a loss) is counted, and adopters carry it into their own thinking.
 */
public final class Diffusion implements Steppable {
    private static final long serialVersionUID = 4L; // 4: version 0.7.1 keeps trusted adopters per user
    private final List<Spread> spreading = new ArrayList<>();
    /** Scratch: adopted neighbours per actor for the spread being stepped; all zero between uses. */
    private int[] adoptedNeighbours = new int[0];
    /** Scratch: per user, the summed trust in its adopted neighbours; all zero between uses. */
    private double[] trustedAdopters = new double[0];
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

    /** How good an idea looks this week, to a fast and to a deliberate judge. */
    private record Appeal(double fast, double slow) {
        double of(Actor a, int week) {
            return a.lastSystem2Week >= week - 4 ? slow : fast;
        }

        double most() {
            return Math.max(fast, slow);
        }
    }

    void start(Municipality m, Idea idea) {
        spreading.add(new Spread(idea, m.actors.length));
        idea.stage = Idea.Stage.DIFFUSING;
        idea.weekDiffusionEnds = m.week + m.scenario().problems.adoption_horizon;
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
        if (adoptedNeighbours.length != m.actors.length) {
            adoptedNeighbours = new int[m.actors.length];
            trustedAdopters = new double[m.actors.length];
        }
        int rank = 0;
        for (Iterator<Spread> it = spreading.iterator(); it.hasNext(); rank++) {
            Spread s = it.next();
            Problem problem = m.problems[s.idea.problem];
            int[] users = m.directory.usersOf[s.idea.problem];
            double gain = problem.landscape.value(s.idea.delivered) - problem.practiceValue();
            double change = Recombination.distance(s.idea.delivered, problem.practice(), problem.landscape.parts());
            var b = sc.behaviour;
            Appeal appeal = new Appeal(Adoption.appeal(gain, b.system1_noise, b.familiarity_bias * change),
                    Adoption.appeal(gain, b.system2_noise, 0));
            double external = b.adoption_external * (rank < m.championed ? 1 + sc.leaders.champion_boost : 1);
            owners(m, s, appeal);
            week(m, s, appeal, external, users, sc);
            if (users.length > 0 && s.userAdopters >= sc.problems.adoption_threshold * users.length) {
                it.remove();
                putToUse(m, s, problem, users);
            } else if (m.week >= s.idea.weekDiffusionEnds) {
                it.remove();
                m.pipeline.end(m, s.idea, Idea.Stage.NOT_ADOPTED);
            }
        }
    }

    /** Co-creators who use the problem know the idea: each adopts with the ownership chance, as good as it looks to them. */
    private static void owners(Municipality m, Spread s, Appeal appeal) {
        double chance = m.scenario().behaviour.ownership_adoption;
        for (int id : s.idea.owners) {
            if (s.adopted[id] || m.directory.problemOf[id] != s.idea.problem) continue;
            Actor a = m.actors[id];
            if (m.random.nextDouble() < chance * appeal.of(a, m.week) * Adoption.openToChange(a.habit, a.openness))
                adopt(m, s, id);
        }
    }

    /**
     * One week of adoption. Users next to adopters get the full Bass chance, their adopted
     * neighbours weighted by their trust in them. For everyone else only the external term applies;
     * those few are found by geometric skipping (thinning an independent chance per user at the most
     * appealing judgement and the most open, then accepting at the user's own), so a week costs the
     * adopters' ties plus the adoptions, not a draw for every user.
     */
    private void week(Municipality m, Spread s, Appeal appeal, double external, int[] users, Scenario sc) {
        MersenneTwisterFast r = m.random;
        double imitation = sc.behaviour.adoption_imitation;
        int frontier = countAdoptedNeighbours(m, s);
        byte[] problemOf = m.directory.problemOf;
        for (int i = 0; i < frontier; i++) {
            int v = touched[i];
            if (s.adopted[v] || problemOf[v] != s.idea.problem) continue;
            Actor u = m.actors[v];
            double share = trustedAdopters[u.id] / m.network.degree(u.id);
            if (r.nextDouble() < Adoption.probability(external, imitation, share, appeal.of(u, m.week), u.habit, u.openness))
                adopt(m, s, u.id);
        }
        double most = appeal.most(), q = external * most * Adoption.MOST_OPEN;
        if (q > 0) {
            double logMiss = Math.log1p(-Math.min(q, 1 - 1e-12));
            for (long i = skip(r, logMiss); i < users.length; i += 1 + skip(r, logMiss)) {
                int u = users[(int) i];
                if (s.adopted[u] || adoptedNeighbours[u] > 0) continue;
                Actor a = m.actors[u];
                double accept = appeal.of(a, m.week) / most * Adoption.openToChange(a.habit, a.openness) / Adoption.MOST_OPEN;
                if (r.nextDouble() < accept) adopt(m, s, u);
            }
        }
        for (int i = 0; i < frontier; i++) {
            adoptedNeighbours[touched[i]] = 0;
            trustedAdopters[touched[i]] = 0;
        }
    }

    /** Failures before the next success of a Bernoulli chance with log(1 - q) = logMiss. */
    private static long skip(MersenneTwisterFast r, double logMiss) {
        double g = Math.floor(Math.log1p(-r.nextDouble()) / logMiss);
        return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (long) g;
    }

    /**
     * Counts adopted neighbours around the adopters and, for users who have not adopted, sums their
     * trust in them; returns how many actors were touched.
     */
    private int countAdoptedNeighbours(Municipality m, Spread s) {
        byte[] problemOf = m.directory.problemOf;
        SocialNetwork net = m.network;
        int problem = s.idea.problem, n = 0;
        for (int i = 0; i < s.adopterCount; i++) {
            if (i % ReadAhead.BLOCK == 0)
                readAhead += ReadAhead.block(m.actors, m.network, s.adopters, i, Math.min(s.adopterCount, i + ReadAhead.BLOCK));
            int a = s.adopters[i];
            for (int k = 0, d = net.degree(a); k < d; k++) {
                int v = net.other(a, k);
                if (problemOf[v] == problem && !s.adopted[v]) trustedAdopters[v] += net.trust(v, net.back(a, k));
                if (adoptedNeighbours[v]++ == 0) {
                    if (n == touched.length) touched = Arrays.copyOf(touched, Math.max(16, n * 2));
                    touched[n++] = v;
                }
            }
        }
        return n;
    }

    /** The idea becomes practice; its net gain against the practice it replaces is counted, loss or not. */
    private static void putToUse(Municipality m, Spread s, Problem problem, int[] users) {
        Idea idea = s.idea;
        Metrics c = m.metrics;
        double before = problem.practiceValue();
        problem.adopt(idea.delivered);
        double value = problem.practiceValue(), net = value - before;
        c.valueGained += net;
        idea.harmful = net < 0;
        if (idea.harmful) c.harmful++;
        else if (net > 0 && idea.isNew) c.used++;
        idea.weekUsed = m.week;
        m.pipeline.end(m, idea, Idea.Stage.IN_USE);
        for (int id : users) if (s.adopted[id]) m.actors[id].setIdea(idea.delivered, value, problem.landscape);
    }

    /** Stops spreading an idea (its problem left the agenda). */
    void remove(Idea idea) {
        spreading.removeIf(s -> s.idea == idea);
    }

    /** Ideas spreading now. */
    public int active() {
        return spreading.size();
    }
}
