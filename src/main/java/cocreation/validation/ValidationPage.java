package cocreation.validation;

import cocreation.statistics.Estimate;
import static cocreation.report.Html.esc;

import cocreation.sweep.SweepSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * validation.html: one self-contained page (inline SVG, no scripts, nothing loaded from anywhere)
 * with, for each pattern, the claim and its source, the setting and experiment, each check's effect
 * with its 95% interval and status, what the result means, and charts of the runs.
 */
final class ValidationPage {
    private final StringBuilder b = new StringBuilder(1 << 18);
    private boolean outcomesDock;

    private ValidationPage() {
    }

    static String html(List<Validation.Outcome> outcomes, boolean quick) throws IOException {
        return new ValidationPage().build(outcomes, quick);
    }

    private String build(List<Validation.Outcome> outcomes, boolean quick) throws IOException {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Validation: does the model reproduce what is known?</title>\n<style>").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        long reproduced = outcomes.stream().filter(o -> o.status() == Check.Status.REPRODUCED).count();
        b.append("<h1>Does the model reproduce what is known?</h1>\n<p class=\"lead\">")
                .append(esc(outcomes.size() + " patterns, each tested by an experiment on the model's mechanisms alone: "
                        + reproduced + " reproduced, " + (outcomes.size() - reproduced) + " not reproduced. "
                        + (quick ? "This is the quick run (fewer replications, and for some patterns fewer actors and weeks): "
                        + "it decides each pattern but its intervals are wider than the full run's."
                        : "This is the full run.")))
                .append("</p>\n");
        summary(outcomes);
        for (Validation.Outcome o : outcomes) pattern(o);
        outcomesDock = outcomes.stream().anyMatch(o -> o.docking() != null);
        method(outcomes.stream().anyMatch(o -> o.screen() != null));
        b.append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private void summary(List<Validation.Outcome> outcomes) {
        b.append("<table>\n<thead><tr><th>pattern</th><th>status</th><th>experiment</th><th>runs</th></tr></thead>\n<tbody>\n");
        for (Validation.Outcome o : outcomes)
            b.append("<tr><td><a href=\"#").append(esc(o.pattern().id())).append("\">").append(esc(o.pattern().title()))
                    .append("</a></td><td>").append(status(o.status())).append("</td><td><code>")
                    .append(esc(o.pattern().fileName())).append("</code></td><td>").append(o.runs())
                    .append("</td></tr>\n");
        b.append("</tbody>\n</table>\n");
    }

    private void pattern(Validation.Outcome o) throws IOException {
        Pattern p = o.pattern();
        b.append("<section id=\"").append(esc(p.id())).append("\">\n<h2>").append(esc(p.title())).append(' ')
                .append(status(o.status())).append("</h2>\n");
        para("Claim", p.claim());
        para("Source", p.source());
        para("Setting", p.setting());
        if (p.hasArms()) {
            b.append("<ul>\n");
            for (String arm : p.arms())
                b.append("<li><b>").append(esc(arm)).append("</b>: ").append(esc(p.armDescriptions().get(arm))).append("</li>\n");
            b.append("</ul>\n");
        }
        para("Experiment", experiment(o));
        checks(o);
        String explanation = o.status() == Check.Status.REPRODUCED ? p.ifReproduced() : p.ifNotReproduced();
        if (!explanation.isEmpty()) para(o.status() == Check.Status.REPRODUCED ? "Why" : "What the model does instead, and why", explanation);
        if (o.screen() != null) {
            b.append(ScreenPage.html(o, ScreenCharts.of(o.screen()))).append("</section>\n");
            return;
        }
        if (o.docking() != null) {
            b.append(DockingPage.html(o)).append("</section>\n");
            return;
        }
        b.append("<div class=\"charts\">\n");
        for (PatternCharts.Figure f : PatternCharts.of(o))
            b.append("<figure class=\"chart\">").append(f.svg()).append("<figcaption>").append(esc(f.caption()))
                    .append("</figcaption></figure>\n");
        b.append("</div>\n</section>\n");
    }

    private static String experiment(Validation.Outcome o) {
        Pattern p = o.pattern();
        if (o.docking() != null) return DockingPage.experiment(o);
        StringBuilder s = new StringBuilder(p.fileName() + ": ");
        boolean firstArm = true;
        for (Map.Entry<String, Runs> e : o.arms().entrySet()) {
            SweepSpec spec = e.getValue().spec();
            if (!firstArm) s.append("; ");
            firstArm = false;
            if (!e.getKey().isEmpty()) s.append("arm ").append(e.getKey()).append(": ");
            s.append(spec.points().size()).append(" design points x ").append(spec.replications()).append(" replications of ")
                    .append(spec.steps()).append(" weeks, master seed ").append(spec.seed());
        }
        s.append(p.repeats() ? ", run twice. " : ". ");
        int failed = o.failed();
        if (failed > 0) s.append(failed).append(" runs failed and are left out. ");
        s.append("Its runs are in experiments/").append(p.id()).append("/ beside this page (runs.csv, summary.csv, sweep.json to rerun it).");
        return s.toString();
    }

    private void checks(Validation.Outcome o) {
        b.append("<div class=\"wide\"><table>\n<thead><tr><th>check</th><th>effect measured</th><th>effect [95% interval]</th>")
                .append("<th>n</th><th>expected</th><th>status</th></tr></thead>\n<tbody>\n");
        for (Finding f : o.findings()) {
            Check c = f.check();
            Estimate e = f.estimate();
            b.append("<tr").append(c.decides() ? "" : " class=\"observation\"").append("><td>").append(esc(c.name()))
                    .append(c.decides() ? "" : " <span class=\"tag\">observation</span>").append("</td><td class=\"measure\">")
                    .append(esc(f.measure())).append("</td><td class=\"num\">").append(esc(number(e.value())));
            if (e.bounded()) b.append(" <span class=\"ci\">[").append(esc(number(e.low()))).append(", ").append(esc(number(e.high()))).append("]</span>");
            b.append("<div class=\"note\">").append(esc(f.note())).append("</div></td><td>").append(e.n()).append("</td><td>")
                    .append(esc(c.expect().key())).append("</td><td>").append(status(f.status())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n");
    }

    private void method(boolean screen) {
        b.append("<section id=\"method\">\n<h2>Method</h2>\n<ul>\n");
        li("Each pattern is a file in validation/: the claim, its source, the setting in words, the experiment (a sweep spec, "
                + "run once per arm; arms differ only in fixed overrides) and the checks that decide it. Nothing in the model "
                + "refers to a pattern or a target.");
        li("A run's value is the metric at the end of the run, or its mean over a window of weeks. A contrast is a weighted sum "
                + "of group means (a difference, or a difference of differences) with Welch and Satterthwaite's 95% t interval; "
                + "a slope is the least-squares slope over all runs with its 95% t interval.");
        li("A check is reproduced only if its whole interval lies on the side the claim expects (above 0, below 0), or, where "
                + "the claim is that something never happens, if it is exactly 0 in every run. A pattern is reproduced only if every "
                + "check that decides it is. An interval that spans 0 is reported as not reproduced: no clear effect.");
        li("Observations are measured the same way but decide nothing: they show what the model does beside the claim, or why.");
        li("Reproducibility runs one experiment twice, on one thread and on two, and compares every output file byte for "
                + "byte, except manifest.json and timing.csv, which record how and how fast it ran.");
        if (screen)
            li("The lever screen is a Morris design (Morris 1991) over every parameter the registry marks as screened, each over "
                    + "its plausible range (choices over all their values). For each parameter and output, mu* is the mean absolute "
                    + "elementary effect per unit of design coordinate (Campolongo, Cariboni & Saltelli 2007), comparable across "
                    + "parameters; mu* of noise is what replicate noise alone would give, sqrt(2/pi) s sqrt(2/R) / delta, with s the "
                    + "pooled standard deviation between the R replicates of each point and delta the Morris step. A parameter moves "
                    + "an output if mu* is at least the threshold times mu* of noise; each screen check counts what moves nothing "
                    + "and is reproduced only if that count is 0. The quick run has fewer trajectories: its mu* are noisier, so it "
                    + "tests the machinery more than the model.");
        if (outcomesDock)
            li("A docking pattern reproduces a published model as a reduction of the model's own parts (its landscape, "
                    + "recombination and network shapes) run by a small driver: each replication is one landscape, seeded from the "
                    + "master seed and its index; networks or groups compared on it share it (and their starting points), so "
                    + "contrasts are paired per landscape and their interval is the t interval of the mean difference.");
        li("To rerun: ./cocreation validate (or --quick); one experiment alone: ./cocreation sweep experiments/<pattern>/sweep.json"
                + (outcomesDock ? "; one docking alone: ./cocreation validate --only <pattern>." : "."));
        b.append("</ul>\n</section>\n");
    }

    private void para(String label, String text) {
        b.append("<p><b>").append(esc(label)).append(".</b> ").append(esc(text)).append("</p>\n");
    }

    private void li(String text) {
        b.append("<li>").append(esc(text)).append("</li>\n");
    }

    private static String status(Check.Status s) {
        String cls = s == Check.Status.REPRODUCED ? "yes" : s == Check.Status.NOT_REPRODUCED ? "no" : "seen";
        return "<span class=\"status " + cls + "\">" + esc(s.text) + "</span>";
    }

    /** Three significant digits, plain notation. */
    static String number(double x) {
        if (Double.isNaN(x)) return "-";
        if (x == Math.rint(x) && Math.abs(x) < 1e6) return Long.toString((long) x);
        return new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN)).stripTrailingZeros().toPlainString();
    }

    static final String STYLE = """
            :root{color-scheme:light;--ink:#222;--muted:#555;--line:#ddd;--soft:#f5f7fa}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
            main{max-width:1180px;margin:0 auto;padding:24px}
            h1{font-size:1.8em;margin:.2em 0}h2{margin-top:2em;border-bottom:2px solid var(--line);padding-bottom:.2em}
            .lead{font-size:1.1em;color:var(--muted)}
            table{border-collapse:collapse;margin:.8em 0;width:100%}
            th,td{border-bottom:1px solid var(--line);padding:.45em .6em;text-align:left;vertical-align:top}
            thead th{background:var(--soft)}
            td.num{white-space:nowrap}td.measure{font-size:.9em}
            .ci{color:var(--muted)}.note{font-size:.82em;color:var(--muted);white-space:normal}
            tr.observation td{color:var(--muted)}
            .status{font-size:.8em;border-radius:3px;padding:.1em .5em;font-weight:600;white-space:nowrap}
            .status.yes{background:#d9f0e3;color:#0b5d2e}.status.no{background:#fbe3d6;color:#8a2c00}.status.seen{background:#eee;color:#444}
            .tag{font-size:.75em;background:#eee;border-radius:3px;padding:0 .4em}
            .wide{overflow-x:auto}
            .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(460px,1fr));gap:16px}
            figure.chart{margin:0;border:1px solid var(--line);border-radius:4px;padding:6px}
            figure.chart svg{width:100%;height:auto;display:block}
            figcaption{font-size:.85em;color:var(--muted);padding:4px}
            .charts.screen{grid-template-columns:1fr}.charts.screen figure{max-width:900px}
            code{font-size:.9em}
            """;
}
