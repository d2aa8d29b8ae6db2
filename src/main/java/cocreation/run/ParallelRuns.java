package cocreation.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent jobs on a pool of threads in one JVM. A job that throws is recorded as failed
 * with its message and does not stop the others. Outcomes come back in index order; a callback
 * sees each as it finishes (on the worker thread, so it must be thread-safe).
 */
public final class ParallelRuns {
    private ParallelRuns() {
    }

    public interface Job<T> {
        T run(int index) throws Exception;
    }

    /** The result of one job: its value, or the error it failed with. */
    public record Outcome<T>(int index, T value, String error, long wallMillis) {
        public boolean failed() {
            return error != null;
        }
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public static <T> List<Outcome<T>> run(List<Integer> indices, int threads, Job<T> job, Consumer<Outcome<T>> onDone)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int index : indices) futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                Outcome<T> o;
                try {
                    o = new Outcome<>(index, job.run(index), null, (System.nanoTime() - t0) / 1_000_000);
                } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
                    o = new Outcome<>(index, null, msg, (System.nanoTime() - t0) / 1_000_000);
                }
                onDone.accept(o);
                return o;
            }));
            List<Outcome<T>> out = new ArrayList<>();
            for (Future<Outcome<T>> f : futures) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a run's callback failed: " + e.getCause(), e.getCause());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
