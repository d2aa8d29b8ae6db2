package cocreation.cli;

import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import cocreation.output.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cocreation describe}: every scenario parameter with default, range, unit and meaning. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "List every scenario parameter: path, default, range, unit and meaning.")
final class DescribeCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Machine-readable JSON.")
    boolean json;

    @Option(names = "--markdown", description = "A Markdown table (used for docs/ODD.md).")
    boolean markdown;

    @Option(names = "--metrics", description = "The output metrics instead, as a Markdown table (used for the README).")
    boolean metrics;

    @Override
    public Integer call() {
        List<ParameterInfo> all = ParameterRegistry.all();
        if (metrics) System.out.print(ParameterTable.metrics());
        else if (json) System.out.print(Json.toString(asMaps(all)));
        else if (markdown) System.out.print(ParameterTable.markdown(all));
        else System.out.print(ParameterTable.text(all));
        return 0;
    }

    static List<Map<String, Object>> asMaps(List<ParameterInfo> all) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ParameterInfo p : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path());
            m.put("type", p.type());
            m.put("default", p.defaultValue());
            if (Double.isFinite(p.min())) m.put("min", p.min());
            if (Double.isFinite(p.max())) m.put("max", p.max());
            if (!p.choices().isEmpty()) m.put("choices", p.choices());
            m.put("unit", p.unit());
            m.put("meaning", p.doc());
            m.put("source", p.source());
            m.put("screened", p.screened());
            if (!p.screened()) m.put("unscreened", p.unscreened());
            if (p.screened() && p.numeric()) {
                m.put("screen_low", p.low());
                m.put("screen_high", p.high());
            }
            out.add(m);
        }
        return out;
    }
}
