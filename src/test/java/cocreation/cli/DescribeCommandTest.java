package cocreation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ParameterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DescribeCommandTest {
    @Test
    void textListsEveryPath() {
        String text = ParameterTable.text(ParameterRegistry.all());
        for (var p : ParameterRegistry.all()) assertTrue(text.contains(p.path() + "  default"), p.path());
        assertTrue(text.contains("municipality.time_pressure  default 0.5  range 0..1"));
    }

    @Test
    void jsonHasOneEntryPerParameter() {
        assertEquals(ParameterRegistry.all().size(), DescribeCommand.asMaps(ParameterRegistry.all()).size());
    }

    /** The ODD's parameter table is generated from the registry; regenerate with ./cocreation describe --markdown. */
    @Test
    void oddParameterTableIsUpToDate() throws Exception {
        String odd = Files.readString(Path.of("docs/ODD.md"));
        String table = ParameterTable.markdown(ParameterRegistry.all());
        assertTrue(odd.contains(table), "docs/ODD.md's parameter table is out of date: run "
                + "docs/regenerate.sh");
    }
}
