package cocreation.model;

import cocreation.model.rules.Judgement;
import cocreation.model.rules.Recombination;
import cocreation.scenario.Decisions;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * Reviewing one proposal, on its value now against practice now (ODD 7.4). Under gatekept access a
 * frontline official first screens lay proposals quickly. A manager of the idea's sector then
 * judges it in the mode the felt time pressure allows (deliberate review takes twice the hours);
 * with probability formality a formal assessment informs the decision accurately but costs hours
 * and weeks, and rules written for practice reject changed ideas. An arena's endorsement is
 * information: its own judgement of the value, weighted; in a partnership the participants judge
 * afresh and share the decision, weighted by how often they came (so the usual suspects weigh
 * most), which takes weeks and their time. Under hierarchy a political leader must confirm.
 */
final class Review {
    private Review() {
    }

    /** The decision (NOT_HEARD, REJECTED or APPROVED), the review hours used and the weeks before funding. */
    record Outcome(Idea.Stage stage, double hours, int delay) {
    }

    static Outcome review(Municipality m, Idea idea, Institutions inst, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        double hours = 0;
        int delay = 0;
        double gain = gainNow(m, idea, idea.solution), change = changeNow(m, idea);
        boolean lay = idea.origin == Origin.INDIVIDUAL && idea.proposer.kind != Role.Kind.OFFICIAL;
        if (lay && inst.access() == Access.GATEKEPT) {
            Actor screener = m.directory.decisionMaker(m.actors, idea.sector, r, m.directory.frontlineBySector);
            boolean slow = screener != null && Thinking.decide(m, screener, r, m.officialsPressure, 0);
            hours += s.municipality.hours_per_review / 4 * (slow ? 2 : 1);
            if (judge(m, gain, change, slow, r) <= 0) return new Outcome(Idea.Stage.NOT_HEARD, hours, 0);
        }
        Actor dm = m.directory.decisionMaker(m.actors, idea.sector, r);
        boolean slow = dm == null || idea.sponsored || Thinking.decide(m, dm, r, m.officialsPressure, 0);
        hours += s.municipality.hours_per_review * (slow ? 2 : 1);
        Decisions d = s.decisions;
        boolean assessed = r.nextDouble() < s.municipality.formality;
        if (assessed) {
            hours += d.assessment_hours;
            delay += d.assessment_weeks;
        }
        if (r.nextDouble() < Math.min(1, s.municipality.formality * d.rule_conflict * change))
            return new Outcome(Idea.Stage.REJECTED, hours, delay);
        double assessment = gain + s.behaviour.system2_noise * r.nextGaussian();
        double own = assessed ? assessment : judge(m, gain, change, slow, r);
        double judged = withEndorsement(m, idea, own, inst, r);
        if (inst.decision() == DecisionMode.PARTNERSHIP && isCoCreated(idea)) delay += d.consensus_weeks;
        boolean approved = judged > 0;
        if (approved && inst.decision() == DecisionMode.HIERARCHY && m.directory.politicians.length > 0) {
            Actor leader = m.actors[m.directory.politicians[r.nextInt(m.directory.politicians.length)]];
            boolean leaderSlow = Thinking.decide(m, leader, r, m.officialsPressure, 0);
            hours += s.municipality.hours_per_review * (leaderSlow ? 2 : 1);
            approved = withEndorsement(m, idea, assessed ? assessment : judge(m, gain, change, leaderSlow, r), inst, r) > 0;
        }
        return new Outcome(approved ? Idea.Stage.APPROVED : Idea.Stage.REJECTED, hours, delay);
    }

    /**
     * First readings, as far as {@code available} review hours go: a frontline official of each
     * unread proposal's sector (else any official; a manager or political leader in a town without
     * officials) reads it in the mode the felt time pressure allows and judges its gain over practice
     * now. Proposals are read in the order of {@code queue}; a reading started finishes, the rest wait
     * unread for the next week's hours (ODD 7.4). Returns the review hours the readings took.
     */
    static double readNew(Municipality m, java.util.List<Idea> queue, double available, MersenneTwisterFast r) {
        double hours = 0, each = m.scenario().decisions.reading_hours;
        for (Idea idea : queue) {
            if (hours >= available) break;
            if (!Double.isNaN(idea.reading)) continue;
            Actor reader = m.directory.decisionMaker(m.actors, idea.sector, r, m.directory.frontlineBySector);
            if (reader == null) reader = m.directory.decisionMaker(m.actors, idea.sector, r);
            boolean slow = reader == null || Thinking.decide(m, reader, r, m.officialsPressure, 0);
            idea.reading = judge(m, gainNow(m, idea, idea.solution), changeNow(m, idea), slow, r);
            hours += each * (slow ? 2 : 1);
        }
        return hours;
    }

    /** A decision maker's judgement of a gain: merit when deliberate; noise and status-quo bias when fast. */
    private static double judge(Municipality m, double gain, double change, boolean slow, MersenneTwisterFast r) {
        var b = m.scenario().behaviour;
        return Judgement.perceived(gain, slow, change, false, r.nextGaussian(), b.system1_noise, b.system2_noise,
                b.status_quo_bias, 0);
    }

    private static boolean isCoCreated(Idea idea) {
        return idea.depth == Depth.CO_DESIGN || idea.depth == Depth.THICK;
    }

    /**
     * The reviewer's judgement with the arena's: its judgement at the session (weight
     * endorsement_weight) or, in a partnership, its participants' judgement now (weight partnership_share).
     */
    private static double withEndorsement(Municipality m, Idea idea, double own, Institutions inst, MersenneTwisterFast r) {
        if (!isCoCreated(idea) || idea.owners.length == 0) return own;
        Decisions d = m.scenario().decisions;
        if (inst.decision() == DecisionMode.PARTNERSHIP) return (1 - d.partnership_share) * own + d.partnership_share * partners(m, idea, r);
        if (Double.isNaN(idea.arenaJudgedValue)) return own;
        double arena = idea.arenaJudgedValue - m.problems[idea.problem].practiceValue();
        return (1 - d.endorsement_weight) * own + d.endorsement_weight * arena;
    }

    /** The participants' shared judgement now: each judges in their own mode, overrating what they made; weighted by sessions attended. */
    private static double partners(Municipality m, Idea idea, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        double gain = gainNow(m, idea, idea.solution), sum = 0, weights = 0;
        for (int id : idea.owners) {
            Actor a = m.actors[id];
            boolean slow = Thinking.decide(m, a, r, m.feltPressure(a), 0);
            a.spendTime(s.decisions.consensus_hours);
            m.metrics.participantHours += s.decisions.consensus_hours;
            double judged = Judgement.perceived(gain, slow, 0, false, r.nextGaussian(), s.behaviour.system1_noise,
                    s.behaviour.system2_noise, 0, 0) + s.decisions.ownership_bias;
            double w = 1 + sessionsAttended(m, id);
            sum += w * judged;
            weights += w;
        }
        return sum / weights;
    }

    private static int sessionsAttended(Municipality m, int id) {
        int n = 0;
        for (Arena a : m.arenas) n += a.attendance[id];
        return n;
    }

    /** A solution's value now minus practice's value now. */
    static double gainNow(Municipality m, Idea idea, long solution) {
        Problem p = m.problems[idea.problem];
        return p.landscape.value(solution) - p.practiceValue();
    }

    private static double changeNow(Municipality m, Idea idea) {
        Problem p = m.problems[idea.problem];
        return Recombination.distance(idea.solution, p.practice(), p.landscape.parts());
    }
}
