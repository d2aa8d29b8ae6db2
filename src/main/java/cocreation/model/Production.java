package cocreation.model;

import cocreation.model.rules.Encounter;
import cocreation.model.rules.Fidelity;
import cocreation.model.rules.Procurement;
import cocreation.model.rules.Recombination;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Producing funded ideas (ODD 7.5). In-house: the work takes staff hours, shared first come first
 * served, so ideas queue when staff are busy. Tender: the qualified businesses not already under
 * contract bid; none means no tender; with n bidders the price is cost plus the labour at the
 * hour price, marked up by bid_markup / n, plus the transaction cost; the contractor works its
 * hours after a procurement procedure. Co-production: the idea's co-creators and volunteers among
 * its users work their own free hours (less as they tire), organisations pool their capital, staff
 * coordinate; members drop out as trust in the municipality is low and fatigue high, and a team
 * below two stalls.
 * Ideas from thick arenas are always co-produced. What is delivered depends on what the producers
 * know ({@link Fidelity}); before launch a formal assessment (chance: formality) withdraws an idea
 * no longer better than practice.
 */
final class Production implements Serializable {
    private static final long serialVersionUID = 3L;
    private final List<Idea> ideas = new ArrayList<>();
    /** Businesses holding a contract, by actor id. */
    private boolean[] underContract = new boolean[0];

    int size() {
        return ideas.size();
    }

    /** Stops producing an idea (its problem left the agenda); a contractor is free again. */
    void remove(Idea idea) {
        if (ideas.remove(idea) && idea.contractor >= 0) underContract[idea.contractor] = false;
    }

    void fund(Municipality m, Idea idea, Institutions inst, int delay, MersenneTwisterFast r) {
        fund(m, idea, inst, delay, r, 0);
    }

    /** Costs and funds an approved idea, keeping {@code reserve} of the budget back; starts it, or ends it if it cannot go on. */
    void fund(Municipality m, Idea idea, Institutions inst, int delay, MersenneTwisterFast r, double reserve) {
        Scenario s = m.scenario();
        Problem p = m.problems[idea.problem];
        double grow = 1 + s.municipality.change_cost * Recombination.distance(idea.solution, p.practice(), p.landscape.parts());
        double cost = s.municipality.implementation_cost * grow, work = s.municipality.production_hours * grow;
        idea.mode = idea.depth == Depth.THICK ? ProductionMode.CO_PRODUCTION : inst.production();
        idea.weekStarts = m.week + delay;
        idea.work = work;
        switch (idea.mode) {
            case IN_HOUSE -> { }
            case TENDER -> {
                int[] bidders = bidders(m, idea, p);
                if (bidders.length == 0) {
                    m.pipeline.end(m, idea, Idea.Stage.NO_BIDDER);
                    return;
                }
                cost = Procurement.price(cost + work * s.production.hour_price, bidders.length, s.production.bid_markup,
                        s.production.contract_cost);
                idea.contractor = bidders[0];
                int procedure = (int) Math.round(s.production.tender_weeks * (1 + s.municipality.formality));
                idea.weekReady = idea.weekStarts + procedure + (int) Math.ceil(work / s.production.contractor_hours);
            }
            case CO_PRODUCTION -> {
                idea.team = CoProduction.team(m, idea, r);
                cost = Math.max(0, cost - CoProduction.pool(m, idea.team, cost));
            }
        }
        if (m.budgetLeft - reserve < cost || !m.spend(cost)) {
            m.pipeline.end(m, idea, Idea.Stage.UNFUNDED);
            return;
        }
        if (idea.mode == ProductionMode.CO_PRODUCTION && idea.team.length < 2) {
            m.pipeline.end(m, idea, Idea.Stage.STALLED);
            return;
        }
        if (idea.contractor >= 0) underContract[idea.contractor] = true;
        idea.cost = cost;
        idea.stage = Idea.Stage.IN_PRODUCTION;
        ideas.add(idea);
    }

    /** Free businesses that know enough of the changed parts, the one knowing most first. */
    private int[] bidders(Municipality m, Idea idea, Problem p) {
        if (underContract.length != m.actors.length) underContract = new boolean[m.actors.length];
        long changed = (idea.solution ^ p.practice()) & p.landscape.allParts();
        int need = (int) Math.ceil(m.scenario().production.qualification * Long.bitCount(changed));
        List<int[]> qualified = new ArrayList<>();
        for (int id : m.directory.businesses) {
            int known = Long.bitCount(m.actors[id].expertise & changed);
            if (!underContract[id] && known >= need) qualified.add(new int[] {id, known});
        }
        qualified.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
        return qualified.stream().mapToInt(q -> q[0]).toArray();
    }

