package cocreation.model;

import cocreation.model.rules.Diversity;
import cocreation.model.rules.ProceduralJustice;
import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Facilitation;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Arena sessions due this week. Participants are recruited ({@link Recruitment}); a session is
 * held if at least two come and the budget pays for them, and it costs each participant its
 * hours. In co-design and thick co-creation the participants define the problem (the one most of
 * them care about, unless the arena has one); they are seated at tables (mixed as far as the
 * composition dial says) and work in groups ({@link GroupWork}); the plenary (deliberate as often
 * as the curiosity dial says, biased to the powerful unless inclusive language equalises voices)
 * picks the table solution it judges best and proposes it, unless it judges it no better than
 * practice. Humour breaks patterns: it loosens participants' habits.
 */
final class ArenaSessions implements Steppable {
    private static final long serialVersionUID = 3L;

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        for (Arena arena : m.arenas) if (arena.meetsIn(m.week)) hold(m, arena, m.random);
    }

    private static void hold(Municipality m, Arena arena, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        ArenaPlan plan = arena.plan;
        int[] people = Recruitment.recruit(m, arena, r);
        arena.held++;
        if (people.length < 2 || !m.spendRunning(people.length * plan.cost_per_participant)) {
            m.metrics.sessionsCancelled++;
            return;
        }
        Depth depth = arena.depth();
        Facilitation f = plan.facilitation;
        Problem problem = m.problems[definesProblem(arena, depth) ? chosenBy(m, people) : arena.problemFor(m)];
        GroupWork.Result best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        // curiosity: the plenary asks before it answers, judging deliberately with this chance
        boolean roomDeliberates = r.nextDouble() < f.curiosity;
        double trustSum = 0;
        long trustPairs = 0;
        for (int[] table : seat(m, people, plan.table_size, f.composition, r)) {
            GroupWork.Result result = GroupWork.run(m, table, problem, plan, depth, r);
            trustSum += result.trustSum();
            trustPairs += result.trustPairs();
            m.metrics.tables++;
            if (result.conflict()) m.metrics.tablesInConflict++;
            double score = Thinking.judge(m, result.value(), roomDeliberates, 0, false, r)
                    + (1 - f.inclusive_language) * 0.01 * m.actors[result.champion()].role.power;
            if (score > bestScore) {
                bestScore = score;
                best = result;
            }
        }
        for (int id : people) {
            Actor a = m.actors[id];
            arena.attended(a, m.week);
            a.spendTime(plan.duration_hours);
            a.habit -= 0.1 * f.humour * a.habit; // humour breaks patterns
        }
        Metrics c = m.metrics;
        c.participantHours += people.length * plan.duration_hours;
        c.arenaGainSum += best.value() - problem.practiceValue();
        arena.lastParticipants = people;
        arena.lastSessionWeek = m.week;
        c.sessions++;
        c.participations += people.length;
        c.latestArenaDiversity = diversity(m, people);
        c.latestArenaTrust = trustPairs == 0 ? Double.NaN : trustSum / trustPairs;
        Actor champion = m.actors[best.champion()];
        double judged = Thinking.judge(m, best.value(), roomDeliberates, 0, false, r);
        if (best.solution() == problem.practice() || judged <= Thinking.judge(m, problem.practiceValue(), roomDeliberates, 0, false, r)) {
            m.experience(people, ProceduralJustice.outcome(true, false, s.trust.procedural_weight));
            return;
        }
        m.pipeline.submitFromArena(m, problem, champion, best.solution(), depth, people, judged + s.decisions.ownership_bias);
    }

    /** Co-design and thick co-creation define the problem with the participants, unless the arena has a fixed one or recruits experts for one. */
    private static boolean definesProblem(Arena arena, Depth depth) {
        return depth != Depth.CONSULTATION && arena.plan.problem < 0 && arena.recruitment() != Recruitment.Mode.EXPERTS;
    }

    /** The problem most participants care about (the lowest index among equals). */
    static int chosenBy(Municipality m, int[] people) {
        int[] count = new int[m.problems.length];
        for (int id : people) count[m.actors[id].problem]++;
        int best = 0;
        for (int p = 1; p < count.length; p++) if (count[p] > count[best]) best = p;
        return best;
    }

    /**
     * Tables of about {@code size}: a share {@code composition} of the participants, drawn at random, are
     * dealt round the tables in order of sector, level and background, so that each table gets one of
     * every kind in turn (composition 1: the most mixed tables); the others fill the remaining seats in
     * that order, so that they sit with their own kind (composition 0: tables of like people).
     */
    static List<int[]> seat(Municipality m, int[] people, int size, double composition, MersenneTwisterFast r) {
        int backgrounds = m.scenario().population.backgrounds;
        Integer[] order = new Integer[people.length];
        for (int i = 0; i < people.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> {
            Actor a = m.actors[people[x]], b = m.actors[people[y]];
            int ka = (a.sector * 4 + a.role.level) * backgrounds + a.background, kb = (b.sector * 4 + b.role.level) * backgrounds + b.background;
            return ka != kb ? Integer.compare(ka, kb) : Integer.compare(x, y);
        });
        int count = Math.max(1, people.length / size);
        int[] seats = new int[count];
        for (int t = 0; t < count; t++) seats[t] = (t + 1) * people.length / count - t * people.length / count;
        List<List<Integer>> tables = new ArrayList<>();
        for (int t = 0; t < count; t++) tables.add(new ArrayList<>());
        boolean[] mixer = new boolean[people.length];
        for (int i = 0; i < people.length; i++) mixer[i] = r.nextDouble() < composition;
        int deal = 0;
        for (Integer i : order) {
            if (!mixer[i]) continue;
            while (tables.get(deal % count).size() >= seats[deal % count]) deal++;
            tables.get(deal++ % count).add(people[i]);
        }
        int fill = 0;
        for (Integer i : order) {
            if (mixer[i]) continue;
            while (tables.get(fill).size() >= seats[fill]) fill++;
            tables.get(fill).add(people[i]);
        }
        List<int[]> out = new ArrayList<>();
        for (List<Integer> t : tables) out.add(t.stream().mapToInt(Integer::intValue).toArray());
        return out;
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
