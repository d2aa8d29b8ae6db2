package cocreation.report;

import java.util.Map;

/**
 * What the report keeps of one finished run: its final and derived values by column name, and the
 * charted series sampled at {@link Comparison#weeks} ({@code series[chart][point]}).
 */
public record RunRecord(int option, int replication, long seed, Map<String, Double> values, double[][] series) {
}
