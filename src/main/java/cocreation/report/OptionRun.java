package cocreation.report;

import java.util.Map;

/**
 * One finished run of an option, as the report keeps it: its final and derived values by column name, and the
 * charted series sampled at {@link Comparison#weeks} ({@code series[chart][point]}).
 */
public record OptionRun(int option, int replication, long seed, Map<String, Double> values, double[][] series) {
}
