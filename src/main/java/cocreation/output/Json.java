package cocreation.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Shared Jackson mapper for stable, diffable JSON: 2-space indent with "\n" on every platform,
 * map insertion order kept (use LinkedHashMap), doubles as exact plain numbers via
 * {@link Numbers#formatExact} (12.0 -> 12, 1e-7 -> 1e-07), NaN/Infinity -> null.
 * Do not reconfigure the shared mapper; copy() it instead.
 */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // when it reads
            .defaultPrettyPrinter(prettyPrinter())
            .addModule(doublesModule())
            .build();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** JSON bytes (UTF-8, no trailing newline). */
    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes value plus a trailing newline atomically. */
    public static void write(Path target, Object value) throws IOException {
        AtomicFiles.write(target, out -> {
            MAPPER.writeValue(new NonClosing(out), value);
            out.write('\n');
        });
    }

    public static <T> T read(Path file, Class<T> type) throws IOException {
        return MAPPER.readValue(file.toFile(), type);
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        Separators seps = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter(seps);
        pp.indentObjectsWith(lf);
        pp.indentArraysWith(lf);
        return pp;
    }

    private static SimpleModule doublesModule() {
        SimpleModule m = new SimpleModule("cocreation-doubles");
        DoubleSer d = new DoubleSer();
        m.addSerializer(Double.class, d);
        m.addSerializer(Double.TYPE, d);
        m.addSerializer(Float.class, new FloatSer());
        m.addSerializer(Float.TYPE, new FloatSer());
        m.addSerializer(double[].class, new DoubleArraySer());
        return m;
    }

    static void writeDouble(double v, JsonGenerator g) throws IOException {
        if (Double.isFinite(v)) g.writeNumber(Numbers.formatExact(v));
        else g.writeNull();
    }

    private static final class DoubleSer extends StdSerializer<Double> {
        DoubleSer() { super(Double.class); }
        @Override public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            writeDouble(v, g);
        }
    }

    private static final class FloatSer extends StdSerializer<Float> {
        FloatSer() { super(Float.class); }
        @Override public void serialize(Float v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (Float.isFinite(v)) g.writeNumber(Numbers.formatExact(Double.parseDouble(v.toString())));
            else g.writeNull();
        }
    }

    private static final class DoubleArraySer extends StdSerializer<double[]> {
        DoubleArraySer() { super(double[].class); }
        @Override public void serialize(double[] a, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray(a, a.length);
            for (double v : a) writeDouble(v, g);
            g.writeEndArray();
        }
    }

    /** Jackson closes the target stream by default; AtomicFiles must fsync it first. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) { super(out); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
        @Override public void close() throws IOException { flush(); }
    }
}
