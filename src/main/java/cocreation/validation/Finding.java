package cocreation.validation;

import cocreation.statistics.Estimate;
import cocreation.scenario.Names;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one check found: the effect with its interval, the status the interval gives, and a note
 * saying where the interval lies. {@link #measure()} says in words how the effect was measured.
 */
public record Finding(Check check, String measure, Estimate estimate, Check.Status status, String note) {

    /** Measures a slope or contrast check on the finished runs of each arm. */
    static Finding of(Check c, Map<String, Runs> arms) throws IOException {
        Estimate e;
        if (c.kind() == Check.Kind.SLOPE) {
            double[][] xy = arms.get(c.slopeArm()).xy(c.slopeFactor(), c.metric(), c.weeks());
            e = Effects.slope(xy[0], xy[1]);
        } else {
            List<double[]> groups = new ArrayList<>();
            double[] weights = new double[c.terms().size()];
            for (int i = 0; i < weights.length; i++) {
                Check.Term t = c.terms().get(i);
                groups.add(arms.get(t.arm()).values(c.metric(), c.weeks(), t.where()));
                weights[i] = t.weight();
            }
            e = Effects.contrast(groups, weights);
        }
        return new Finding(c, measure(c), e, Check.status(c.expect(), e), Check.where(e));
    }

    /** The reproducibility check: how many of the compared files differ. */
    static Finding identical(Check c, int differing, int compared, int threadsA, int threadsB, List<String> names) {
        Estimate e = new Estimate(differing, Double.NaN, Double.NaN, compared);
        String measure = "output files that differ between two runs of the experiment (" + threadsA + " and " + threadsB
                + " threads), out of " + compared + " compared (manifest.json and timing.csv, which record how and how fast, aside)";
        String note = differing == 0 ? "all " + compared + " files are byte-identical"
                : differing + " of " + compared + " files differ: " + String.join(", ", names);
        return new Finding(c, measure, e, differing == 0 ? Check.Status.REPRODUCED : Check.Status.NOT_REPRODUCED, note);
    }

    static String measure(Check c) {
        String what = c.weeks() == null ? c.metric() + " at the end of the run"
                : c.metric() + (c.weeks()[0] == c.weeks()[1] ? " in week " + c.weeks()[0]
                : " averaged over weeks " + c.weeks()[0] + "-" + c.weeks()[1]);
        if (c.kind() == Check.Kind.SLOPE)
            return "least-squares slope of " + what + " per unit of " + c.slopeFactor() + " over all runs"
                    + (c.slopeArm().isEmpty() ? "" : " of arm " + c.slopeArm());
        StringBuilder b = new StringBuilder();
        for (Check.Term t : c.terms()) {
            double w = t.weight();
            b.append(b.length() == 0 ? (w < 0 ? "- " : "") : (w < 0 ? " - " : " + "));
            if (Math.abs(w) != 1) b.append(Names.number(Math.abs(w))).append(" x ");
            b.append("mean(").append(group(t)).append(')');
        }
        return what + ": " + b + " (Welch interval)";
    }

    private static String group(Check.Term t) {
        List<String> parts = new ArrayList<>();
        if (t.arm() != null && !t.arm().isEmpty()) parts.add(t.arm());
        t.where().forEach((k, v) -> parts.add(k + "=" + (v.isTextual() ? v.asText() : v.toString())));
        return parts.isEmpty() ? "all runs" : String.join(", ", parts);
    }
}
