package cocreation.report;

import static cocreation.report.Html.esc;
import static cocreation.report.Html.swatch;

import cocreation.output.Charts;
import cocreation.output.TimeSeriesChart;
import cocreation.statistics.Estimate;
import cocreation.run.Manifest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * report.html: one self-contained page a planner can open offline in any browser. No scripts,
 * fonts, images or links to anything outside the file; charts are inline SVG; a content security
 * policy makes the browser refuse any load, should one ever slip in.
 */
public final class ReportPage {
    private final Comparison c;
    private final StringBuilder b = new StringBuilder(1 << 20);

    private ReportPage(Comparison c) {
        this.c = c;
    }

    public static String html(Comparison c) {
        return new ReportPage(c).build();
    }

    private String build() {
        List<String> names = c.options.stream().map(Alternative::name).toList();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc("Comparison of options: " + String.join(", ", names))).append("</title>\n")
                .append("<style>").append(Html.STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        header();
        brief();
        if (c.robustness != null) robust();
        options();
        trends();
        finals();
        differences();
        cost();
        relational();
        why();
        limits();
        method();
        inputs();
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private void header() {
        b.append("<header>\n<h1>Which option does what, and how sure can we be?</h1>\n<p class=\"lead\">")
                .append(esc(c.options.size() + " options for the same municipality (" + population() + " actors), each simulated "
                        + c.replications + " times for " + c.steps + " weeks (" + years() + "). Each option is compared with "
                        + c.baselineName() + (c.baselineName().equals("baseline") ? "" : " (the baseline)") + ". Intervals are 95% confidence intervals: where an interval spans zero the report says "
                        + "\"no clear difference\", and where a clear difference is too small to matter in practice, \"no meaningful difference\"."))
                .append("</p>\n");
        List<String> world = c.worldDifferences();
        if (!world.isEmpty()) {
            b.append("<div class=\"warning\"><p><strong>").append(esc("The options differ in the world they assume, not only in what the municipality decides."))
                    .append("</strong> ").append(esc("A difference in outcomes may come from these rather than from the option; give every option the same world "
                            + "(or compare them over the same range of worlds) to see what the decision alone does:")).append("</p>\n<ul class=\"diff\">");
            for (String w : world.subList(0, Math.min(world.size(), 20))) b.append("<li><code>").append(esc(w)).append("</code></li>");
            if (world.size() > 20) b.append("<li>").append(esc("and " + (world.size() - 20) + " more")).append("</li>");
            b.append("</ul></div>\n");
        }
        b.append("<nav>");
        String[][] links = c.robustness == null ? LINKS : withRobust();
        for (String[] l : links) b.append("<a href=\"#").append(l[0]).append("\">").append(esc(l[1])).append("</a> ");
        b.append("</nav>\n</header>\n");
    }

    private static String[][] withRobust() {
        String[][] out = new String[LINKS.length + 1][];
        out[0] = LINKS[0];
        out[1] = new String[] {"robust", "Uncertain worlds"};
        System.arraycopy(LINKS, 1, out, 2, LINKS.length - 1);
        return out;
    }

    private static final String[][] LINKS = {{"brief", "In brief"}, {"options", "Options"}, {"over-time", "Over time"}, {"outcomes", "Final outcomes"},
                {"differences", "Differences"}, {"cost", "More for less"}, {"relational", "Relational value"}, {"why", "Why"},
                {"limits", "Can and cannot"}, {"method", "Method"}, {"inputs", "Inputs and seeds"}};

    private void brief() {
        section("brief", "In brief");
        b.append("<figure class=\"chart forest\">").append(Html.svg(Charts.toSvg(ForestPlot.build(c), Html.CHART_WIDTH, Html.CHART_HEIGHT)))
                .append("<figcaption>").append(esc("Each option's difference from " + c.baselineName() + " on the key outcomes, in percent of "
                        + c.baselineName() + "'s mean, with its 95% interval (for counts and amounts from the ratio of means); an interval "
                        + "that crosses the line at 0 is no clear difference.")).append("</figcaption></figure>\n");
        java.util.Set<String> costs = new java.util.HashSet<>();
        for (int k = 0; k < c.options.size(); k++) if (k != c.baseline) costs.add(costSentence(k));
        boolean costOnce = costs.size() == 1 && c.options.size() > 2; // about the baseline, the same for every option
        for (int k = 0; k < c.options.size(); k++) {
            if (k == c.baseline) continue;
            b.append("<h3>").append(swatch(k)).append(esc(c.option(k).name() + " compared with " + c.baselineName())).append("</h3>\n<ul>\n");
            li(sentence(Outcome.PRIMARY, k));
            if (!costOnce) li(costSentence(k));
            li(sentence(Outcome.RELATIONAL.get(0), k));
            li(sentence(Outcome.RELATIONAL.get(1), k));
            li(moved(k));
            b.append("</ul>\n");
        }
        if (costOnce) b.append("<p>").append(esc(costs.iterator().next())).append("</p>\n");
        b.append("<p class=\"note\">").append(esc("Replication i of every option used the same random seed (common random numbers), "
                + "so the options differ only in what their scenario files change; this makes differences sharper than "
                + "comparing independent runs.")).append("</p>\n</section>\n");
    }

    /** The options over the sampled worlds: how often each is best, its regret and its worst case. */
    private void robust() {
        Robustness r = c.robustness;
        section("robust", "Over uncertain worlds: which option is robust?");
        List<String> ranges = new ArrayList<>();
        for (Uncertainty u : r.uncertainties) ranges.add(u.toString());
        b.append("<p>").append(esc("Besides the comparison as the scenario files describe the world, every option ran in " + r.worlds.size()
                + " worlds drawn from one Latin hypercube of what the municipality cannot choose (" + String.join("; ", ranges)
                + "), " + c.replications + " times each with the same seeds. In each world the option with the highest mean is the best; an "
                + "option's regret there is how far its mean falls short of the best's. A robust choice is one whose regret stays small "
                + "in every world, not the one that wins a single forecast.")).append("</p>\n");
        for (int o = 0; o < Robustness.OUTCOMES.size(); o++) {
            String column = Robustness.OUTCOMES.get(o);
            Outcome out = Outcome.all().stream().filter(x -> x.column().equals(column)).findFirst().orElseThrow();
            int robust = r.mostRobust(o);
            b.append("<h3>").append(esc(Character.toUpperCase(out.label().charAt(0)) + out.label().substring(1))).append("</h3>\n<table>\n<thead><tr><th>Option</th><th>Best in</th>")
                    .append("<th>Mean regret</th><th>Largest regret</th><th>Worst case</th></tr></thead>\n<tbody>\n");
            for (Robustness.Standing st : r.standings(o)) {
                b.append("<tr><th scope=\"row\">").append(swatch(st.option())).append(esc(c.option(st.option()).name()))
                        .append(st.option() == robust ? "<br><span class=\"tag\">most robust</span>" : "").append("</th><td>")
                        .append(esc(st.best() + " of " + r.worlds.size() + " worlds")).append("</td><td>")
                        .append(esc(Display.number(st.meanRegret()))).append("</td><td>").append(esc(Display.number(st.maxRegret())))
                        .append("</td><td>").append(esc(Display.number(st.worst()) + " (world " + (st.worstWorld() + 1) + ": "
                                + r.describe(st.worstWorld()) + ")")).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
            double least = r.standings(o).get(robust).maxRegret();
            b.append("<p>").append(esc((least == 0 ? c.option(robust).name() + " is the best option on " + out.label() + " in every world"
                    : "Least largest regret on " + out.label() + ": " + c.option(robust).name() + " (it falls at most " + Display.number(least)
                    + " short of the best option in any world)") + ". A world's mean is uncertain by about +-"
                    + Display.number(r.typicalHalfWidth(o)) + " (the median half-width of the 95% intervals of " + c.replications
                    + " runs): smaller regrets are within that noise.")).append("</p>\n");
        }
        b.append("<p class=\"note\">").append(esc("robustness.csv holds these standings; worlds.csv every option's mean, interval and "
                + "regret in every world, with the world's values.")).append("</p>\n</section>\n");
    }

    private void options() {
        section("options", "The options side by side");
        b.append("<table>\n<thead><tr><th>Option</th><th>Description</th><th>What differs from the baseline</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < c.options.size(); k++) {
            Alternative o = c.option(k);
            b.append("<tr><th scope=\"row\">").append(swatch(k)).append(esc(o.name()))
                    .append(k == c.baseline ? "<br><span class=\"tag\">baseline</span>" : "").append("</th><td>")
                    .append(esc(o.scenario().description.isBlank() ? "(no description)" : o.scenario().description)).append("</td><td>");
            if (k == c.baseline) b.append("the reference");
            else {
                List<String> diff = ScenarioDiff.between(c.option(c.baseline).scenario(), o.scenario());
                if (diff.isEmpty()) b.append("nothing: the same parameters");
                else {
                    b.append("<ul class=\"diff\">");
                    for (String d : diff.subList(0, Math.min(diff.size(), 14))) b.append("<li><code>").append(esc(d)).append("</code></li>");
                    if (diff.size() > 14) b.append("<li>").append(esc("and " + (diff.size() - 14) + " more")).append("</li>");
                    b.append("</ul>");
                }
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table>\n</section>\n");
    }

    private void trends() {
        section("over-time", "Key outcomes over time");
        b.append("<p>").append(esc("Each line is the mean over " + c.replications + " replications; the shaded band is its 95% confidence "
                + "interval. " + (c.weeks.length > 1 && c.weeks[0] > 1 ? "Points every " + c.weeks[0] + " weeks" : "A point every week")
                + (Trend.ALL.stream().anyMatch(Trend::weekly) ? "; weekly shares are averaged over the weeks between points." : "."))).append("</p>\n<div class=\"charts\">\n");
        double[] x = new double[c.weeks.length];
        for (int p = 0; p < x.length; p++) x[p] = c.weeks[p];
        for (int t = 0; t < Trend.ALL.size(); t++) {
            Trend trend = Trend.ALL.get(t);
            Map<String, double[]> series = new LinkedHashMap<>();
            Map<String, TimeSeriesChart.Band> bands = new LinkedHashMap<>();
            for (int k = 0; k < c.options.size(); k++) {
                double[][] m = c.trend(t, k);
                series.put(c.option(k).name(), m[0]);
                bands.put(c.option(k).name(), new TimeSeriesChart.Band(m[1], m[2]));
            }
            JFreeChart chart = TimeSeriesChart.build(trend.title(), "week", trend.axis(), x, series, bands);
            b.append("<figure class=\"chart\">").append(Html.svg(Charts.toSvg(chart, Html.CHART_WIDTH, Html.CHART_HEIGHT)))
                    .append("<figcaption>").append(esc(Wording.capitalize(trend.metric().meaning) + ".")).append("</figcaption></figure>\n");
        }
        b.append("</div>\n</section>\n");
    }

    private void finals() {
        section("outcomes", "Final outcomes");
        b.append("<p>").append(esc("Mean over replications at the end of week " + c.steps + ", with its 95% confidence interval below."))
                .append("</p>\n<div class=\"wide\"><table class=\"numbers\">\n<thead><tr><th>Outcome</th>");
        for (int k = 0; k < c.options.size(); k++) b.append("<th>").append(swatch(k)).append(esc(c.option(k).name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        Outcome.Group group = null;
        for (Outcome o : Outcome.all()) {
            if (o.group() != group) {
                if (group == Outcome.Group.COST) costRow();
                group = o.group();
                b.append("<tr class=\"group\"><th colspan=\"").append(c.options.size() + 1).append("\">").append(esc(group.title)).append("</th></tr>\n");
            }
            b.append("<tr><th scope=\"row\">").append(esc(o.heading() + (o.cumulative() ? ", " + c.period() : ""))).append("</th>");
            for (int k = 0; k < c.options.size(); k++) b.append("<td>").append(cell(c.mean(o.column(), k))).append("</td>");
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n</section>\n");
    }

    /** The pooled cost per unit of value, at the end of the cost group. */
    private void costRow() {
        b.append("<tr><th scope=\"row\">budget units per unit of value gained (mean budget / mean value)</th>");
        for (int k = 0; k < c.options.size(); k++) b.append("<td>").append(cell(c.costPerValue(k))).append("</td>");
        b.append("</tr>\n");
    }

    private void differences() {
        section("differences", "Differences from the baseline");
        b.append("<p>").append(esc("Each option minus " + c.baselineName() + ", paired by replication, with the 95% confidence interval; "
                + "for counts and amounts also the ratio (option / baseline). Bold: a clear difference (the interval excludes zero)."))
                .append("</p>\n<div class=\"wide\"><table class=\"numbers\">\n<thead><tr><th>Outcome</th>");
        for (int k = 0; k < c.options.size(); k++)
            if (k != c.baseline) b.append("<th>").append(swatch(k)).append(esc(c.option(k).name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n");
        for (Outcome o : Outcome.all()) {
            b.append("<tr><th scope=\"row\">").append(esc(o.heading())).append("</th>");
            for (int k = 0; k < c.options.size(); k++) {
                if (k == c.baseline) continue;
                Estimate d = c.difference(o.column(), k);
                boolean clear = Wording.clear(d);
                b.append("<td").append(clear ? " class=\"clear\"" : "").append(">").append(signedCell(d));
                if (o.scale() != Outcome.Scale.LEVEL) {
                    Estimate r = c.ratio(o.column(), k);
                    if (Double.isFinite(r.value()))
                        b.append("<br><span class=\"ratio\">").append(esc("\u00d7" + Display.ratio(r.value())
                                + (r.bounded() ? " (" + Display.ratio(r.low()) + " to " + Display.ratio(r.high()) + ")" : " (unbounded)")))
                                .append("</span>");
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n</section>\n"); // the brief says the headline of each in words; no sentence twice
    }

    private void cost() {
        section("cost", "More for less: cost per unit of value");
        b.append("<p>").append(esc("Cost per unit of value is the budget spent on implementation and arenas divided by the value of "
                + "practice gained from ideas put to use, pooled over replications (mean budget / mean value), so that runs "
                + "that gain little value do not dominate. Lower is better. The brief compares it for each option; here are its two parts.")).append("</p>\n");
        for (int k = 0; k < c.options.size(); k++) {
            if (k == c.baseline) continue;
            b.append("<h4>").append(swatch(k)).append(esc(c.option(k).name())).append("</h4>\n<ul>\n");
            for (Outcome o : Outcome.COST) li(sentence(o, k)); // the cost per unit of value itself is in the brief
            li(sentence(Outcome.INNOVATION.get(3), k));
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private void relational() {
        section("relational", "Relational value: trust and bridging ties");
        b.append("<p>").append(esc("Co-creation can create value twice: in the solutions, and in the relations between people who "
                + "would not otherwise work together. Bridging social capital counts trust-weighted ties across sectors per 100 actors; "
                + "the brief compares it and trust between sectors for each option, and the tables above give every number."))
                .append("</p>\n");
        for (int k = 0; k < c.options.size(); k++) {
            if (k == c.baseline) continue;
            b.append("<h4>").append(swatch(k)).append(esc(c.option(k).name())).append("</h4>\n<ul>\n");
            for (Outcome o : Outcome.RELATIONAL.subList(2, Outcome.RELATIONAL.size())) li(sentence(o, k)); // the first two are in the brief
            b.append("</ul>\n");
        }
        b.append("</section>\n");
    }

    private void why() {
        section("why", "Why: which mechanisms moved with the outcome");
        b.append("<p>").append(esc("The model produces innovations through mechanisms: deliberate (System 2) thinking, habits, trust "
                + "between groups and participation in arenas. The table shows how each moved in every option compared with the baseline. "
                + "A mechanism that moved in the same direction as the innovations is a candidate explanation, not a proof: "
                + "the model's documentation (docs/ODD.md) says how the mechanisms are linked."))
                .append("</p>\n<div class=\"wide\"><table class=\"numbers\">\n<thead><tr><th>Mechanism</th>");
        for (int k = 0; k < c.options.size(); k++)
            if (k != c.baseline) b.append("<th>").append(swatch(k)).append(esc(c.option(k).name())).append("</th>");
        b.append("</tr></thead>\n<tbody>\n<tr class=\"primary\"><th scope=\"row\">").append(esc(Outcome.PRIMARY.label() + " (the outcome)")).append("</th>");
        for (int k = 0; k < c.options.size(); k++)
            if (k != c.baseline) directionCell(Outcome.PRIMARY, k);
        b.append("</tr>\n");
        for (Outcome o : Outcome.MECHANISM) {
            b.append("<tr><th scope=\"row\">").append(esc(o.heading())).append("</th>");
            for (int k = 0; k < c.options.size(); k++) if (k != c.baseline) directionCell(o, k);
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n<h3>Within each option</h3>\n<p>")
                .append(esc("Replications of one option differ only by chance. If runs with more of a mechanism also put more innovations "
                        + "to use, the two move together inside the model, whatever the option. Correlation r over all runs after removing "
                        + "each option's mean, with its 95% confidence interval."))
                .append("</p>\n<table class=\"numbers\">\n<thead><tr><th>Mechanism</th><th>r</th><th>95% CI</th><th>Reading</th></tr></thead>\n<tbody>\n");
        for (Outcome o : Outcome.MECHANISM) {
            Estimate r = c.withinCorrelation(o.column());
            b.append("<tr><th scope=\"row\">").append(esc(o.term())).append("</th><td>").append(esc(Display.signed(r.value())))
                    .append("</td><td>").append(esc(r.bounded() ? Display.signed(r.low()) + " to " + Display.signed(r.high()) : Display.MISSING))
                    .append("</td><td>").append(esc(Wording.association(r))).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n</section>\n"); // in words, the table would say the brief's last line again
    }

    private void limits() {
        section("limits", "What this report can and cannot tell you");
        b.append("<ul>\n");
        li("It can tell you how the options differ inside the model, with how much certainty given the model: the intervals "
                + "cover the chance variation between replications, nothing else.");
        li("It cannot tell you that your municipality will see these numbers. The model is a simplification; its parameters are "
                + "plausible, not measured in your municipality. Read the directions and rough sizes, not the decimals.");
        li("More replications narrow the intervals (roughly halving them for four times as many runs); they do not make the "
                + "model more realistic.");
        li("\"No clear difference\" means the replications could not tell the options apart; it does not prove they are equal.");
        li("Mechanisms that moved with the outcome are candidate explanations within the model, not proven causes.");
        b.append("</ul>\n</section>\n");
    }

    private void method() {
        section("method", "How the numbers were made");
        b.append("<ol class=\"method\">\n");
        li("Runs. Each option was simulated " + c.replications + " times. Replication i of every option used the same seed, derived "
                + "from the master seed " + c.masterSeed + " and i (common random numbers), so the comparison of options is paired by replication.");
        li("Means. The mean over replications with a Student-t 95% confidence interval (n \u2212 1 degrees of freedom). "
                + "Values a run could not measure (for example arena diversity without arenas) are left out; n in comparison.csv counts the rest.");
        li("Differences. Option minus baseline, replication by replication, with a paired-t 95% confidence interval. A difference is "
                + "called clear only when its interval excludes zero; otherwise the report says \"no clear difference\". A clear difference "
                + "smaller than what would matter in practice is called \"no meaningful difference\": for counts and amounts, less than "
                + Display.number(100 * Outcome.RELATIVE_IMPORTANCE) + "% of the baseline's mean; for levels, less than a hundredth of a 0 to 1 "
                + "scale (0.02 for arena diversity, 5 ties per 100 actors for bridging social capital). These thresholds are judgements; "
                + "comparison.csv keeps every estimate and whether its interval excludes zero.");
        li("Ratios (\"twice as many\"). The ratio of the two means, with Fieller's 95% confidence interval for paired samples: every "
                + "ratio r for which option mean \u2212 r \u00d7 baseline mean is not significantly different from zero. It excludes 1 exactly "
                + "when the paired-t interval of the difference excludes 0, so the two never disagree. When the baseline mean is not clearly "
                + "above zero the interval is unbounded and the report gives the difference instead.");
        li("Cost per unit of value. Mean budget spent divided by mean value gained (Fieller's interval). The option's cost relative to "
                + "the baseline's has a percentile bootstrap interval: " + Intervals.BOOTSTRAP_RESAMPLES + " resamples of replications "
                + "(pairs kept together), with the fixed seed " + Intervals.BOOTSTRAP_SEED + ", so the report is reproducible.");
        li("Within-option correlation. Pearson's r over all runs after subtracting each option's mean, with Fisher's z interval.");
        li("Over time. At each drawn week, the mean over replications with a Student-t 95% band.");
        li("Intervals are computed one outcome at a time; with many outcomes a few \"clear\" differences can arise by chance. "
                + "Trust those that are large, consistent over time, and have a mechanism that moved with them.");
        b.append("</ol>\n</section>\n");
    }

    private void inputs() {
        section("inputs", "Inputs and seeds");
        b.append("<table>\n<thead><tr><th>Option</th><th>Scenario file</th><th>SHA-256 of the file</th></tr></thead>\n<tbody>\n");
        for (int k = 0; k < c.options.size(); k++) {
            Alternative o = c.option(k);
            b.append("<tr><th scope=\"row\">").append(swatch(k)).append(esc(o.name())).append("</th><td><code>")
                    .append(esc(o.file().toString().replace('\\', '/'))).append("</code></td><td><code class=\"hash\">")
                    .append(esc(o.sha256())).append("</code></td></tr>\n");
        }
        b.append("</tbody></table>\n<dl>\n");
        dd("Baseline", c.baselineName());
        dd("Weeks simulated", c.steps + " (" + years() + ")");
        dd("Actors", population());
        dd("Replications per option", String.valueOf(c.replications));
        dd("Master seed", String.valueOf(c.masterSeed));
        dd("Overrides applied to every option", c.overrides.isEmpty() ? "none" : String.join("; ", c.overrides));
        String commit = System.getProperty("cocreation.commit", "");
        dd("Model", "cocreation " + Manifest.toolVersion() + (commit.isEmpty() ? "" : ", commit " + commit));
        b.append("</dl>\n<p>").append(esc("The scenario files' own seeds are not used: replication i of every option ran with the i-th seed below."))
                .append("</p>\n<ol class=\"seeds\">\n");
        for (int i = 0; i < c.replications; i++) b.append("<li><code>").append(c.seed(i)).append("</code></li>\n");
        b.append("</ol>\n<p class=\"note\">").append(esc("The same numbers, in full precision, are in comparison.csv "
                + "(estimates), replications.csv (every run's final values) and timeseries.csv (the charts' lines and bands)."))
                .append("</p>\n</section>\n");
    }

    // ---- pieces ----

    private String sentence(Outcome o, int k) {
        Wording.Contrast contrast = new Wording.Contrast(c.option(k).name(), c.baselineName(), c.mean(o.column(), k),
                c.mean(o.column(), c.baseline), c.difference(o.column(), k), c.ratio(o.column(), k));
        return Wording.sentence(o, contrast, c.period());
    }

    private String costSentence(int k) {
        return Wording.cost(c.option(k).name(), c.baselineName(), c.costPerValue(k), c.costPerValue(c.baseline), c.costRatio(k));
    }

    /** Which mechanisms clearly moved, up or down, and which did not. */
    private String moved(int k) {
        StringBuilder up = new StringBuilder(), same = new StringBuilder();
        for (Outcome o : Outcome.MECHANISM) {
            Estimate d = c.difference(o.column(), k);
            String dir = Wording.direction(o, d, c.mean(o.column(), c.baseline).value());
            if (dir.equals("higher") || dir.equals("lower")) up.append(up.length() == 0 ? "" : ", ").append(o.term()).append(" ").append(dir);
            else if (!dir.equals("not measured")) same.append(same.length() == 0 ? "" : ", ").append(o.term());
        }
        String s = up.length() == 0 ? "No mechanism moved clearly with " + c.option(k).name() + " compared with " + c.baselineName() + "."
                : "Mechanisms that moved with " + c.option(k).name() + ": " + up + ".";
        return same.length() == 0 ? s : s + " No clear or meaningful change: " + same + ".";
    }

    private void directionCell(Outcome o, int k) {
        Estimate d = c.difference(o.column(), k);
        String dir = Wording.direction(o, d, c.mean(o.column(), c.baseline).value());
        boolean clear = dir.equals("higher") || dir.equals("lower");
        b.append("<td").append(clear ? " class=\"clear\"" : "").append(">").append(esc(dir)).append("<br><span class=\"ci\">")
                .append(esc(d.n() == 0 ? "" : Display.signed(d.value()) + (d.bounded() ? " (" + Display.signed(d.low()) + " to "
                        + Display.signed(d.high()) + ")" : ""))).append("</span></td>");
    }

    private static String cell(Estimate e) {
        if (e.n() == 0 || !Double.isFinite(e.value())) return Display.MISSING;
        return esc(Display.number(e.value())) + "<br><span class=\"ci\">"
                + esc(e.bounded() ? Display.number(e.low()) + " to " + Display.number(e.high()) : "interval unbounded") + "</span>";
    }

    private static String signedCell(Estimate e) {
        if (e.n() == 0) return Display.MISSING;
        return esc(Display.signed(e.value())) + "<br><span class=\"ci\">"
                + esc(e.bounded() ? Display.signed(e.low()) + " to " + Display.signed(e.high()) : "") + "</span>";
    }

    private void section(String id, String title) {
        b.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private void li(String text) {
        b.append("<li>").append(esc(text)).append("</li>\n");
    }

    private void dd(String term, String value) {
        b.append("<dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    private String population() {
        return String.valueOf(c.option(0).scenario().populationSize());
    }

    private String years() {
        double y = c.steps / 52.0;
        return (c.steps % 52 == 0 ? String.valueOf(c.steps / 52) : Display.number(y)) + (c.steps == 52 ? " year" : " years");
    }
}
