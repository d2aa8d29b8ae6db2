package cocreation.validation;

import cocreation.output.TidyCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * validation.csv: one row per check, tidy. The pattern's claim, source and experiment file are
 * repeated on each of its rows; {@code status} is the check's, {@code pattern_status} the pattern's
 * (reproduced only if every check that decides is).
 */
final class ValidationTable {
    static final List<String> HEADER = List.of("pattern", "title", "check", "decides", "claim", "source", "experiment",
            "measure", "effect", "ci_low", "ci_high", "n", "expected", "status", "pattern_status", "note");

    private ValidationTable() {
    }

    static void write(Path file, List<Validation.Outcome> outcomes) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (Validation.Outcome o : outcomes) {
            Pattern p = o.pattern();
            for (Finding f : o.findings()) {
                Check c = f.check();
                rows.add(List.of(p.id(), p.title(), c.name(), c.decides() ? "yes" : "no", p.claim(), p.source(),
                        p.fileName(), f.measure(), f.estimate().value(), f.estimate().low(),
                        f.estimate().high(), f.estimate().n(), c.expect().key(), f.status().text, o.status().text, f.note()));
            }
        }
        TidyCsv.write(file, HEADER, rows);
    }
}
