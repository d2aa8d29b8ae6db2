package cocreation.report;

import cocreation.output.Charts;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The report page's building blocks: escaping, charts made ready for the page, and its style sheet. */
public final class Html {
    public static final int CHART_WIDTH = 600, CHART_HEIGHT = 360;

    private Html() {
    }

    /** A small square in the option's chart colour. */
    static String swatch(int k) {
        Color col = Charts.color(k);
        return "<span class=\"swatch\" style=\"background:" + String.format(java.util.Locale.ROOT, "#%06x", col.getRGB() & 0xFFFFFF) + "\"></span>";
    }

    /**
     * A chart ready for the page: a viewBox so CSS can scale it, and path coordinates rounded to a
     * tenth of a pixel, which halves the file without a visible change.
     */
    public static String svg(String element) {
        Matcher m = PATH.matcher(element);
        StringBuilder out = new StringBuilder(element.length() / 2);
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(" d='" + tenths(m.group(1)) + "'"));
        m.appendTail(out);
        String s = out.toString();
        return s.contains("viewBox") ? s : s.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + CHART_WIDTH + " " + CHART_HEIGHT + "\" ");
    }

    private static final Pattern PATH = Pattern.compile(" d='([^']*)'");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

    private static String tenths(String path) {
        Matcher m = DECIMAL.matcher(path);
        StringBuilder out = new StringBuilder(path.length());
        while (m.find()) {
            String r = new BigDecimal(m.group()).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
            m.appendReplacement(out, r.equals("-0") ? "0" : r);
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    static final String STYLE = """
            :root{color-scheme:light;--ink:#222;--muted:#555;--line:#ddd;--soft:#f5f7fa;--clear:#e8f1fb}
            body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
            main{max-width:1180px;margin:0 auto;padding:24px}
            h1{font-size:1.8em;margin:.2em 0}h2{margin-top:2em;border-bottom:2px solid var(--line);padding-bottom:.2em}
            h3{margin-top:1.4em}h4{margin:1.2em 0 .3em}
            .lead{font-size:1.1em;color:var(--muted)}
            nav a{display:inline-block;margin:0 .8em .3em 0;color:#0059a0}
            table{border-collapse:collapse;margin:.8em 0;width:100%}
            th,td{border-bottom:1px solid var(--line);padding:.45em .6em;text-align:left;vertical-align:top}
            thead th{background:var(--soft)}
            table.numbers td{text-align:right;white-space:nowrap}
            table.numbers thead th:not(:first-child){text-align:right}
            tr.group th{background:var(--soft);font-size:.95em;color:var(--muted)}
            tr.primary th,tr.primary td{border-bottom:2px solid #999}
            td.clear{background:var(--clear);font-weight:600}
            .ci,.ratio{font-size:.82em;color:var(--muted);font-weight:400}
            .wide{overflow-x:auto}
            .swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;border-radius:2px;vertical-align:baseline}
            .tag{font-size:.75em;background:#eee;border-radius:3px;padding:0 .4em;font-weight:400}
            ul.diff{margin:0;padding-left:1.1em}ul.diff code{font-size:.85em}
            .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
            figure.chart{margin:0;border:1px solid var(--line);border-radius:4px;padding:6px}
            figure.chart svg{width:100%;height:auto;display:block}
            figure.forest{max-width:760px;margin:0 0 1em}
            figcaption{font-size:.85em;color:var(--muted);padding:4px}
            .note{color:var(--muted);font-size:.92em}
            .warning{border-left:4px solid #c60;background:#fff6ec;padding:.4em .9em;margin:1em 0}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em}dt{font-weight:600}dd{margin:0}
            ol.seeds{columns:4 14em;font-size:.9em}code.hash{font-size:.8em;word-break:break-all}
            ol.method li,ul li{margin:.3em 0}
            @media print{nav{display:none}figure.chart{break-inside:avoid}}
            """;
}
