package cocreation.sweep;

import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.run.Seeds;
import cocreation.scenario.Overrides;
import cocreation.scenario.Scenario;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import cocreation.sweep.design.DesignPoint;
import cocreation.sweep.design.ExperimentalDesign;
import cocreation.sweep.design.Factor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A checked sweep: the base scenario (with the spec's fixed overrides applied), the factors, the
 * design and its points, replications, seeds and what to record. Built by {@link SpecReader}.
 *
 * <p>Run numbering: run_id = design_point * replications + replicate, and each run's seed is
 * {@link Seeds#derive}(seed, run_id), so a run's result depends on nothing but the spec and its id;
 * with {@code "seeds": "per_replicate"} it is {@link Seeds#derive}(seed, replicate), so that replicate r
 * of every design point shares its seed (common random numbers, for paired comparisons).
 */
public final class SweepSpec {
    /** The supported designs, by their name in spec files. */
    public enum DesignType {
        GRID, LHS, MORRIS, SOBOL;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Designs whose output includes sensitivity indices. */
        public boolean sensitivity() {
            return this == MORRIS || this == SOBOL;
        }
    }

    final String name;
    final String description;
    final ObjectNode base;
    final List<Factor> factors;
    final DesignType type;
    final Map<String, Integer> designParameters;
    final ExperimentalDesign design;
    final List<DesignPoint> points;
    final int replications;
    final long seed;
    final boolean commonSeeds;
    final long designSeed;
    final int steps;
    final int recordEvery;
    final List<String> chartMetrics;
    final JsonNode resolved;
    final String hash;
    /** What is probably not meant, found in the design's scenarios when the spec was read (see ScenarioReader#warnings). */
    final List<String> warnings = new java.util.ArrayList<>();

    SweepSpec(String name, String description, ObjectNode base, List<Factor> factors, DesignType type,
              Map<String, Integer> designParameters, ExperimentalDesign design, int replications, long seed,
              boolean commonSeeds, long designSeed, int steps, int recordEvery, List<String> chartMetrics, JsonNode resolved) {
        this.name = name;
        this.description = description;
        this.base = base;
        this.factors = List.copyOf(factors);
        this.type = type;
        this.designParameters = Map.copyOf(designParameters);
        this.design = design;
        this.points = List.copyOf(design.generate(designSeed));
        this.replications = replications;
        this.seed = seed;
        this.commonSeeds = commonSeeds;
        this.designSeed = designSeed;
        this.steps = steps;
        this.recordEvery = recordEvery;
        this.chartMetrics = List.copyOf(chartMetrics);
        this.resolved = resolved;
        this.hash = Hashing.sha256(Json.toBytes(resolved));
    }

    /** The spec's name (its file name without .json), used for the default output folder. */
    public String name() {
        return name;
    }

    public DesignType type() {
        return type;
    }

    public List<Factor> factors() {
        return factors;
    }

    public List<DesignPoint> points() {
        return points;
    }

    public int replications() {
        return replications;
    }

    /** Number of runs: design points times replications. */
    public int runs() {
        return points.size() * replications;
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** Weeks per run. */
    public int steps() {
        return steps;
    }

    /** Weeks between recorded time-series rows; 0 records final values only. */
    public int recordEvery() {
        return recordEvery;
    }

    /** Warnings about the design's scenarios, one line each, for the command to print. */
    public List<String> warnings() {
        return java.util.Collections.unmodifiableList(warnings);
    }

    /** SHA-256 of the resolved spec: two folders with the same hash hold runs of the same sweep. */
    public String hash() {
        return hash;
    }

    /** The spec with its base scenario inlined, as written to sweep.json; reading it gives this spec again. */
    public JsonNode resolved() {
        return resolved;
    }

    public int designPoint(int runId) {
        return runId / replications;
    }

    public int replicate(int runId) {
        return runId % replications;
    }

    public long seed(int runId) {
        return Seeds.derive(seed, commonSeeds ? replicate(runId) : runId);
    }

    /** Whether replicate r of every design point shares its seed (common random numbers). */
    public boolean commonSeeds() {
        return commonSeeds;
    }

    /** The scenario of one run: the base, the point's factor values, and the run's own seed. */
    public Scenario scenario(int runId) throws ScenarioException {
        ObjectNode tree = pointTree(points.get(designPoint(runId)));
        tree.set("seed", LongNode.valueOf(seed(runId)));
        return ScenarioReader.bind(tree);
    }

    /** The base tree with a point's factor values set; the paths were checked when the spec was read. */
    ObjectNode pointTree(DesignPoint p) {
        ObjectNode tree = base.deepCopy();
        for (Map.Entry<String, Object> e : p.values().entrySet()) {
            String problem = Overrides.set(tree, e.getKey(), node(e.getValue()));
            if (problem != null) throw new IllegalStateException(problem);
        }
        return tree;
    }

    static JsonNode node(Object v) {
        if (v instanceof Double d) return DoubleNode.valueOf(d);
        if (v instanceof Long l) return LongNode.valueOf(l);
        if (v instanceof Boolean b) return BooleanNode.valueOf(b);
        return TextNode.valueOf(String.valueOf(v));
    }
}
