package cocreation.output;

/**
 * Progress reporting on System.err (task name, bar, count, ETA, extra message), or nothing.
 * Implementations are thread-safe. Close to print the final state.
 */
public interface Progress extends AutoCloseable {
    void step();

    void stepBy(long n);

    /** Short status shown after the bar, e.g. "3 failed". */
    void setExtraMessage(String message);

    @Override
    void close();

    /** A console bar, or a silent no-op if quiet. */
    static Progress create(String task, long total, boolean quiet) {
        return quiet ? noop() : new ConsoleProgress(task, total);
    }

    static Progress noop() {
        return NoProgress.INSTANCE;
    }
}
