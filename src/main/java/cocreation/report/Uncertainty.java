package cocreation.report;

import cocreation.scenario.Names;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.scenario.PolicyLevers;
import cocreation.sweep.design.Factor;
import java.util.List;
import java.util.Locale;

/**
 * One uncertainty of the world a planner cannot choose (XLRM's X: Lempert, Popper & Bankes 2003): a
 * numeric scenario parameter and the range it may take. A lever of the municipality is a decision,
 * not an uncertainty, and is refused.
 */
public record Uncertainty(String path, double min, double max, boolean integer) {

    /** Reads "PATH=MIN:MAX"; the problem in words (naming the argument) if it is not a valid uncertainty. */
    public static Uncertainty parse(String arg, List<String> problems) {
        String where = "--uncertain " + arg + ": ";
        int eq = arg.indexOf('='), colon = arg.indexOf(':', Math.max(eq, 0));
        if (eq <= 0 || colon < 0) {
            problems.add(where + "expected PATH=MIN:MAX, e.g. municipality.drift=0:0.04");
            return null;
        }
        String path = arg.substring(0, eq).trim();
        ParameterInfo p = ParameterRegistry.find(path);
        if (p == null) {
            problems.add(where + "unknown scenario path '" + path + "'"
                    + Names.hint(path, ParameterRegistry.all().stream().map(ParameterInfo::path).toList(), ""));
            return null;
        }
        if (!p.numeric()) {
            problems.add(where + path + " is a choice (" + p.range() + "), not a number: compare its choices as options instead");
            return null;
        }
        if (path.equals("steps") || path.equals("seed")) {
            problems.add(where + path + " is the comparison's setting, not an uncertainty of the world (see --steps, --seed)");
            return null;
        }
        if (PolicyLevers.isLever(path)) {
            problems.add(where + path + " is a decision of the municipality (a lever), not an uncertainty of the world: "
                    + "compare its values as options instead");
            return null;
        }
        double min, max;
        try {
            min = Double.parseDouble(arg.substring(eq + 1, colon).trim());
            max = Double.parseDouble(arg.substring(colon + 1).trim());
        } catch (NumberFormatException e) {
            problems.add(where + "MIN and MAX must be numbers");
            return null;
        }
        int before = problems.size();
        if (!(min < max)) problems.add(where + "MIN (" + Names.number(min) + ") must be below MAX (" + Names.number(max) + ")");
        if (min < p.min() || max > p.max())
            problems.add(where + path + " must stay within " + p.range() + (p.unit().isEmpty() ? "" : " " + p.unit()));
        boolean integer = p.type().equals("integer");
        if (integer && (min != Math.rint(min) || max != Math.rint(max))) problems.add(where + path + " takes whole numbers");
        return problems.size() > before ? null : new Uncertainty(path, min, max, integer);
    }

    Factor factor() {
        return integer ? Factor.integerUniform(path, (long) min, (long) max) : Factor.uniform(path, min, max);
    }

    /** A sampled value as the world applies it: six significant digits, so that what is recorded is what ran. */
    Object applied(Object value) {
        return value instanceof Double d ? Double.parseDouble(String.format(Locale.ROOT, "%.6g", d)) : value;
    }

    /** An override "path=value" for one world. */
    String set(Object value) {
        return path + "=" + (value instanceof Double d ? Names.number(d) : value.toString());
    }

    @Override
    public String toString() {
        return path + " " + Names.number(min) + ".." + Names.number(max);
    }
}
