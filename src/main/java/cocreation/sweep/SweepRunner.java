package cocreation.sweep;

import cocreation.model.Municipality;
import cocreation.output.Progress;
import cocreation.output.TidyCsv;
import cocreation.scenario.Scenario;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a sweep's missing runs on a pool of threads in this JVM. Each run builds its own scenario
 * and model from the spec and its run id, so the pool's size and the order in which runs finish
 * change nothing in the results. A run that throws is recorded as failed and the sweep goes on;
 * a journal that cannot be written stops the sweep.
 */
final class SweepRunner {
    private SweepRunner() {
    }

    /** Runs the given run ids; returns how many failed. */
    static int run(SweepSpec spec, List<Integer> runIds, int threads, Journal journal, Progress progress,
                   Function<Scenario, Municipality> model, int failedBefore) throws IOException, InterruptedException {
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "sweep-run");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int id : runIds) done.submit(() -> {
                Finished f = runOne(spec, id, model);
                journal.record(f.record, f.series);
                if (!f.record.ok()) failed.incrementAndGet();
                progress.setExtraMessage((failedBefore + failed.get()) + " failed");
                progress.step();
                return null;
            });
            for (int i = 0; i < runIds.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) throw io;
                    throw new IllegalStateException("recording a run failed: " + cause, cause);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return failed.get();
    }

    private record Finished(RunRecord record, String series) {}

    private static Finished runOne(SweepSpec spec, int runId, Function<Scenario, Municipality> model) {
        long t0 = System.nanoTime();
        long seed = spec.seed(runId);
        try {
            Municipality m = model.apply(spec.scenario(runId));
            RunRecord r = RunRecord.of(runId, seed, m, (System.nanoTime() - t0) / 1_000_000);
            return new Finished(r, spec.recordEvery() > 0 ? series(runId, m, spec.recordEvery()) : null);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return new Finished(RunRecord.failed(runId, seed, e, (System.nanoTime() - t0) / 1_000_000), null);
        }
    }

    /** The run's rows of timeseries.csv (weeks that are multiples of {@code every}), without header. */
    static String series(int runId, Municipality m, int every) {
        StringBuilder b = new StringBuilder();
        for (double[] row : m.metrics().rows()) {
            long week = (long) row[0];
            if (week % every != 0) continue;
            List<Object> cells = new ArrayList<>(row.length + 1);
            cells.add(runId);
            cells.add(week);
            for (int i = 1; i < row.length; i++) cells.add(row[i]);
            b.append(TidyCsv.line(cells));
        }
        return b.toString();
    }
}
