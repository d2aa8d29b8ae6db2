package cocreation.model;

import cocreation.model.rules.Diversity;
import cocreation.model.rules.FacilitationEffects;
import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Arena sessions due this week. Time pressure may cancel a session unless leadership protects it;
 * participants are recruited, seated at tables (mixed as far as the composition dial says), work
 * in groups ({@link GroupWork}), and the plenary picks one table's solution to propose, with the
 * arena's depth. Facilitated pattern-breaking loosens participants' habits.
 */
final class ArenaSessions implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        for (Arena arena : m.arenas) if (arena.meetsIn(m.week)) hold(m, arena, m.random);
    }

    private static void hold(Municipality m, Arena arena, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        ArenaPlan plan = arena.plan;
        double cancel = 0.5 * s.municipality.time_pressure * (1 - s.municipality.leadership);
        int[] people = r.nextDouble() < cancel ? new int[0] : Recruitment.recruit(m, arena, r);
        if (people.length < 2 || !m.spend(people.length * plan.cost_per_participant)) {
            arena.held++;
            m.metrics.sessionsCancelled++;
            return;
        }
        FacilitationEffects effects = FacilitationEffects.of(plan.facilitation);
        Problem problem = m.problems[arena.problemFor(m)];
        GroupWork.Result best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        boolean roomDeliberates = r.nextDouble() < effects.deliberation();
        double trustSum = 0;
        long trustPairs = 0;
        for (int[] table : seat(m, people, plan.table_size, effects.mixing(), r)) {
            GroupWork.Result result = GroupWork.run(m, table, problem, plan, effects, r);
            trustSum += result.trustSum();
            trustPairs += result.trustPairs();
            double score = Thinking.judge(m, result.value(), roomDeliberates, 0, false, r)
                    + (1 - effects.voiceEquality()) * 0.01 * m.actors[result.champion()].role.power;
            if (score > bestScore) {
                bestScore = score;
                best = result;
            }
        }
        for (int id : people) {
            Actor a = m.actors[id];
            arena.attended(a, m.week);
            a.habit -= 0.1 * effects.patternBreak() * a.habit;
        }
        arena.held++;
        m.metrics.arenaGainSum += best.value() - problem.practiceValue();
        arena.lastParticipants = people;
        arena.lastSessionWeek = m.week;
        m.metrics.sessions++;
        m.metrics.participations += people.length;
        m.metrics.latestArenaDiversity = diversity(m, people);
        m.metrics.latestArenaTrust = trustPairs == 0 ? Double.NaN : trustSum / trustPairs;
        Depth depth = Depth.of(plan.depth);
        Actor champion = m.actors[best.champion()];
        int[] owners = depth == Depth.CONSULTATION ? null : people;
        m.pipeline.submit(m, problem, champion.role, champion.sector, best.solution(), depth, owners);
    }

    /** Tables: sorted by a key that mixes sector-and-background order with chance, then cut in turn. */
    static List<int[]> seat(Municipality m, int[] people, int size, double mixing, MersenneTwisterFast r) {
        int backgrounds = m.scenario().population.backgrounds;
        double groups = m.scenario().municipality.sectors * (double) backgrounds;
        double[] key = new double[people.length];
        Integer[] order = new Integer[people.length];
        for (int i = 0; i < people.length; i++) {
            Actor a = m.actors[people[i]];
            key[i] = (1 - mixing) * (a.sector * backgrounds + a.background) / groups + mixing * r.nextDouble();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> key[a] != key[b] ? Double.compare(key[a], key[b]) : Integer.compare(a, b));
        List<int[]> tables = new ArrayList<>();
        int count = Math.max(1, people.length / size);
        for (int t = 0; t < count; t++) {
            int from = t * people.length / count, to = (t + 1) * people.length / count;
            int[] table = new int[to - from];
            for (int i = from; i < to; i++) table[i - from] = people[order[i]];
            tables.add(table);
        }
        return tables;
    }

    static double diversity(Municipality m, int[] people) {
        int[] sectors = new int[m.scenario().municipality.sectors];
        int[] roles = new int[Role.values().length];
        int[] backgrounds = new int[m.scenario().population.backgrounds];
        for (int id : people) {
            Actor a = m.actors[id];
            sectors[a.sector]++;
            roles[a.role.ordinal()]++;
            backgrounds[a.background]++;
        }
        double sum = 0;
        int n = 0;
        for (int[] c : new int[][] {sectors, roles, backgrounds}) {
            if (c.length < 2) continue;
            sum += Diversity.normalizedBlau(c);
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}
