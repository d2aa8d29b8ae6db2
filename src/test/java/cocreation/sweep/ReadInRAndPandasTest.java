package cocreation.sweep;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.TestEnvironment;
import cocreation.output.TidyCsv;
import cocreation.run.Simulation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep's tables read without options in R ({@code read.csv}) and pandas ({@code read_csv}): the
 * regime stays a category, an arena's parameter keeps its name, the sensitivity table's factors are
 * columns of runs.csv, and seeds keep every digit. Runs R and Python where they are installed
 * (.ci/run installs r-base-core and python3-pandas).
 */
class ReadInRAndPandasTest {
    @TempDir Path tmp;

    private Path sweep() throws Exception {
        ObjectNode spec = SpecReaderTest.tiny();
        spec.put("replications", 1);
        spec.putObject("design").put("type", "morris").put("trajectories", 2).put("levels", 4);
        ArrayNode factors = spec.putArray("factors");
        factors.addObject().put("path", "municipality.regime").putArray("values").add("1.0").add("2.0").add("3.0");
        factors.addObject().put("path", "arenas[0].facilitation.humour").put("min", 0).put("max", 1);
        SweepSpec s = Fixtures.read(Fixtures.write(tmp, "r", spec));
        return Sweep.run(s, tmp.resolve("out"), Fixtures.options(2, false, Shard.ALL), Simulation::run).folder();
    }

    @Test
    void rReadsTheTablesAsWritten() throws Exception {
        TestEnvironment.require(works("Rscript", "--version"), "Rscript is not installed (apt-get install r-base-core)");
        Path out = sweep();
        String seed = TidyCsv.readRows(out.resolve("runs.csv")).get(1).get(3);
        String script = """
                runs <- read.csv("runs.csv"); sens <- read.csv("sensitivity.csv"); summ <- read.csv("summary.csv")
                stopifnot(is.character(runs$municipality.regime), all(grepl("^regime_", runs$municipality.regime)))
                stopifnot("arenas.0.facilitation.humour" %in% names(runs), is.numeric(runs$arenas.0.facilitation.humour))
                stopifnot(all(sens$factor %in% names(runs)), all(unique(sens$factor) %in% names(summ)))
                stopifnot(sprintf("%.0f", runs$seed[1]) == "SEED")
                cat("ok\\n")
                """.replace("SEED", seed);
        assertEquals("ok", run(out, "Rscript", "-e", script));
    }

    @Test
    void pandasReadsTheTablesAsWritten() throws Exception {
        String python = List.of("python3", "/usr/bin/python3").stream().filter(p -> works(p, "-c", "import pandas")).findFirst()
                .orElse(null);
        TestEnvironment.require(python != null, "python3 with pandas is not installed (apt-get install python3-pandas)");
        Path out = sweep();
        String seed = TidyCsv.readRows(out.resolve("runs.csv")).get(1).get(3);
        String script = """
                import pandas as pd
                runs = pd.read_csv("runs.csv"); sens = pd.read_csv("sensitivity.csv")
                assert runs["municipality.regime"].dtype == object, runs["municipality.regime"].dtype
                assert runs["municipality.regime"].str.startswith("regime_").all()
                assert set(sens["factor"]) <= set(runs.columns), set(sens["factor"]) - set(runs.columns)
                assert runs["seed"].dtype == "int64" and str(runs["seed"][0]) == "SEED", runs["seed"][0]
                print("ok")
                """.replace("SEED", seed);
        assertEquals("ok", run(out, python, "-c", script));
    }

    private static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The command's last line of output, run in dir; fails with all its output if it exits non-zero. */
    private static String run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + text);
        assertEquals(0, p.exitValue(), String.join(" ", List.of(command[0])) + " failed:\n" + text);
        List<String> lines = new ArrayList<>(text.lines().toList());
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1).trim();
    }
}
