package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonHashingTest {
    @TempDir Path tmp;

    record Summary(String name, double mean, double[] values, List<Double> boxed) {}

    @Test
    void nanAndInfinityBecomeNullAndOrderIsKept() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zeta", Double.NaN);
        m.put("alpha", Double.POSITIVE_INFINITY);
        m.put("int", 12.0);
        m.put("small", 1.5e-7);
        m.put("summary", new Summary("s", Double.NaN, new double[] {1, Double.NaN}, List.of(0.1, Double.NaN)));
        String s = Json.toString(m);
        assertFalse(s.contains("NaN") || s.contains("Infinity"), s);
        assertTrue(s.indexOf("zeta") < s.indexOf("alpha"), "insertion order");
        assertTrue(s.contains("\"int\": 12,"), s);
        assertTrue(s.contains("\"small\": 1.5e-07"), s);
        assertFalse(s.contains("\r"));

        Path f = tmp.resolve("m.json");
        Json.write(f, m);
        JsonNode n = Json.mapper().readTree(f.toFile());
        assertTrue(n.get("zeta").isNull());
        assertTrue(n.get("alpha").isNull());
        assertEquals(1.5e-7, n.get("small").doubleValue());
        assertTrue(n.get("summary").get("mean").isNull());
        assertTrue(n.get("summary").get("values").get(1).isNull());
        assertTrue(n.get("summary").get("boxed").get(1).isNull());
        assertEquals(0.1, n.get("summary").get("boxed").get(0).doubleValue());
        assertTrue(Files.readString(f).endsWith("}\n"));
        assertArrayEquals(Files.readAllBytes(f), (Json.toString(m) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sha256OfFile() throws IOException {
        Path f = tmp.resolve("abc.txt");
        AtomicFiles.writeString(f, "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashing.sha256(f));
        AtomicFiles.writeString(f, "abcd"); // replace existing
        assertEquals("abcd", Files.readString(f));
        try (var s = Files.list(tmp)) {
            assertEquals(1, s.count(), "no temp files left behind");
        }
    }
}
