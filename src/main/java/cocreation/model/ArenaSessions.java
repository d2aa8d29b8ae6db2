package cocreation.model;

import cocreation.model.rules.Diversity;
import cocreation.model.rules.Encounter;
import cocreation.model.rules.ProceduralJustice;
import cocreation.model.rules.SessionTiming;
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
 * held if at least two come and the budget pays for them and the room (a better room costs more),
 * and it costs each participant its hours (staff in working time cost the municipality's, with the
 * overtime premium for hours the timing dial puts outside it). In co-design and thick co-creation the participants define the problem (the one most of
 * them care about, unless the arena has one); they are seated at tables (mixed as far as the
 * composition dial says) and work in groups ({@link GroupWork}); the plenary (deliberate as often
 * as the curiosity dial says, biased to the powerful unless inclusive language equalises voices)
 * picks the table solution it judges best and proposes it, unless it judges it no better than
 * practice. Time together (sharing) lets participants meet others across the room. Each
 * participant leaves having felt heard or not, an experience of the municipality (procedural
 * justice). Humour breaks patterns: it loosens participants' habits.
 */
final class ArenaSessions implements Steppable {
    private static final long serialVersionUID = 3L;
    /** Conversations a participant has in an hour of time together. */
    static final double MEETINGS_PER_HOUR = 2;
    /** Most people a participant meets in the time together of one session. */
    static final int MOST_MEETINGS = 16;

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
        if (people.length < 2 || !m.spendRunning(people.length * costPerParticipant(plan))) {
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
        java.util.Set<Integer> heard = new java.util.HashSet<>();
        for (int[] table : seat(m, people, plan.table_size, f.composition, r)) {
            GroupWork.Result result = GroupWork.run(m, table, problem, plan, depth, r);
            for (int id : result.heard()) heard.add(id);
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
        together(m, people, plan, r);
        voice(m, people, heard);
        Metrics c = m.metrics;
        for (int id : people) {
            Actor a = m.actors[id];
            arena.attended(a, m.week);
            spendHours(m, a, plan.duration_hours, f.timing);
            a.habit -= 0.1 * f.humour * a.habit; // humour breaks patterns
        }
        c.arenaGainSum += best.value() - problem.practiceValue();
        arena.lastParticipants = people;
        arena.lastSessionWeek = m.week;
        c.sessions++;
        c.participations += people.length;
        c.latestArenaDiversity = diversity(m, people);
        c.latestArenaTrust = trustPairs == 0 ? Double.NaN : trustSum / trustPairs;
        Actor champion = m.actors[best.champion()];
        double judged = Thinking.judge(m, best.value(), roomDeliberates, 0, false, r);
        if (best.solution() == problem.practice() || judged <= Thinking.judge(m, problem.practiceValue(), roomDeliberates, 0, false, r))
            return;
        m.pipeline.submitFromArena(m, problem, champion, best.solution(), depth, people, judged + s.decisions.ownership_bias);
    }

    /**
     * A participant's hours: its own time, except for staff, whose hours in working time are the
     * municipality's (taken from in-house production) and whose hours outside it are both their own
     * evening and paid with the overtime premium ({@link SessionTiming}).
     */
    static void spendHours(Municipality m, Actor a, double hours, double timing) {
        double own = a.role.staff() ? SessionTiming.ownHours(hours, timing) : hours;
        a.spendTime(own);
        m.metrics.participantHours += own;
        if (!a.role.staff()) return;
        double staff = SessionTiming.staffHours(hours, timing);
        m.staffHoursOwed += staff;
        m.metrics.staffHoursInArenas += staff;
    }

    /** A session's cost per participant: the plan's, for a room of physical setting 0.5; a room at dial d costs 0.5 + d times as much. */
    static double costPerParticipant(ArenaPlan plan) {
        return plan.cost_per_participant * (0.5 + plan.facilitation.physical_setting);
    }

    /** Conversations each participant has in the session's time together: two an hour, 16 at most. */
    static int meetings(ArenaPlan plan) {
        double hours = plan.duration_hours * GroupWork.TOGETHER * plan.facilitation.sharing;
        return (int) Math.min(MOST_MEETINGS, Math.round(hours * MEETINGS_PER_HOUR));
    }

    /**
     * Time together (Kniffin et al. 2015; Allport 1954): each participant talks with others drawn from
     * the whole room, one experience each under the session's safety, sharing as far as trust allows;
     * strangers become acquainted.
     */
    private static void together(Municipality m, int[] people, ArenaPlan plan, MersenneTwisterFast r) {
        int meetings = meetings(plan);
        double safety = plan.facilitation.safe_atmosphere;
        for (int id : people) {
            Actor a = m.actors[id];
            for (int k = 0; k < meetings; k++) {
                int other = people[r.nextInt(people.length - 1)];
                if (other == id) other = people[people.length - 1];
                Actor b = m.actors[other];
                boolean bothShare = r.nextDouble() < Encounter.shareProbability(GroupWork.trustIn(m, a, new int[] {other}), safety)
                        && r.nextDouble() < Encounter.shareProbability(GroupWork.trustIn(m, b, new int[] {id}), safety);
                GroupWork.meet(m, a, b, bothShare, false, safety, 1, r);
            }
        }
    }

    /**
     * Each participant leaves having been heard or not (Tyler 1990; Lind, Kanfer & Earley 1990): an
     * experience of the municipality before anything is decided, kept apart from how its proposal is
     * later treated (7.9).
     */
    private static void voice(Municipality m, int[] people, java.util.Set<Integer> heard) {
        double weight = m.scenario().trust.procedural_weight;
        int[] yes = people.clone(), no = people.clone();
        int y = 0, n = 0;
        for (int id : people) {
            if (heard.contains(id)) yes[y++] = id;
            else no[n++] = id;
        }
        m.metrics.heard += y;
        m.experience(Arrays.copyOf(yes, y), ProceduralJustice.outcome(true, false, weight));
        m.experience(Arrays.copyOf(no, n), ProceduralJustice.outcome(false, false, weight));
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
