package cocreation.model;

import cocreation.model.rules.Heuristic;
import cocreation.scenario.Population;
import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;

/**
 * Creates the actors: roles in the scenario's proportions; sector, background and the problem they
 * care about; expertise in their own sector's domain plus others with a chance that grows with
 * diversity and falls with silo strength, and their background's lived experience ({@link Domains}); Beta-distributed traits, free hours and (for organisations)
 * capital, each between 0 and twice its mean.
 */
final class PopulationBuilder {
    private PopulationBuilder() {
    }

    static Actor[] build(Scenario s, Domains domains, Problem[] problems, MersenneTwisterFast random) {
        Population p = s.population;
        Actor[] actors = new Actor[s.populationSize()];
        int managers = (int) Math.round(p.officials * p.manager_share);
        int politicians = (int) Math.round(p.officials * p.politician_share);
        int associations = (int) Math.round(p.organisations * p.association_share);
        double extraDomain = p.diversity * (1 - s.municipality.silo_strength) * 0.5;
        double majority = 1 - p.diversity * (p.backgrounds - 1) / (double) p.backgrounds;
        for (int id = 0; id < actors.length; id++) {
            Role role = roleOf(id, p, managers, politicians, associations);
            int sector = random.nextInt(domains.count());
            int background = p.backgrounds == 1 || random.nextDouble() < majority ? 0 : 1 + random.nextInt(p.backgrounds - 1);
            int domainBits = 1 << sector;
            for (int d = 0; d < domains.count(); d++) if (d != sector && random.nextDouble() < extraDomain) domainBits |= 1 << d;
            double c = p.trait_concentration;
            int problem = random.nextInt(problems.length);
            long expertise = domains.partsOf(domainBits) | domains.perspectiveOf(background);
            Actor a = new Actor(id, role, sector, background, problem, domainBits, expertise,
                    Traits.beta(random, p.system2_propensity, c), Traits.beta(random, p.openness, c),
                    Traits.beta(random, p.curiosity, c), Traits.beta(random, p.capacity, c),
                    Traits.beta(random, p.habit, c), Traits.beta(random, s.trust.initial, c),
                    Traits.beta(random, s.trust.institutional_initial, c), 2 * p.free_hours * Traits.beta(random, 0.5, c),
                    Heuristic.draw(expertise, s.behaviour.heuristic_size, random));
            if (role.kind == Role.Kind.ORGANISATION) a.capital = (float) (2 * p.capital * Traits.beta(random, 0.5, c));
            Problem pr = problems[problem];
            long idea = perturb(pr.practice(), pr.landscape.parts(), p.idea_spread, random);
            a.setIdea(idea, pr.landscape.value(idea), pr.landscape);
            a.lastProposed = pr.practice();
            actors[id] = a;
        }
        return actors;
    }

    private static Role roleOf(int id, Population p, int managers, int politicians, int associations) {
        if (id < p.citizens) return Role.CITIZEN;
        int o = id - p.citizens;
        if (o < p.officials) {
            if (o < politicians) return Role.POLITICIAN;
            if (o < politicians + managers) return Role.MANAGER;
            return Role.FRONTLINE;
        }
        return o - p.officials < associations ? Role.ASSOCIATION : Role.BUSINESS;
    }

    /** Flips each part with the given chance. */
    static long perturb(long solution, int parts, double chance, MersenneTwisterFast random) {
        for (int i = 0; i < parts; i++) if (random.nextDouble() < chance) solution ^= 1L << i;
        return solution;
    }
}
