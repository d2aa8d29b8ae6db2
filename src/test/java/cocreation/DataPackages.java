package cocreation;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.output.Json;
import cocreation.output.TidyCsv;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a folder's datapackage.json: every listed table's every column, in order, with a type and a meaning. */
public final class DataPackages {
    private DataPackages() {
    }

    /** Asserts the package describes each of the tables fully; returns the tables it describes. */
    public static Set<String> assertDescribes(Path dir, List<String> tables) throws IOException {
        JsonNode p = Json.mapper().readTree(dir.resolve("datapackage.json").toFile());
        assertEquals("tabular-data-package", p.get("profile").asText());
        Set<String> described = new HashSet<>();
        for (JsonNode r : p.get("resources")) {
            String table = r.get("path").asText();
            described.add(table);
            List<String> header = TidyCsv.readRows(dir.resolve(table)).get(0);
            List<String> names = new ArrayList<>();
            for (JsonNode f : r.get("schema").get("fields")) {
                names.add(f.get("name").asText());
                assertFalse(f.get("description").asText().isEmpty(), table + ": " + f.get("name") + " has a meaning");
                assertTrue(List.of("integer", "number", "string").contains(f.get("type").asText()), table + ": " + f);
            }
            assertEquals(header, names, table + ": one field per column, in order");
        }
        for (String table : tables) assertTrue(described.contains(table), table + " is described");
        return described;
    }
}
