package cocreation.validation;

import cocreation.sweep.SweepSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A pattern the model should reproduce, as read from one file in {@code validation/}: the claim and
 * its source, the setting in words, the experiment (a sweep spec, run once per arm; the arms differ
 * only in fixed overrides), the checks that decide it, and what to say if it is or is not
 * reproduced. Everything here is data; nothing in the model knows of it.
 *
 * @param id     the file name without .json, which also names the experiment's output folder
 * @param arms   arm names in file order; a single arm named "" when the file has none
 * @param full   the sweep spec of each arm for the full run
 * @param quick  the sweep spec of each arm for --quick (fewer replications, maybe fewer actors and weeks)
 * @param screen the lever screen, for a pattern that is one (its only arm is the screen's Morris sweep), else null
 * @param docking the docking model, for a pattern that reproduces a published model (it has no arms), else null
 */
public record Pattern(String id, Path file, String hash, String title, String claim, String source, String setting,
                      List<String> arms, Map<String, String> armDescriptions, Map<String, SweepSpec> full,
                      Map<String, SweepSpec> quick, List<Check> checks, String ifReproduced, String ifNotReproduced,
                      Screen screen, Docking docking) {

    public SweepSpec spec(String arm, boolean quickMode) {
        return (quickMode ? quick : full).get(arm);
    }

    /** Whether the experiment is run twice to compare its outputs byte for byte. */
    public boolean repeats() {
        return checks.stream().anyMatch(c -> c.kind() == Check.Kind.IDENTICAL);
    }

    /** The file as "folder/name.json" (e.g. validation/01-deliberation.json), the same on every machine. */
    public String fileName() {
        Path abs = file.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        return (parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/") + abs.getFileName();
    }

    /** Whether this pattern is a lever screen. */
    public boolean isScreen() {
        return screen != null;
    }

    /** Whether this pattern docks a published model. */
    public boolean isDocking() {
        return docking != null;
    }

    /** Whether the experiment has named arms (a docking pattern has none). */
    public boolean hasArms() {
        return !arms.isEmpty() && !(arms.size() == 1 && arms.get(0).isEmpty());
    }
}
