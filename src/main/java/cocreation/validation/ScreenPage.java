package cocreation.validation;

import static cocreation.report.Html.esc;

import java.util.ArrayList;
import java.util.List;

/**
 * The lever screen's part of validation.html: what was screened and what was left out, the two
 * charts, and two short tables (the parameters that move nothing, and the talk's levers on the key
 * outputs) with links to the full tables, rather than every parameter on the page.
 */
final class ScreenPage {
    private ScreenPage() {
    }

    static String html(Validation.Outcome o, List<ScreenCharts.Figure> figures) {
        LeverScreen.Result r = o.screen();
        Screen s = r.screen();
        StringBuilder b = new StringBuilder();
        List<String> left = new ArrayList<>();
        for (Screen.NotScreened n : s.notScreened()) left.add(n.path() + " (" + n.reason() + ")");
        b.append("<p><b>Screened.</b> ").append(esc(s.screened().size() + " parameters, each over its plausible range, "
                        + "against all " + r.outputs().size() + " outputs; a parameter moves an output if its mu* is at least "
                        + LeverScreen.text(s.threshold()) + " times the mu* of replicate noise alone. Not screened ("
                        + s.notScreened().size() + "): " + String.join("; ", left) + "."))
                .append("</p>\n<div class=\"charts screen\">\n");
        for (ScreenCharts.Figure f : figures)
            b.append("<figure class=\"chart\">").append(f.svg()).append("<figcaption>").append(esc(f.caption()))
                    .append("</figcaption></figure>\n");
        b.append("</div>\n");
        nothing(b, r);
        levers(b, r);
        String dir = "experiments/" + o.pattern().id() + "/";
        b.append("<p><b>Tables.</b> <a href=\"").append(ScreenTables.RATIOS).append("\">").append(ScreenTables.RATIOS)
                .append("</a> (every parameter and output: mu*, mu* of noise, ratio, moves), <a href=\"")
                .append(ScreenTables.SUMMARY).append("\">").append(ScreenTables.SUMMARY)
                .append("</a> (one row per parameter, the ones left out with the reason), <a href=\"").append(esc(dir))
                .append("sensitivity.csv\">").append(esc(dir)).append("sensitivity.csv</a> (mu, mu*, sigma of every effect); charts as ");
        for (ScreenCharts.Figure f : figures)
            b.append("<a href=\"").append(f.name()).append(".png\">").append(f.name()).append(".png</a> ");
        return b.append("</p>\n").toString();
    }

    private static void nothing(StringBuilder b, LeverScreen.Result r) {
        List<LeverScreen.Parameter> none = r.movingNothing();
        if (none.isEmpty()) {
            b.append("<p><b>Parameters that move no output.</b> None.</p>\n");
            return;
        }
        b.append("<h3>Parameters that move no output (").append(none.size()).append(" of ").append(r.parameters().size())
                .append(")</h3>\n<div class=\"wide\"><table>\n<thead><tr><th>parameter</th><th>range screened</th>")
                .append("<th>most affected output</th><th>ratio</th></tr></thead>\n<tbody>\n");
        for (LeverScreen.Parameter p : none)
            b.append("<tr><td><code>").append(esc(p.path())).append("</code></td><td>").append(esc(p.range())).append("</td><td>")
                    .append(esc(p.strongest().isEmpty() ? "-" : p.strongest())).append("</td><td class=\"num\">")
                    .append(esc(LeverScreen.text(p.strongestRatio()))).append("</td></tr>\n");
        b.append("</tbody>\n</table></div>\n");
    }

    private static void levers(StringBuilder b, LeverScreen.Result r) {
        Screen s = r.screen();
        b.append("<h3>The talk's levers on the key outputs</h3>\n<div class=\"wide\"><table>\n<thead><tr><th>lever</th>")
                .append("<th>range screened</th>");
        for (String k : s.keyOutputs()) b.append("<th>").append(esc(k)).append("</th>");
        b.append("<th>moves a key output</th></tr></thead>\n<tbody>\n");
        for (LeverScreen.Parameter p : r.levers()) {
            b.append("<tr><td><code>").append(esc(p.path())).append("</code></td><td>").append(esc(p.range())).append("</td>");
            for (double k : p.keyRatios()) {
                String v = esc(LeverScreen.text(k));
                b.append("<td class=\"num\">").append(k >= s.threshold() ? "<b>" + v + "</b>" : v).append("</td>");
            }
            boolean moves = p.movesKey() || LeverTests.moves(r.tests(), p.path());
            b.append("<td>").append(moves ? "<span class=\"status yes\">yes</span>" : "<span class=\"status no\">no</span>")
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n<p class=\"note\">").append(esc("Ratios of mu* to replicate noise; bold where "
                + "at least " + LeverScreen.text(s.threshold()) + "."))
                .append("</p>\n");
        tests(b, r);
    }

    /** Each lever's own runs at the base town: the differences whose widened interval excludes 0. */
    private static void tests(StringBuilder b, LeverScreen.Result r) {
        if (r.tests().isEmpty()) return;
        b.append("<h3>Each lever alone at the base town</h3>\n<div class=\"wide\"><table>\n<thead><tr><th>lever</th>")
                .append("<th>from</th><th>to</th><th>output</th><th>difference</th><th>interval</th></tr></thead>\n<tbody>\n");
        for (LeverTests.Test t : r.tests()) {
            if (!t.moves()) continue;
            b.append("<tr><td><code>").append(esc(t.lever())).append("</code></td><td>").append(esc(t.from())).append("</td><td>")
                    .append(esc(t.to())).append("</td><td>").append(esc(t.output())).append("</td><td class=\"num\">")
                    .append(esc(ValidationPage.number(t.estimate().value()))).append("</td><td class=\"num\">[")
                    .append(esc(ValidationPage.number(t.low()))).append(", ").append(esc(ValidationPage.number(t.high())))
                    .append("]</td></tr>\n");
        }
        b.append("</tbody>\n</table></div>\n<p class=\"note\">").append(esc("Only the differences whose 95% interval, "
                + "widened for the number of comparisons of the lever (Bonferroni), excludes 0; all are in "
                + ScreenTables.TESTS + " (key outputs) and " + ScreenTables.ANY_OUTPUT + " (every output, each interval widened for all of "
                + "the lever's comparisons, to say whether a lever moves some output).")).append("</p>\n");
    }
}
