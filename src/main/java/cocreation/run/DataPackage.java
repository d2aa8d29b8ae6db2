package cocreation.run;

import cocreation.model.Metric;
import cocreation.output.Json;
import cocreation.scenario.Columns;
import cocreation.scenario.ParameterInfo;
import cocreation.scenario.ParameterRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * datapackage.json beside a command's tables (run, sweep, compare, validate): a Frictionless tabular
 * data package (frictionlessdata.io) naming each table's columns with their type, unit and meaning, so
 * that the tables load and read without the README at hand. Columns are taken from the tables as
 * written; a column is a metric, a derived value, a scenario parameter, one of the common columns
 * below, or one the command describes itself.
 */
public final class DataPackage {
    public static final String FILE = "datapackage.json";

    /** Meanings of the columns that are neither parameters nor metrics. */
    private static final Map<String, String[]> FIXED = fixed();

    /** Meanings of the values derived at the end of a run (run/Summary.DERIVED). */
    private static final Map<String, String> DERIVED = Map.of(
            "innovations_used_per_year", "innovations put to use per year of the run",
            "ideas_put_to_use_per_1000", "ideas put to use per 1,000 actors over the run",
            "practice_value_gain", "practice value at the end minus at the start (removes the level each seed's landscapes start at)",
            "relational_value_gain", "relational value at the end minus at the start",
            "system2_share_mean", "share of decisions made deliberately (System 2), mean over the run's weeks",
            "trust_between_change", "trust on ties across sectors at the end minus at the start",
            "institutional_trust_change", "trust in the municipality at the end minus at the start");

    private DataPackage() {
    }

    /** A column the command describes itself: its type ("integer", "number", "string") and meaning. */
    public record Column(String type, String meaning) {
    }

    /**
     * Writes datapackage.json into dir for those of the tables (file names relative to dir) that exist;
     * own describes the command's own columns (by column name; they take precedence).
     */
    public static void write(Path dir, String name, String description, List<String> tables, Map<String, Column> own)
            throws IOException {
        List<Object> resources = new ArrayList<>();
        for (String table : tables) {
            Path file = dir.resolve(table);
            if (!Files.isRegularFile(file)) continue;
            List<Object> fields = new ArrayList<>();
            for (String column : header(file)) fields.add(field(column, own));
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("fields", fields);
            schema.put("missingValues", List.of(""));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", table.substring(0, table.length() - 4).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"));
            r.put("path", table);
            r.put("profile", "tabular-data-resource");
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            r.put("schema", schema);
            resources.add(r);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("profile", "tabular-data-package");
        p.put("name", name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "-"));
        p.put("description", description + " Numbers are written with a point and no grouping; NaN, Inf and -Inf stand for "
                + "undefined and infinite values, an empty cell for none.");
        p.put("resources", resources);
        Json.write(dir.resolve(FILE), p);
    }

    private static List<String> header(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            List<String> out = new ArrayList<>();
            if (line == null) return out;
            for (String c : line.split(",", -1)) out.add(c.startsWith("\"") && c.endsWith("\"") ? c.substring(1, c.length() - 1) : c);
            return out;
        }
    }

    private static Map<String, Object> field(String column, Map<String, Column> own) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", column);
        Column mine = own.get(column);
        if (mine != null) {
            f.put("type", mine.type());
            f.put("description", mine.meaning());
            return f;
        }
        String[] fixed = FIXED.get(column);
        if (fixed != null) {
            f.put("type", fixed[0]);
            f.put("description", fixed[1]);
            if (fixed.length > 2) f.put("unit", fixed[2]);
            if (column.equals("status")) f.put("constraints", Map.of("enum", List.of("ok", "failed")));
            return f;
        }
        for (Metric m : Metric.values())
            if (m.column().equals(column)) {
                f.put("type", "number");
                f.put("description", m.meaning);
                return f;
            }
        if (DERIVED.containsKey(column)) {
            f.put("type", "number");
            f.put("description", DERIVED.get(column));
            return f;
        }
        String path = Columns.path(column);
        ParameterInfo p = ParameterRegistry.find(path);
        if (p != null) {
            f.put("type", p.numeric() ? p.type() : "string"); // choices are categories, read as text
            f.put("description", "scenario parameter " + path + " (a factor of the design): " + p.doc());
            if (!p.unit().isEmpty()) f.put("unit", p.unit());
            if (!p.choices().isEmpty())
                f.put("constraints", Map.of("enum", p.choices().stream().map(c -> Columns.value(path, c)).toList()));
            return f;
        }
        f.put("type", "any");
        f.put("description", "");
        return f;
    }

    private static Map<String, String[]> fixed() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("run_id", new String[] {"integer", "the run's number: design_point x replications + replicate"});
        m.put("design_point", new String[] {"integer", "the design point (a row of design.csv)"});
        m.put("replicate", new String[] {"integer", "the replicate of the design point, from 0"});
        m.put("seed", new String[] {"integer", "the run's random seed, an integer below 2^53 (read it as an integer or text, not as a "
                + "floating-point number, to keep every digit)"});
        m.put("status", new String[] {"string", "ok, or failed (then error says why and the metrics are empty)"});
        m.put("error", new String[] {"string", "why the run failed; empty if it did not"});
        m.put("block", new String[] {"string", "the part of the design the point belongs to (point; for Morris and Sobol the "
                + "trajectory or matrix)"});
        m.put("sample", new String[] {"integer", "the trajectory or base sample the point belongs to"});
        m.put("moved_factor", new String[] {"string", "the factor this point moved from the one before (Morris) or took from the other "
                + "matrix (Sobol); empty if none"});
        m.put("wall_ms", new String[] {"integer", "the run's wall time", "milliseconds"});
        m.put("step", new String[] {"integer", "week number (1 = first week)", "weeks"});
        m.put("metric", new String[] {"string", "the metric summarised or analysed: a column of runs.csv"});
        m.put("factor", new String[] {"string", "the factor the indices are for, as its column in runs.csv is named"});
        m.put("path", new String[] {"string", "the factor's scenario parameter path (as a sweep spec or --set names it)"});
        m.put("n", new String[] {"integer", "replicates with a value"});
        m.put("mean", new String[] {"number", "mean over the replicates"});
        m.put("sd", new String[] {"number", "standard deviation over the replicates"});
        m.put("ci_low", new String[] {"number", "lower end of the mean's 95% t interval"});
        m.put("ci_high", new String[] {"number", "upper end of the mean's 95% t interval"});
        m.put("mu", new String[] {"number", "Morris: mean elementary effect per unit of design coordinate"});
        m.put("mu_star", new String[] {"number", "Morris: mean absolute elementary effect"});
        m.put("sigma", new String[] {"number", "Morris: standard deviation of the elementary effects"});
        m.put("effects", new String[] {"integer", "Morris: elementary effects the indices are computed from"});
        m.put("mu_star_noise", new String[] {"number", "Morris: the mu_star that replicate noise alone would give"});
        m.put("S1", new String[] {"number", "Sobol: first-order index"});
        m.put("S1_ci_low", new String[] {"number", "Sobol: lower end of the first-order index's bootstrap 95% interval"});
        m.put("S1_ci_high", new String[] {"number", "Sobol: upper end of the first-order index's bootstrap 95% interval"});
        m.put("ST", new String[] {"number", "Sobol: total-order index"});
        m.put("ST_ci_low", new String[] {"number", "Sobol: lower end of the total-order index's bootstrap 95% interval"});
        m.put("ST_ci_high", new String[] {"number", "Sobol: upper end of the total-order index's bootstrap 95% interval"});
        return m;
    }
}
