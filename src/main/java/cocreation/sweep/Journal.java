package cocreation.sweep;

import cocreation.output.AtomicFiles;
import cocreation.output.Hashing;
import cocreation.output.Json;
import cocreation.output.TidyCsv;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folder of a sweep (or shard) that is not finished: {@code <out>.partial/}. It holds
 * {@code sweep.json} (the resolved spec), {@code shard.json}, {@code journal.csv} (one line per
 * finished run, appended and fsynced as the run ends) and, if time series are recorded,
 * {@code timeseries/<run_id>.csv} (written atomically before the run's journal line). A run counts
 * as done once its journal line is complete, so after a kill at any moment the journal tells exactly
 * which runs are still to do. A lock file keeps two processes from writing one journal.
 */
final class Journal implements Closeable {
    static final String SPEC = "sweep.json", SHARD = "shard.json", JOURNAL = "journal.csv", SERIES = "timeseries";

    private final Path dir;
    private final String specHash;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final TidyCsv.Appender appender;
    private final Map<Integer, RunRecord> done;

    private Journal(Path dir, String specHash, FileChannel lockChannel, FileLock lock, TidyCsv.Appender appender,
                    Map<Integer, RunRecord> done) {
        this.dir = dir;
        this.specHash = specHash;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.appender = appender;
        this.done = done;
    }

    /** The in-progress folder of an output folder. */
    static Path partialOf(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".partial");
    }

    /** Creates the folder, or opens it to resume (it must then hold the same spec and shard). */
    static Journal open(Path dir, SweepSpec spec, Shard shard) throws IOException, ScenarioException {
        Files.createDirectories(dir);
        FileChannel ch = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            ch.close();
            throw new ScenarioException(dir + ": another sweep is writing here");
        }
        try {
            Path specFile = dir.resolve(SPEC);
            if (Files.exists(specFile)) {
                if (!hashOf(specFile).equals(spec.hash()))
                    throw new ScenarioException(dir + ": holds runs of a different spec (or a changed base scenario); "
                            + "use another --out, or delete it to start again");
            } else {
                Json.write(specFile, spec.resolved());
            }
            Path shardFile = dir.resolve(SHARD);
            Map<String, Object> shardInfo = shardInfo(spec, shard);
            if (Files.exists(shardFile)) {
                JsonNode old = ScenarioReader.readTree(shardFile);
                if (old.path("shard").asInt(-1) != shard.index() || old.path("shards").asInt(-1) != shard.count())
                    throw new ScenarioException(dir + ": was started as shard " + old.path("shard").asText() + "/"
                            + old.path("shards").asText() + ", not " + shard);
            } else {
                Json.write(shardFile, shardInfo);
            }
            Map<Integer, RunRecord> done = read(dir, spec); // first: a journal of another version is bad input
            TidyCsv.Appender appender = TidyCsv.Appender.open(dir.resolve(JOURNAL), RunRecord.JOURNAL_HEADER);
            return new Journal(dir, spec.hash(), ch, lock, appender, done);
        } catch (ScenarioException | IOException | RuntimeException e) {
            lock.release();
            ch.close();
            throw e;
        }
    }

    /** SHA-256 of a sweep.json, comparable with {@link SweepSpec#hash()}. */
    static String hashOf(Path specFile) throws ScenarioException {
        return Hashing.sha256(Json.toBytes(ScenarioReader.readTree(specFile)));
    }

    static Map<String, Object> shardInfo(SweepSpec spec, Shard shard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("spec_name", spec.name());
        m.put("spec_sha256", spec.hash());
        m.put("shard", shard.index());
        m.put("shards", shard.count());
        return m;
    }

    /**
     * The finished runs recorded in a folder, by run id. Each line carries a check of its cells and of the
     * spec, so a line edited by hand (or copied from another sweep) is refused; a run has one line, or
     * failed lines followed by the line of a retry (the last one counts). A run whose time series should
     * exist but does not was tampered with too: the series is written before the line.
     */
    static Map<Integer, RunRecord> read(Path dir, SweepSpec spec) throws IOException, ScenarioException {
        Path file = dir.resolve(JOURNAL);
        Map<Integer, RunRecord> out = new LinkedHashMap<>();
        Map<Integer, Integer> lineOf = new HashMap<>();
        if (!Files.exists(file)) return out;
        List<List<String>> rows = TidyCsv.readRows(file);
        if (rows.isEmpty()) return out;
        if (!rows.get(0).equals(RunRecord.JOURNAL_HEADER))
            throw new ScenarioException(file + ": written by another version (its columns differ)");
        for (int line = 1; line < rows.size(); line++) {
            List<String> cells = rows.get(line);
            String where = file + " line " + (line + 1);
            RunRecord r;
            try {
                r = RunRecord.parse(cells);
            } catch (RuntimeException e) {
                throw new ScenarioException(where + ": cannot be read: " + e.getMessage());
            }
            if (!cells.get(cells.size() - 1).equals(check(spec.hash(), cells.subList(0, cells.size() - 1))))
                throw new ScenarioException(where + ": run " + r.runId() + "'s line was changed after the sweep wrote it "
                        + "(its check does not match its cells)");
            if (r.runId() < 0 || r.runId() >= spec.runs() || r.seed() != spec.seed(r.runId()))
                throw new ScenarioException(where + ": run " + r.runId() + " with seed " + r.seed() + " is not a run of this sweep");
            RunRecord before = out.get(r.runId());
            if (before != null && before.ok())
                throw new ScenarioException(where + ": run " + r.runId() + " is journalled a second time (first on line "
                        + lineOf.get(r.runId()) + "); a run is journalled once, or again only after it failed");
            if (r.ok() && spec.recordEvery() > 0 && !Files.exists(series(dir, r.runId())))
                throw new ScenarioException(where + ": run " + r.runId() + "'s time series " + dir.relativize(series(dir, r.runId()))
                        + " is missing");
            out.put(r.runId(), r);
            lineOf.put(r.runId(), line + 1);
        }
        return out;
    }

    /** The check of a journal line's cells: SHA-256 of the spec's hash and the cells, 16 hex digits. */
    static String check(String specHash, List<String> cells) {
        return Hashing.sha256((specHash + "\n" + String.join("\u001f", cells)).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    static Path series(Path dir, int runId) {
        return dir.resolve(SERIES).resolve(runId + ".csv");
    }

    Path dir() {
        return dir;
    }

    /** Runs already finished (ok or failed), by run id. */
    Map<Integer, RunRecord> done() {
        return done;
    }

    /** Records a finished run durably: its time series file first, then its journal line. */
    void record(RunRecord r, String series) throws IOException {
        if (series != null) AtomicFiles.writeString(series(dir, r.runId()), series);
        List<String> row = r.journalRow();
        row.add(check(specHash, row));
        appender.append(row);
    }

    @Override
    public void close() throws IOException {
        try {
            appender.close();
        } finally {
            if (lock.isValid()) lock.release();
            lockChannel.close();
        }
    }
}
