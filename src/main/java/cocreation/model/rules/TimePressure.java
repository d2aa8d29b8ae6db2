package cocreation.model.rules;

/**
 * The time pressure an actor feels, the one rule every mechanism reads it through. Citizens and
 * organisations feel the scenario's time pressure. Officials also feel political pressure from
 * unmet expectations and, under plans and targets, the targets' tempo; leadership's protected
 * time takes the bought share of all of it away.
 */
public final class TimePressure {
    private TimePressure() {
    }

    /** Felt pressure 0..1: each source takes its share of what time the others leave. */
    public static double felt(boolean official, double timePressure, double political, double tempo, double protection) {
        if (!official) return timePressure;
        double free = (1 - timePressure) * (1 - political) * (1 - tempo);
        return (1 - free) * (1 - protection);
    }

    /** Political pressure 0..1 from the expectation gap (expectation minus practice value). */
    public static double political(double expectationGap, double sensitivity) {
        return Math.max(0, Math.min(1, sensitivity * expectationGap));
    }
}
