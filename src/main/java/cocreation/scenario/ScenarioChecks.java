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
            if (a.problem >= s.problems.count)
                problems.add("arenas[" + i + "].problem: " + a.problem + " is not below problems.count ("
                        + s.problems.count + ")");
        }
        return problems;
    }
}
