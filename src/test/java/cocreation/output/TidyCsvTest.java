package cocreation.output;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TidyCsvTest {
    @TempDir Path tmp;

    @Test
    void roundTripWithQuotesCommasAndNewlines() throws IOException {
        Path f = tmp.resolve("out/t.csv");
        List<String> header = List.of("name", "value", "n");
        List<List<?>> rows = List.of(
                Arrays.asList("a, \"b\"", 0.25, 3),
                Arrays.asList("line1\nline2", Double.NaN, null),
                Arrays.asList("plain", 1e-7, 7L));
        TidyCsv.write(f, header, rows);
        String text = Files.readString(f);
        assertFalse(text.contains("\r"), "LF line endings only");
        assertTrue(text.startsWith("name,value,n\n\"a, \"\"b\"\"\",0.25,3\n"), text);
        List<List<String>> back = TidyCsv.readRows(f);
        assertEquals(List.of(
                header,
                List.of("a, \"b\"", "0.25", "3"),
                List.of("line1\nline2", "", ""),
                List.of("plain", "1e-07", "7")), back);
    }

    @Test
    void oneRowIsReadAloneEvenAcrossQuotedNewlines() throws IOException {
        Path f = tmp.resolve("r.csv");
        TidyCsv.write(f, List.of("id", "text"), List.of(List.of(0, "a\nb"), List.of(1, "c"), List.of(2, "d")));
        assertEquals(List.of(List.of("id", "text"), List.of("1", "c")), TidyCsv.readRow(f, 1));
        assertEquals(List.of("0", "a\nb"), TidyCsv.readRow(f, 0).get(1));
        assertNull(TidyCsv.readRow(f, 3), "beyond the table");
    }

    @Test
    void rejectsRowOfWrongWidth() {
        assertThrows(IllegalArgumentException.class,
                () -> TidyCsv.write(tmp.resolve("bad.csv"), List.of("a", "b"), List.of(List.of(1))));
        assertFalse(Files.exists(tmp.resolve("bad.csv")));
    }

    @Test
    void appenderIsDurableAndToleratesTruncatedLine() throws IOException {
        Path f = tmp.resolve("runs.csv");
        List<String> header = List.of("run", "result");
        try (TidyCsv.Appender a = TidyCsv.Appender.open(f, header)) {
            a.append(1, 0.5);
            a.append(2, "x,y");
        }
        // simulate a crash mid-row (including a cut UTF-8 sequence)
        byte[] partial = "3,0.7\u00e9".getBytes(StandardCharsets.UTF_8);
        Files.write(f, Arrays.copyOf(partial, partial.length - 1), StandardOpenOption.APPEND);
        List<List<String>> rows = TidyCsv.readRows(f);
        assertEquals(List.of(header, List.of("1", "0.5"), List.of("2", "x,y")), rows);

        try (TidyCsv.Appender a = TidyCsv.Appender.open(f, header)) {
            a.append(3, 0.75);
        }
        assertEquals("run,result\n1,0.5\n2,\"x,y\"\n3,0.75\n", Files.readString(f));
        assertThrows(IOException.class, () -> TidyCsv.Appender.open(f, List.of("other", "cols")));
    }
}