    /** A week of work on every idea in production, in the order they were funded. */
    void week(Municipality m, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        double staff = s.municipality.staff_hours_per_1000 * m.thousands();
        double owed = Math.min(staff, m.staffHoursOwed); // staff who were in arenas are not at their desks
        staff -= owed;
        m.staffHoursOwed -= owed;
        for (Iterator<Idea> it = ideas.iterator(); it.hasNext(); ) {
            Idea idea = it.next();
            if (m.week < idea.weekStarts) continue;
            boolean done = false;
            switch (idea.mode) {
                case IN_HOUSE -> {
                    double hours = Math.min(idea.work, staff);
                    staff -= hours;
                    idea.work -= hours;
                    done = idea.work <= 1e-9;
                }
                case TENDER -> done = m.week >= idea.weekReady;
                case CO_PRODUCTION -> {
                    // without staff to coordinate, members wait (and may leave) but the work does not move
                    boolean coordinated = staff >= s.production.coordination_hours;
                    if (coordinated) staff -= s.production.coordination_hours;
                    idea.work -= CoProduction.work(m, idea, coordinated, r);
                    if (idea.team.length < 2) {
                        it.remove();
                        m.pipeline.end(m, idea, Idea.Stage.STALLED);
                        continue;
                    }
                    done = idea.work <= 1e-9;
                }
            }
            if (done) {
                it.remove();
                if (idea.contractor >= 0) underContract[idea.contractor] = false;
                launch(m, idea, r);
            }
        }
    }

    /** Delivers what the producers could make of the design; a formal assessment may withdraw it; else it spreads. */
    private void launch(Municipality m, Idea idea, MersenneTwisterFast r) {
        Scenario s = m.scenario();
        Problem p = m.problems[idea.problem];
        long known;
        double specifiable = 1;
        switch (idea.mode) {
            case TENDER -> {
                known = m.actors[idea.contractor].expertise;
                specifiable = Fidelity.specifiable(p.landscape.parts(), s.problems.wickedness);
            }
            case CO_PRODUCTION -> known = CoProduction.sharedExpertise(m, idea.team, r);
            default -> known = staffExpertise(m, idea.sector, r);
        }
        idea.delivered = Fidelity.deliver(idea.solution, p.practice(), known, s.production.fidelity_outside, specifiable,
                s.production.shading, r);
        if (r.nextDouble() < s.municipality.formality
                && Review.gainNow(m, idea, idea.delivered) + s.behaviour.system2_noise * r.nextGaussian() <= 0) {
            m.pipeline.end(m, idea, Idea.Stage.WITHDRAWN);
            return;
        }
        idea.weekReady = m.week;
        m.diffusion.start(m, idea);
    }

    /** What a team of up to three frontline officials of the sector knows. */
    private static long staffExpertise(Municipality m, int sector, MersenneTwisterFast r) {
        int[] pool = m.directory.frontlineBySector[sector];
        long known = 0;
        for (int i = 0; i < Math.min(3, pool.length); i++) known |= m.actors[pool[r.nextInt(pool.length)]].expertise;
        return known;
    }

    /** Co-production teams: who works, what they pool, what they share. */
    static final class CoProduction {
        private CoProduction() {
        }

        /**
         * Co-creators commit as far as they are available (every participant of a thick arena, the
         * co-designers who use the problem); then volunteers: the call reaches every user of the
         * problem, and each answers with a chance of volunteering x openness x availability, up to
         * the team size.
         */
        static int[] team(Municipality m, Idea idea, MersenneTwisterFast r) {
            List<Integer> team = new ArrayList<>();
            for (int id : idea.owners) {
                Actor a = m.actors[id];
                if ((a.problem == idea.problem || idea.depth == Depth.THICK) && r.nextDouble() < Recruitment.available(m, a))
                    team.add(id);
            }
            var pr = m.scenario().production;
            int joined = 0;
            for (int id : m.directory.usersOf[idea.problem]) {
                if (joined == pr.coproducers) break;
                Actor a = m.actors[id];
                if (team.contains(id) || r.nextDouble() >= pr.volunteering * a.openness * Recruitment.available(m, a)) continue;
                team.add(id);
                joined++;
            }
            return team.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Organisations in the team pool capital toward the cost; returns the amount pooled. */
        static double pool(Municipality m, int[] team, double cost) {
            double pooled = 0;
            for (int id : team) {
                Actor a = m.actors[id];
                double give = Math.min(a.capital, cost - pooled);
                if (give <= 0) continue;
                a.capital -= (float) give;
                pooled += give;
            }
            return pooled;
        }

        /** A week's work: some members drop out, the others give their hours if the work is coordinated. Returns the hours worked. */
        static double work(Municipality m, Idea idea, boolean coordinated, MersenneTwisterFast r) {
            var pr = m.scenario().production;
            double hours = 0;
            int kept = 0;
            for (int id : idea.team) {
                Actor a = m.actors[id];
                double fatigue = a.fatigue();
                if (r.nextDouble() < pr.dropout * (1 - a.institutionalTrust * (1 - fatigue))) continue;
                idea.team[kept++] = id;
                if (!coordinated) continue;
                double given = pr.coproduction_hours * (1 - fatigue); // a tired member gives less
                a.spendTime(given);
                hours += given;
            }
            if (kept < idea.team.length) idea.team = java.util.Arrays.copyOf(idea.team, kept);
            m.metrics.participantHours += hours;
            return hours;
        }

        /** What the team applies: the expertise of members who share it, as far as they trust the others. */
        static long sharedExpertise(Municipality m, int[] team, MersenneTwisterFast r) {
            long known = 0;
            for (int id : team) {
                Actor a = m.actors[id];
                if (r.nextDouble() < Encounter.shareProbability(GroupWork.trustIn(m, a, team), 0)) known |= a.expertise;
            }
            return known;
        }
    }
}
