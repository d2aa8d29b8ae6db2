package cocreation.model;

import cocreation.model.rules.ProceduralJustice;
import cocreation.model.rules.Recombination;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The municipality's decision process. Proposals queue for review; a proposal equal to a pending
 * idea merges into it. Each week the review hours (less the leaders' attention and the first
 * readings, which take unread proposals in turn as far as their share of the hours goes) go to the queue, sponsored
 * proposals first, then in turn (week proposed, then a random key: not the phase that made them) or
 * best first reading first, unread last ({@link QueueOrder}, {@link Review}); approved ideas are funded at once, or under
 * plans and targets at the next plan in order of judged gain; funded ideas are produced
 * ({@link Production}) and then spread ({@link Diffusion}). Every proposal ends in exactly one
 * counted stage, and its proposers and participants learn from how it was treated.
 */
public final class Pipeline implements Steppable {
    private static final long serialVersionUID = 4L;
    private static final Comparator<Idea> IN_TURN =
            Comparator.comparing((Idea i) -> !i.sponsored).thenComparingDouble(i -> i.queueKey);
    private static final Comparator<Idea> BEST_READ_FIRST = Comparator.comparing((Idea i) -> !i.sponsored)
            .thenComparingDouble(i -> -i.reading).thenComparingDouble(i -> i.queueKey);

    private final List<Idea> queue = new ArrayList<>();
    private final List<Idea> approved = new ArrayList<>();
    private final List<HashMap<Long, Idea>> pending = new ArrayList<>();
    final Production production = new Production();
    private int nextId;

    /** An individual proposes its own idea. */
    void submitIndividual(Municipality m, Actor a) {
        submit(m, m.problems[a.problem], a.role, a.sector, a.idea, null, new int[0], new int[] {a.id}, Double.NaN);
    }

    /** An arena proposes its solution; co-designers and thick co-creators own it; all participants learn its fate. */
    void submitFromArena(Municipality m, Problem p, Actor champion, long solution, Depth depth, int[] participants,
                         double judgedValue) {
        int[] owners = depth == Depth.CONSULTATION ? new int[0] : participants;
        double judgement = depth == Depth.CONSULTATION ? Double.NaN : judgedValue;
        submit(m, p, champion.role, champion.sector, solution, depth, owners, participants, judgement);
        m.metrics.arenaProposals++;
    }

