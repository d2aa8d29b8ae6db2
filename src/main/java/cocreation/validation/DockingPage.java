package cocreation.validation;

import static cocreation.report.Html.esc;

import cocreation.docking.DiversityContest;
import cocreation.output.Charts;
import cocreation.output.TimeSeriesChart;
import cocreation.report.Html;
import cocreation.statistics.Statistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * A docking pattern's part of validation.html: Lazer & Friedman's curves (mean score per round
 * for every network, with its 95% band, and the number of distinct solutions held), or Hong &
 * Page's table of the two groups; and the files its numbers come from.
 */
final class DockingPage {
    private DockingPage() {
    }

    static String experiment(Validation.Outcome o) {
        Pattern p = o.pattern();
        DockingRun.Result r = o.docking();
        Docking d = r.docking();
        String what = d.search() != null
                ? d.search().networks().size() + " networks of " + d.search().agents() + " agents on each of " + r.replications()
                + " NK landscapes (N = " + d.search().parts() + ", K = " + d.search().interactions() + "), " + d.search().rounds() + " rounds"
                : "the best and a random group of " + d.contest().size() + " on each of " + r.replications() + " rings of "
                + d.contest().points() + " values";
        return p.fileName() + ": docking model " + d.model() + ", " + what + ", master seed " + d.seed() + ". Its tables are in experiments/"
                + p.id() + "/ beside this page (docking.json, replications.csv, " + (d.search() != null ? "curves.csv" : "groups.csv")
                + ", landscapes.csv).";
    }

    static String html(Validation.Outcome o) {
        DockingRun.Result r = o.docking();
        StringBuilder b = new StringBuilder("<div class=\"charts\">\n");
        if (r.docking().search() != null) {
            List<DockingRun.Curve> curves = DockingRun.curves(r);
            double[] x = DockingRun.rounds(r.docking().rounds());
            Map<String, double[]> mean = new LinkedHashMap<>(), distinct = new LinkedHashMap<>();
            Map<String, TimeSeriesChart.Band> bands = new LinkedHashMap<>();
            for (DockingRun.Curve c : curves) {
                mean.put(c.network(), c.mean());
                bands.put(c.network(), new TimeSeriesChart.Band(c.low(), c.high()));
                distinct.put(c.network(), c.distinct());
            }
            figure(b, TimeSeriesChart.build("score over rounds", "round", "mean score", x, mean, bands),
                    "Mean score ((value / global maximum)^" + cocreation.scenario.Names.number(r.docking().search().exponent())
                            + ") over the agents by round: mean over " + r.replications() + " landscapes, bands the 95% interval.");
            figure(b, TimeSeriesChart.build("different solutions held", "round", "distinct solutions", x, distinct),
                    "Different solutions held among the agents by round (mean over the landscapes): how much the system still explores.");
            b.append("</div>\n");
        } else {
            b.append("</div>\n");
            contest(b, r);
        }
        return b.toString();
    }

    private static void contest(StringBuilder b, DockingRun.Result r) {
        b.append("<div class=\"wide\"><table>\n<thead><tr><th>group</th><th>value reached in relay</th><th>diversity (%)</th>")
                .append("<th>members' mean ability</th></tr></thead>\n<tbody>\n");
        for (String g : Docking.GROUPS) {
            int n = r.replications();
            double[] value = new double[n], diversity = new double[n], ability = new double[n];
            for (int i = 0; i < n; i++) {
                DiversityContest.Result h = r.contest().get(i);
                DiversityContest.Group group = g.equals("best") ? h.best() : h.random();
                value[i] = group.value();
                diversity[i] = 100 * group.diversity();
                ability[i] = group.ability();
            }
            b.append("<tr><td>").append(esc(g)).append("</td><td class=\"num\">").append(cell(value)).append("</td><td class=\"num\">")
                    .append(cell(diversity)).append("</td><td class=\"num\">").append(cell(ability)).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n<p class=\"note\">").append(esc("Means over " + r.replications()
                + " landscapes with the 95% t interval of the mean and, in brackets after it, the standard deviation between landscapes "
                + "(what Wallrich reports; Hong & Page's figures in parentheses are standard errors)."))
                .append("</p>\n");
    }

    private static String cell(double[] x) {
        Statistics.Summary s = Statistics.summarize(x);
        return esc(ValidationPage.number(s.mean())) + " <span class=\"ci\">[" + esc(ValidationPage.number(s.ciLow())) + ", "
                + esc(ValidationPage.number(s.ciHigh())) + "] (sd " + esc(ValidationPage.number(s.sd())) + ")</span>";
    }

    private static void figure(StringBuilder b, JFreeChart chart, String caption) {
        b.append("<figure class=\"chart\">").append(Html.svg(Charts.toSvg(chart, PatternCharts.WIDTH, PatternCharts.HEIGHT)))
                .append("<figcaption>").append(esc(caption)).append("</figcaption></figure>\n");
    }
}
