package cocreation.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Tidy CSV tables: UTF-8, RFC 4180 quoting, "\n" line endings. Cells: Number via
 * {@link Numbers#csv(Number)} (NaN -> ""), null -> "", anything else via toString().
 */
public final class TidyCsv {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

    private TidyCsv() {}

    /** Writes header and rows atomically (streamed, so large tables are fine). */
    public static void write(Path target, List<String> header, Iterable<? extends List<?>> rows) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, FORMAT);
            p.printRecord(header);
            for (List<?> row : rows) p.printRecord(cells(header.size(), row));
            p.flush(); // not closed: AtomicFiles owns the stream
        });
    }

    /** One CSV line (with trailing "\n") for the given cells. */
    public static String line(List<?> row) {
        StringBuilder sb = new StringBuilder();
        try {
            FORMAT.printRecord(sb, cells(row.size(), row).toArray());
        } catch (IOException e) {
            throw new AssertionError(e); // StringBuilder does not throw
        }
        return sb.toString();
    }

    /**
     * Reads header + rows as strings (header is element 0). A last line without a trailing
     * newline is treated as an interrupted write and dropped.
     */
    public static List<List<String>> readRows(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<List<String>> rows = new ArrayList<>();
        try (var parser = FORMAT.parse(new StringReader(completeLines(bytes)))) {
            for (CSVRecord r : parser) rows.add(r.toList());
        }
        return rows;
    }

    /**
     * The header and the data row at index (0 = first after the header), read as a stream that stops
     * there, so one row of a large table costs no more than the rows before it; null if the table is shorter.
     */
    public static List<List<String>> readRow(Path file, long index) throws IOException {
        try (var parser = FORMAT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            List<String> header = null;
            long i = -1;
            for (CSVRecord r : parser) {
                if (header == null) header = r.toList();
                else if (i == index) return List.of(header, r.toList());
                i++;
            }
            return null;
        }
    }

    /** Text up to and including the last '\n' (a byte that never occurs inside a UTF-8 sequence). */
    private static String completeLines(byte[] bytes) {
        return new String(bytes, 0, lastNewline(bytes) + 1, StandardCharsets.UTF_8);
    }

    private static int lastNewline(byte[] bytes) {
        int i = bytes.length - 1;
        while (i >= 0 && bytes[i] != '\n') i--;
        return i;
    }

    private static List<String> cells(int expected, List<?> row) {
        if (row.size() != expected) {
            throw new IllegalArgumentException("Row has " + row.size() + " cells, header has " + expected + ": " + row);
        }
        List<String> out = new ArrayList<>(row.size());
        for (Object v : row) out.add(cell(v));
        return out;
    }

    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Number n) return Numbers.csv(n);
        return v.toString();
    }

    /**
     * Durable row-at-a-time writer for sweeps: each {@link #append} writes one line, then fsyncs.
     * Thread-safe. Reopening an existing file checks the header and cuts off a partial last line.
     */
    public static final class Appender implements Closeable {
        private final FileChannel ch;
        private final List<String> header;

        private Appender(FileChannel ch, List<String> header) {
            this.ch = ch;
            this.header = List.copyOf(header);
        }

        /** Opens (creating if needed) for append; writes the header if the file is empty. */
        public static Appender open(Path file, List<String> header) throws IOException {
            Path abs = file.toAbsolutePath();
            Files.createDirectories(abs.getParent());
            FileChannel ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            try {
                Appender a = new Appender(ch, header);
                a.repairAndCheckHeader(abs);
                return a;
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        }

        private void repairAndCheckHeader(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            int end = lastNewline(bytes) + 1;
            if (end < bytes.length) ch.truncate(end); // drop a partial row from an interrupted write
            if (end == 0) {
                write(line(header));
                return;
            }
            String text = completeLines(bytes);
            List<String> existing = readRowsOf(text.substring(0, text.indexOf('\n') + 1));
            if (!existing.equals(header)) {
                throw new IOException("Existing " + file + " has header " + existing + ", expected " + header);
            }
        }

        private static List<String> readRowsOf(String firstLine) throws IOException {
            try (var parser = FORMAT.parse(new StringReader(firstLine))) {
                return parser.getRecords().get(0).toList();
            }
        }

        public void append(Object... values) throws IOException {
            append(Arrays.asList(values));
        }

        /** Writes one row, flushes and fsyncs before returning. */
        public synchronized void append(List<?> row) throws IOException {
            if (row.size() != header.size()) cells(header.size(), row); // throws with a clear message
            write(line(row));
        }

        private void write(String line) throws IOException {
            ch.position(ch.size());
            AtomicFiles.writeFully(ch, ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
        }

        @Override
        public synchronized void close() throws IOException {
            ch.close();
        }
    }
}