    private void submit(Municipality m, Problem p, Role role, int sector, long solution, Depth depth, int[] owners,
                        int[] stakeholders, double judgement) {
        Metrics c = m.metrics;
        Origin origin = Origin.of(depth);
        c.proposedBy[origin.ordinal()]++;
        int minParts = (int) Math.ceil(m.scenario().problems.novelty_distance * p.landscape.parts());
        boolean isNew = p.isNew(solution, Math.max(1, minParts));
        boolean isUseful = p.landscape.value(solution) > p.practiceValue();
        c.noveltySum += Recombination.distance(solution, p.practice(), p.landscape.parts());
        if (!isNew) c.notNew++;
        else if (!isUseful) c.notUseful++;
        else c.useful++;
        if (isNew) c.isNew++;
        Idea same = pendingFor(m, p.index).get(solution);
        if (same != null) {
            same.merge(depth, owners, stakeholders, judgement);
            c.ended[origin.ordinal()][Idea.Stage.MERGED.ordinal()]++;
            return;
        }
        Idea idea = new Idea(nextId++, p.index, solution, origin, depth, role, sector, m.week, isNew, isUseful,
                m.random.nextDouble(), owners, stakeholders);
        idea.arenaJudgedValue = judgement;
        pendingFor(m, p.index).put(solution, idea);
        queue.add(idea);
    }

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        MersenneTwisterFast r = m.random;
        Scenario s = m.scenario();
        Institutions inst = m.currentInstitutions();
        double reviewHours = s.municipality.review_hours_per_1000 * m.thousands();
        reviewHours -= Leadership.attend(m, queue, r);
        if (QueueOrder.of(s.decisions.queue_order) == QueueOrder.FIRST_READING) {
            queue.sort(IN_TURN); // unread proposals are read in turn; those the hours do not reach wait, last
            reviewHours -= Review.readNew(m, queue, reviewHours * s.decisions.reading_share, r);
            queue.sort(BEST_READ_FIRST);
        } else queue.sort(IN_TURN);
        while (!queue.isEmpty() && reviewHours > 0) {
            Idea idea = queue.remove(0);
            Review.Outcome o = Review.review(m, idea, inst, r);
            reviewHours -= o.hours();
            if (o.stage() != Idea.Stage.APPROVED) end(m, idea, o.stage());
            else if (inst.decision() == DecisionMode.PLANS_AND_TARGETS) {
                idea.stage = Idea.Stage.APPROVED;
                idea.weekStarts = m.week + o.delay();
                approved.add(idea);
            } else production.fund(m, idea, inst, o.delay(), r);
        }
        if (!approved.isEmpty() && (inst.decision() != DecisionMode.PLANS_AND_TARGETS || planWeek(m))) plan(m, inst, r);
        production.week(m, r);
        for (Iterator<Idea> it = queue.iterator(); it.hasNext(); ) {
            Idea idea = it.next();
            if (m.week - idea.weekProposed > s.municipality.shelf_life) {
                it.remove();
                end(m, idea, Idea.Stage.SHELVED);
            }
        }
    }

    private static boolean planWeek(Municipality m) {
        return (m.week - 1) % m.scenario().municipality.plan_cycle_weeks == 0;
    }

    /**
     * The plan: approved ideas are judged again (deliberately, against practice now); those no
     * longer better are withdrawn, the rest funded in order of judged gain as far as the budget goes,
     * keeping back what running costs (arenas, protected time) will need until the budget year ends.
     */
    private void plan(Municipality m, Institutions inst, MersenneTwisterFast r) {
        double noise = m.scenario().behaviour.system2_noise;
        HashMap<Idea, Double> judged = new HashMap<>();
        for (Idea idea : approved) judged.put(idea, Review.gainNow(m, idea, idea.solution) + noise * r.nextGaussian());
        approved.sort(Comparator.comparingDouble((Idea i) -> -judged.get(i)).thenComparingInt(i -> i.id));
        double reserve = runningReserve(m);
        for (Idea idea : approved) {
            if (judged.get(idea) <= 0) end(m, idea, Idea.Stage.WITHDRAWN);
            else production.fund(m, idea, inst, Math.max(0, idea.weekStarts - m.week), r, reserve);
        }
        approved.clear();
    }

    /**
     * What running costs will take until the budget year ends: at last year's weekly rate early in
     * a year (one week's spending is lumpy), at this year's rate after a quarter.
     */
    private static double runningReserve(Municipality m) {
        int elapsed = (m.week - 1) % 52 + 1;
        boolean early = elapsed < 13 && m.week > 52;
        double perWeek = early ? m.runningSpendLastYear / 52 : m.runningSpend / elapsed;
        return perWeek * (52 - elapsed + 1);
    }

    /**
     * A problem leaves the agenda: every idea still pending for it (queued, approved, in production
     * or spreading) ends as overtaken, in the order they were proposed.
     */
    void overtake(Municipality m, int problem) {
        if (pending.size() <= problem) return;
        List<Idea> gone = new ArrayList<>(pending.get(problem).values());
        gone.sort(Comparator.comparingInt(i -> i.id));
        for (Idea idea : gone) {
            queue.remove(idea);
            approved.remove(idea);
            production.remove(idea);
            m.diffusion.remove(idea);
            end(m, idea, Idea.Stage.OVERTAKEN);
        }
    }

    /** Ends an idea in a stage: counts it by origin and stage, and its stakeholders learn how it was treated. */
    void end(Municipality m, Idea idea, Idea.Stage stage) {
        if (!stage.end) throw new IllegalStateException("not an end: " + stage);
        boolean reviewed = idea.stage != Idea.Stage.QUEUED;
        idea.stage = stage;
        pendingFor(m, idea.problem).remove(idea.solution);
        Metrics c = m.metrics;
        c.ended[idea.origin.ordinal()][stage.ordinal()]++;
        if (stage == Idea.Stage.IN_USE) c.timeToUseSum += idea.weekUsed - idea.weekProposed;
        boolean heard = stage != Idea.Stage.NOT_HEARD && stage != Idea.Stage.SHELVED
                && (stage != Idea.Stage.OVERTAKEN || reviewed);
        m.experience(idea.stakeholders, ProceduralJustice.outcome(heard, stage == Idea.Stage.IN_USE,
                m.scenario().trust.procedural_weight));
    }

    /** The ideas pending for a problem, by solution. */
    private HashMap<Long, Idea> pendingFor(Municipality m, int problem) {
        while (pending.size() < m.problems.length) pending.add(new HashMap<>());
        return pending.get(problem);
    }

    /** Ideas waiting for review or the plan, or in production. */
    public int active() {
        return queue.size() + approved.size() + production.size();
    }

    /** The review queue as it stands (read-only; for tests). */
    List<Idea> queue() {
        return java.util.Collections.unmodifiableList(queue);
    }

    public int queued() {
        return queue.size();
    }

    public int inProduction() {
        return production.size();
    }

    /** Ideas not yet ended, from proposal to put to use (for the accounting: proposed = ended + pending). */
    public int pending() {
        int n = 0;
        for (HashMap<Long, Idea> byProblem : pending) n += byProblem.size();
        return n;
    }
}
