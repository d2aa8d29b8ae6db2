package cocreation.model;

import cocreation.model.rules.Judgement;
import cocreation.model.rules.Recombination;
import cocreation.scenario.Leaders;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Leadership as finite attention (Ocasio 1997). Each week managers and political leaders give
 * leadership x leader_hours each to innovation. It goes first to championing the innovations
 * spreading now, oldest first (a commitment, and championing does not ask whether the idea still
 * beats practice), then to sponsoring the queued proposals a leader judges best: sponsored
 * proposals are reviewed first and deliberately. The hours come out of the review hours. (Buying
 * officials protected time is leadership's other lever, paid from the budget: {@link Environment}.)
 */
final class Leadership {
    private Leadership() {
    }

    /** Spends this week's attention; returns the review hours it took. Sets how many spreading ideas are championed. */
    static double attend(Municipality m, List<Idea> queue, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        Leaders l = s.leaders;
        double attention = s.municipality.leadership * m.directory.leaders() * l.leader_hours;
        m.championed = (int) Math.min(m.diffusion.active(), Math.floor(attention / l.champion_hours));
        double used = m.championed * l.champion_hours;
        int sponsorships = (int) Math.floor((attention - used) / l.sponsor_hours);
        if (sponsorships > 0 && !queue.isEmpty()) used += sponsor(m, queue, sponsorships, r) * l.sponsor_hours;
        return used;
    }

    /** A leader judges the unsponsored queued proposals in one sitting and sponsors the best that look better than practice. */
    private static int sponsor(Municipality m, List<Idea> queue, int most, MersenneTwisterFast r) {
        int[] pool = m.directory.managers.length > 0 ? m.directory.managers : m.directory.politicians;
        if (pool.length == 0) return 0;
        Actor leader = m.actors[pool[r.nextInt(pool.length)]];
        boolean slow = Thinking.decide(m, leader, r, m.officialsPressure, 0);
        var b = m.scenario().behaviour;
        List<Idea> candidates = new ArrayList<>();
        List<Double> judged = new ArrayList<>();
        for (Idea idea : queue) {
            if (idea.sponsored) continue;
            Problem p = m.problems[idea.problem];
            double gain = p.landscape.value(idea.solution) - p.practiceValue();
            double change = Recombination.distance(idea.solution, p.practice(), p.landscape.parts());
            double v = Judgement.perceived(gain, slow, change, false, r.nextGaussian(), b.system1_noise, b.system2_noise,
                    b.status_quo_bias, 0);
            if (v > 0) {
                candidates.add(idea);
                judged.add(v);
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -judged.get(i)).thenComparingInt(i -> i));
        int n = Math.min(most, order.length);
        for (int i = 0; i < n; i++) candidates.get(order[i]).sponsored = true;
        return n;
    }
}
