package cocreation.report;

import cocreation.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One option a planner compares: a scenario read from a file, with the file's hash for the record. */
public record Alternative(String name, Path file, String sha256, Scenario scenario) {

    /**
     * Why these options cannot be compared side by side, if they cannot: every option must be the
     * same municipality (same numbers of citizens, officials and organisations) over the same weeks,
     * and the names must differ. Counts over different populations or periods are not comparable.
     */
    public static List<String> problems(List<Alternative> options) {
        List<String> problems = new ArrayList<>();
        Map<String, Alternative> byName = new LinkedHashMap<>();
        for (Alternative o : options) {
            Alternative same = byName.putIfAbsent(o.name, o);
            if (same != null)
                problems.add(o.file + ": option name '" + o.name + "' is also the name of " + same.file
                        + "; options are named after their files, so copy one under another name");
        }
        if (options.isEmpty()) return problems;
        Alternative first = options.get(0);
        for (Alternative o : options.subList(1, options.size())) {
            Scenario a = first.scenario, b = o.scenario;
            differ(problems, first, o, "population.citizens", a.population.citizens, b.population.citizens);
            differ(problems, first, o, "population.officials", a.population.officials, b.population.officials);
            differ(problems, first, o, "population.organisations", a.population.organisations, b.population.organisations);
            if (a.steps != b.steps)
                problems.add(o.file + ": steps is " + b.steps + " but " + first.file + " has " + a.steps
                        + "; options must run for the same number of weeks (use --steps N for all)");
        }
        return problems;
    }

    private static void differ(List<String> problems, Alternative first, Alternative o, String path, int a, int b) {
        if (a != b)
            problems.add(o.file + ": " + path + " is " + b + " but " + first.file + " has " + a
                    + "; options must describe the same municipality (set " + path + " alike, or --set " + path + "=N for all)");
    }
}
