package cocreation.cli;

import cocreation.scenario.ParameterInfo;
import java.util.List;

/** The parameter list as aligned text or as a Markdown table. */
public final class ParameterTable {
    private ParameterTable() {
    }

    public static String text(List<ParameterInfo> all) {
        StringBuilder b = new StringBuilder();
        for (ParameterInfo p : all) {
            b.append(p.path()).append("  default ").append(show(p.defaultValue()));
            if (!p.range().isEmpty()) b.append("  range ").append(p.range());
            if (!p.unit().isEmpty()) b.append("  unit ").append(p.unit());
            if (!p.source().isEmpty()) b.append("  source ").append(p.source());
            b.append("\n    ").append(p.doc()).append("\n");
        }
        return b.toString();
    }

    public static String markdown(List<ParameterInfo> all) {
        StringBuilder b = new StringBuilder("| path | default | range | unit | meaning | screened over | source |\n|---|---|---|---|---|---|---|\n");
        for (ParameterInfo p : all)
            b.append("| `").append(p.path()).append("` | ").append(show(p.defaultValue())).append(" | ")
                    .append(cell(p.range())).append(" | ").append(p.unit()).append(" | ")
                    .append(cell(p.doc())).append(" | ").append(p.screened() ? cell(p.screenRange()) : "not screened: " + cell(p.unscreened()))
                    .append(" | ").append(cell(p.source())).append(" |\n");
        return b.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }

    /** Every output metric with its meaning. */
    public static String metrics() {
        StringBuilder b = new StringBuilder("| column | meaning |\n|---|---|\n");
        for (cocreation.model.Metric m : cocreation.model.Metric.values())
            b.append("| `").append(m.column()).append("` | ").append(m.meaning).append(" |\n");
        return b.toString();
    }

    static String show(Object v) {
        if (v instanceof String) return "\"" + v + "\"";
        if (v instanceof Double) return cocreation.scenario.Names.number((Double) v);
        return String.valueOf(v);
    }
}
