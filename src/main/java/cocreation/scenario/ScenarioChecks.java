package cocreation.scenario;

import java.util.ArrayList;
import java.util.List;

/** Checks that involve more than one parameter. */
final class ScenarioChecks {
    private ScenarioChecks() {
    }

    static List<String> crossChecks(Scenario s) {
        List<String> problems = new ArrayList<>();
        if (s.populationSize() < 2)
            problems.add("population: at least 2 actors are needed, found " + s.populationSize());
        if ((long) s.population.citizens + s.population.officials + s.population.organisations > 10_000_000)
            problems.add("population: at most 10000000 actors in all");
        if (s.problems.wickedness >= s.problems.parts)
            problems.add("problems.wickedness: " + s.problems.wickedness + " must be below problems.parts ("
                    + s.problems.parts + ")");
        if (s.population.manager_share + s.population.politician_share > 1)
            problems.add("population.politician_share: manager_share + politician_share is above 1");
        for (int i = 0; i < s.arenas.size(); i++) {
            ArenaPlan a = s.arenas.get(i);
            if (a.problem >= s.problemCount())
                problems.add("arenas[" + i + "].problem: " + a.problem + " is not below the number of problems ("
                        + s.problemCount() + ": problems.per_1000 x inhabitants / 1,000)");
        }
        if (s.municipality.sectors > s.problems.parts)
            problems.add("municipality.sectors: " + s.municipality.sectors + " sectors but problems.parts is " + s.problems.parts
                    + ": each sector's knowledge is a block of a solution's parts, so some sectors would know nothing");
        return problems;
    }

    /** Settings that are not contradictions but are probably not what was meant: the run goes on, and says so. */
    static List<String> warnings(Scenario s) {
        List<String> w = new ArrayList<>();
        for (int i = 0; i < s.arenas.size(); i++) {
            ArenaPlan a = s.arenas.get(i);
            String at = "arenas[" + i + "].";
            if (a.table_size > a.capacity)
                w.add(at + "table_size: " + a.table_size + " is above " + at + "capacity (" + a.capacity
                        + "): each session is one table of at most " + a.capacity);
            if (a.capacity > s.populationSize())
                w.add(at + "capacity: " + a.capacity + " is above the population (" + s.populationSize()
                        + "): a session takes at most everyone");
            if (a.recruitment.equals("invited_diversity") && s.population.officials == 0)
                w.add(at + "recruitment: invited_diversity, but population.officials is 0: the invitations can only mix "
                        + "citizens and organisations");
            if (a.start_week > s.steps)
                w.add(at + "start_week: " + a.start_week + " is after the last week (steps " + s.steps + "): the arena never meets");
        }
        return w;
    }
}
