package cocreation.model;

import cocreation.model.rules.Judgement;
import cocreation.model.rules.Recombination;
import cocreation.scenario.Governance;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The municipality's decision process. Proposals queue for review, limited by capacity that time
 * pressure reduces. The regime decides whose proposals are heard, whether co-created ones come
 * first, whether a political leader must also approve, how production works and whether approved
 * ideas wait for the plan cycle. Procedures filter ideas far from practice; decision makers
 * thinking fast add status-quo bias, thinking slow judge on merit; arenas' endorsement counts.
 */
public final class Pipeline implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Proposals waiting longer than this are shelved. */
    public static final int SHELF_LIFE = 26;

    private final List<Idea> queue = new ArrayList<>();
    private final List<Idea> production = new ArrayList<>();
    private final Set<Long> pending = new HashSet<>();
    private int nextId;

    /** Proposes a solution; records whether it is new and useful. Duplicates of pending ideas are dropped. */
    void submit(Municipality m, Actor proposer, long solution, Depth depth, int[] owners) {
        Problem p = m.problems[proposer.problem];
        submit(m, p, proposer.role, proposer.sector, solution, depth, owners);
    }

    void submit(Municipality m, Problem p, Role role, int sector, long solution, Depth depth, int[] owners) {
        if (!pending.add(key(p.index, solution))) return;
        int minParts = (int) Math.ceil(m.scenario().problems.novelty_distance * p.landscape.parts());
        Idea idea = new Idea(nextId++, p.index, solution, p.landscape.value(solution), p.practiceValue(),
                p.isNew(solution, Math.max(1, minParts)), depth, role, sector, m.week, owners == null ? new int[0] : owners);
        Metrics c = m.metrics;
        c.proposed++;
        c.noveltySum += Recombination.distance(solution, p.practice(), p.landscape.parts());
        if (!idea.isNew) c.notNew++;
        else if (!idea.isUseful) c.notUseful++;
        else c.useful++;
        if (idea.isNew) c.isNew++;
        queue.add(idea);
    }

    private static long key(int problem, long solution) {
        return solution * 64 + problem;
    }

    @Override
    public void step(SimState state) {
        Municipality m = (Municipality) state;
        MersenneTwisterFast r = m.random;
        Governance g = m.scenario().municipality;
        Regime regime = m.currentRegime();
        double capacity = g.review_capacity * (1 - 0.5 * g.time_pressure);
        int reviews = (int) capacity + (r.nextDouble() < capacity - (int) capacity ? 1 : 0);
        for (int i = 0; i < reviews && !queue.isEmpty(); i++) review(m, takeNext(regime), regime, r);
        for (Iterator<Idea> it = queue.iterator(); it.hasNext(); ) {
            Idea idea = it.next();
            if (m.week - idea.weekProposed > SHELF_LIFE) {
                it.remove();
                end(m, idea, Idea.Stage.SHELVED);
            }
        }
        for (Iterator<Idea> it = production.iterator(); it.hasNext(); ) {
            Idea idea = it.next();
            if (idea.weekReady <= m.week) {
                it.remove();
                m.diffusion.start(m, idea);
            }
        }
    }

    private Idea takeNext(Regime regime) {
        if (regime.prioritisesArenas())
            for (int i = 0; i < queue.size(); i++) if (queue.get(i).fromArena()) return queue.remove(i);
        return queue.remove(0);
    }

    private void review(Municipality m, Idea idea, Regime regime, MersenneTwisterFast r) {
        boolean layVoice = idea.proposer.kind != Role.Kind.OFFICIAL && !idea.fromArena();
        if (layVoice && r.nextDouble() >= regime.citizenAccess()) {
            end(m, idea, Idea.Stage.NOT_HEARD);
            return;
        }
        Problem p = m.problems[idea.problem];
        double change = Recombination.distance(idea.solution, p.practice(), p.landscape.parts());
        Governance g = m.scenario().municipality;
        double procedural = Math.min(1, 3 * g.formality * regime.noveltyFilter() * change * m.inhibition());
        boolean approved = r.nextDouble() >= procedural
                && approves(m, m.directory.decisionMaker(m.actors, idea.sector, r), idea, p, change, regime, r);
        if (approved && regime.topDown() && m.directory.politicians.length > 0) {
            Actor leader = m.actors[m.directory.politicians[r.nextInt(m.directory.politicians.length)]];
            approved = approves(m, leader, idea, p, change, regime, r);
        }
        if (!approved) {
            end(m, idea, Idea.Stage.REJECTED);
            return;
        }
        double pooled = idea.depth == Depth.THICK ? Math.min(0.5, 0.01 * idea.owners.length) : 0;
        idea.cost = g.implementation_cost * (1 + 4 * change) * regime.productionCost() * (1 - pooled);
        if (!m.spend(idea.cost)) {
            end(m, idea, Idea.Stage.UNFUNDED);
            return;
        }
        int start = m.week;
        if (regime.waitsForPlanCycle()) start = ((m.week + g.plan_cycle_weeks - 1) / g.plan_cycle_weeks) * g.plan_cycle_weeks;
        idea.weekReady = start + (int) Math.round(regime.productionDelay() * (1 + g.formality * m.inhibition()));
        idea.stage = Idea.Stage.IN_PRODUCTION;
        production.add(idea);
    }

    /** A decision maker's judgement: status-quo bias when fast, merit when slow, plus endorsement. */
    private static boolean approves(Municipality m, Actor dm, Idea idea, Problem p, double change, Regime regime,
                                    MersenneTwisterFast r) {
        double gain = idea.value - p.practiceValue();
        if (dm == null) return gain > 0;
        boolean system2 = Thinking.decide(m, dm, r, 0.5 * m.scenario().municipality.leadership);
        var b = m.scenario().behaviour;
        double endorsement = idea.depth == Depth.THICK ? 0.02 : idea.depth == Depth.CO_DESIGN ? 0.01 : 0;
        double perceived = Judgement.perceived(gain, system2, change, false, r.nextGaussian(),
                b.system1_noise, b.system2_noise, b.status_quo_bias, 0);
        return perceived + endorsement * regime.coCreationWeight() > 0;
    }

    void end(Municipality m, Idea idea, Idea.Stage stage) {
        idea.stage = stage;
        pending.remove(key(idea.problem, idea.solution));
        Metrics c = m.metrics;
        switch (stage) {
            case NOT_HEARD: c.notHeard++; break;
            case SHELVED: c.shelved++; break;
            case REJECTED: c.rejected++; break;
            case UNFUNDED: c.unfunded++; break;
            case NOT_ADOPTED: c.notAdopted++; break;
            case IN_USE:
                c.putToUse++;
                c.timeToUseSum += idea.weekUsed - idea.weekProposed;
                if (idea.isNew && idea.isUseful) c.used++;
                break;
            default: throw new IllegalStateException("not an end: " + stage);
        }
    }

    /** Ideas waiting for review or in production. */
    public int active() {
        return queue.size() + production.size();
    }

    public int queued() {
        return queue.size();
    }

    public int inProduction() {
        return production.size();
    }
}
