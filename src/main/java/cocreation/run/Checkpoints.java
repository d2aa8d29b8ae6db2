package cocreation.run;

import cocreation.model.Municipality;
import cocreation.output.TempNames;
import cocreation.scenario.ScenarioException;
import cocreation.scenario.ScenarioReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Checkpoints as files that travel between colleagues, and so as untrusted input. A checkpoint is a
 * short text header (format, tool version, week, length and SHA-256 of what follows) and then the
 * model as MASON writes it (a gzipped Java object stream). Reading checks, in this order and before
 * any object is made: that the file is a regular file of sensible size, the header, the length and
 * SHA-256 of the state, and that the gzip stream is whole (to its trailer). Only then is the state
 * read, through a filter that admits only the classes a model is made of and limits depth, array
 * lengths, references and bytes. Every problem is one line naming the file (exit code 2).
 */
public final class Checkpoints {
    /** Version of the layout of the file (header and state); a reader refuses other formats. */
    public static final int FORMAT = 1;
    /** Largest checkpoint file read: a town of the largest population (10 million) takes about 2 GB. */
    public static final long MAX_FILE_BYTES = 4L << 30;
    /** Largest object stream once inflated: more than any heap this program runs with could hold. */
    static final long MAX_STATE_BYTES = 8L << 30;
    /**
     * Deepest nesting of objects: a checkpoint of the model in 0.2 reaches 11 (the model keeps flat arrays).
     * Nested sets that share elements take 2^depth steps to hash when read; at 24 that is under a second.
     */
    static final int MAX_DEPTH = 24;
    /** Most objects in a stream: about 3 per actor in 0.2, so 10 million actors need 32 million. */
    static final long MAX_REFERENCES = 100_000_000;

    private static final String MAGIC = "cocreation checkpoint";
    private static final int MAX_HEADER = 1024;
    /** The model and its scenario, by package: classes added to them later are admitted too. */
    private static final List<String> OUR_PACKAGES = List.of("cocreation.model.", "cocreation.scenario.");
    /** MASON's schedule and data structures, these packages only (not sim.app's demos, nor the GUI's). */
    private static final Set<String> MASON_PACKAGES = Set.of("sim.engine", "sim.util");
    /** MASON's random number generator, and the JDK classes a model's state is made of: numbers, text, enums, plain collections. */
    private static final Set<String> OTHER_CLASSES = Set.of("ec.util.MersenneTwisterFast",
            "java.lang.Object", "java.lang.Number", "java.lang.Enum", "java.lang.Comparable", "java.lang.String",
            "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Character", "java.lang.Integer",
            "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.HashSet", "java.util.LinkedHashSet",
            "java.util.TreeSet", "java.util.EnumMap", "java.util.BitSet", "java.util.Map$Entry");

    /** What a checkpoint's header says. */
    public record Header(int format, String version, int week, long stateBytes, String stateSha256, int length) {}

    private Checkpoints() {
    }

    /** Writes a checkpoint of the model atomically (temporary file, fsync, rename); a file left by a kill is cleaned later. */
    public static void write(Municipality m, Path target) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Files.createDirectories(dir);
        TempNames.cleanAbandoned(dir, file.getFileName().toString());
        Path tmp = dir.resolve(TempNames.of(file.getFileName().toString(), "tmp"));
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                // The length and SHA-256 are known only after the state: a header of fixed width is written
                // first and filled in after.
                int headerLength = headerBytes(m.week(), 0, "0".repeat(64)).length;
                ch.position(headerLength);
                MessageDigest sha = sha256();
                CountingOutput counted = new CountingOutput(Channels.newOutputStream(ch));
                OutputStream out = new BufferedOutputStream(new DigestOutputStream(counted, sha), 1 << 16);
                m.writeToCheckpoint(out);
                out.flush();
                byte[] header = headerBytes(m.week(), counted.count, HexFormat.of().formatHex(sha.digest()));
                ch.write(ByteBuffer.wrap(header), 0);
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    static byte[] headerBytes(int week, long stateBytes, String sha) {
        String text = MAGIC + "\nformat: " + FORMAT + "\nversion: " + Manifest.toolVersion() + "\nweek: " + week
                + "\nstate_bytes: " + String.format(java.util.Locale.ROOT, "%019d", stateBytes) + "\nstate_sha256: " + sha + "\n\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Checks that the file is a checkpoint this version can continue and reads its header (the state is not read). */
    public static Header header(Path file) throws ScenarioException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw bad(file, Files.exists(file) ? "cannot be read: " + e.getMessage() : "no such file");
        }
        if (a.isDirectory()) throw bad(file, "is a folder, not a checkpoint file");
        if (!a.isRegularFile()) throw bad(file, "is not a regular file (a FIFO, device or socket), so not a checkpoint");
        if (a.size() == 0) throw bad(file, "is empty, not a checkpoint");
        if (a.size() > MAX_FILE_BYTES)
            throw bad(file, a.size() + " bytes, above the limit of " + MAX_FILE_BYTES + " bytes for a checkpoint");
        byte[] start = new byte[(int) Math.min(MAX_HEADER, a.size())];
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(start.length);
        } catch (IOException e) {
            throw bad(file, "cannot be read: " + e.getMessage());
        }
        Header h = parse(file, start);
        if (h.format != FORMAT)
            throw bad(file, "checkpoint format " + h.format + ", which this version (" + Manifest.toolVersion()
                    + ", format " + FORMAT + ") cannot read");
        if (!h.version.equals(Manifest.toolVersion()))
            throw bad(file, "a checkpoint of cocreation " + h.version + ", which this one (" + Manifest.toolVersion()
                    + ") cannot continue; start the run again");
        long held = a.size() - h.length;
        if (held < h.stateBytes) throw bad(file, "truncated: its header promises " + h.stateBytes + " bytes of state, the file holds " + held);
        if (held > h.stateBytes) throw bad(file, (held - h.stateBytes) + " bytes after the end of the state it promises");
        return h;
    }

    private static Header parse(Path file, byte[] start) throws ScenarioException {
        int end = -1;
        for (int i = 0; i + 1 < start.length; i++) {
            if (start[i] == '\n' && start[i + 1] == '\n') {
                end = i + 2;
                break;
            }
            if (start[i] != '\n' && (start[i] < 0x20 || start[i] > 0x7e)) break;
        }
        String text = end < 0 ? "" : new String(start, 0, end, StandardCharsets.US_ASCII);
        if (!text.startsWith(MAGIC + "\n")) {
            boolean gzip = start.length > 1 && (start[0] & 0xff) == 0x1f && (start[1] & 0xff) == 0x8b;
            throw bad(file, gzip ? "no checkpoint header (written by version 0.2.0 or before, or by another program): it cannot "
                    + "be verified, so it is not read; start the run again" : "not a cocreation checkpoint");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(MAGIC.length() + 1).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
        try {
            String sha = fields.get("state_sha256");
            if (sha == null || !sha.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("state_sha256");
            return new Header(Integer.parseInt(fields.get("format")), fields.getOrDefault("version", "?"),
                    Integer.parseInt(fields.get("week")), Long.parseLong(fields.get("state_bytes")), sha, end);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw bad(file, "damaged: its header is incomplete or garbled");
        }
    }

    /** Reads a checkpoint of this version of the model, or says (exit code 2) in one line why it will not. */
    public static Municipality read(Path file) throws ScenarioException {
        Header h = header(file);
        long stateBytes = verify(file, h);
        String[] refusal = new String[1];
        Object state;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(stateOf(file, h), 1 << 16))) {
            ObjectInputStream objects = new ObjectInputStream(in);
            objects.setObjectInputFilter(filter(stateBytes, true, refusal));
            state = objects.readObject();
        } catch (InvalidClassException e) {
            if (refusal[0] != null) throw bad(file, "refused: " + refusal[0]);
            throw bad(file, "a checkpoint of another version of cocreation (" + e.classname
                    + " has changed since), which this one (" + Manifest.toolVersion() + ") cannot continue; start the run again");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw bad(file, refusal[0] != null ? "refused: " + refusal[0] : "not a checkpoint of this model (" + e + ")");
        } catch (StackOverflowError e) { // the depth limit should make this impossible; one line all the same
            throw bad(file, "refused: its objects are nested too deeply to read");
        }
        if (!(state instanceof Municipality m)) throw bad(file, "a checkpoint of another simulation ("
                + (state == null ? "null" : state.getClass().getName()) + "), not of this model");
        if (m.week() != h.week) throw bad(file, "damaged: its header says week " + h.week + ", its state week " + m.week());
        try {
            ScenarioReader.bind(ScenarioReader.JSON.valueToTree(m.scenario()));
        } catch (ScenarioException | IllegalArgumentException e) {
            String why = e instanceof ScenarioException s ? s.problems().get(0) : e.getMessage();
            throw bad(file, "its scenario is not one this version accepts: " + why);
        }
        m.awakeFromCheckpoint();
        return m;
    }

    /**
     * Reads the state once without making objects: its SHA-256 must be the header's and its gzip stream
     * whole, to the trailer (length and CRC). Returns the inflated length, which bounds what the object
     * stream may claim.
     */
    private static long verify(Path file, Header h) throws ScenarioException {
        MessageDigest sha = sha256();
        long inflated = 0;
        String gzipProblem = null;
        try (InputStream raw = new DigestInputStream(stateOf(file, h), sha)) {
            try (InputStream in = new GZIPInputStream(new NonClosing(raw), 1 << 16)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    inflated += n;
                    if (inflated > MAX_STATE_BYTES) throw bad(file, "its state inflates to more than " + MAX_STATE_BYTES + " bytes");
                }
            } catch (IOException e) {
                gzipProblem = e instanceof EOFException ? "ends before its compressed state does" : e.getMessage();
            }
            raw.transferTo(OutputStream.nullOutputStream()); // the rest counts for the SHA-256 too
        } catch (IOException e) {
            throw bad(file, "cannot be read: " + e.getMessage());
        }
        if (!HexFormat.of().formatHex(sha.digest()).equals(h.stateSha256))
            throw bad(file, "damaged: its state does not match the SHA-256 in its header (changed, flipped or lost bytes)");
        if (gzipProblem != null) throw bad(file, "damaged: its compressed state is not whole (" + gzipProblem + ")");
        return inflated;
    }

    /** The state's bytes: the file after its header, exactly as long as the header says. */
    private static InputStream stateOf(Path file, Header h) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(h.length);
        return new LimitedInput(in, h.stateBytes);
    }

    /**
     * Admits the classes of the model and of the parts of MASON and the JDK it is made of, and refuses
     * streams deeper, longer or with more objects than a model has; with {@code modelAtTop}, also any whose
     * first object is not a model. Refusals say why in {@code why[0]}.
     */
    static ObjectInputFilter filter(long stateBytes, boolean modelAtTop, String[] why) {
        return info -> {
            String problem = null;
            Class<?> c = info.serialClass();
            if (c != null) {
                Class<?> element = c;
                while (element.isArray()) element = element.getComponentType();
                if (!element.isPrimitive() && !allowed(element.getName()))
                    problem = "it holds a " + element.getName() + ", which is not part of a cocreation model";
                else if (modelAtTop && info.depth() == 1 && !c.isAssignableFrom(Municipality.class))
                    problem = "a checkpoint of another simulation (" + c.getTypeName() + "), not of this model";
            }
            if (problem == null && info.depth() > MAX_DEPTH)
                problem = "its objects are nested more than " + MAX_DEPTH + " deep";
            else if (problem == null && info.references() > MAX_REFERENCES)
                problem = "it holds more than " + MAX_REFERENCES + " objects";
            else if (problem == null && info.arrayLength() > stateBytes - info.streamBytes())
                // every element takes at least a byte of the stream: a longer claim can only be a lie
                problem = "it claims an array of " + info.arrayLength() + " elements, more than the "
                        + (stateBytes - info.streamBytes()) + " bytes left in it";
            if (problem != null) {
                if (why[0] == null) why[0] = problem;
                return ObjectInputFilter.Status.REJECTED;
            }
            return c != null ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.UNDECIDED;
        };
    }

    /**
     * The same allow-list and limits for every other object stream this process reads (the window's
     * File menu opens checkpoints with MASON's own, unfiltered reader), with arrays bounded by the heap.
     */
    public static void guardProcess() {
        ObjectInputFilter.Config.setSerialFilter(filter(Runtime.getRuntime().maxMemory(), false, new String[1]));
    }

    static boolean allowed(String name) {
        for (String p : OUR_PACKAGES) if (name.startsWith(p)) return true;
        int dot = name.lastIndexOf('.');
        return (dot > 0 && MASON_PACKAGES.contains(name.substring(0, dot))) || OTHER_CLASSES.contains(name);
    }

    private static ScenarioException bad(Path file, String problem) {
        return new ScenarioException(file + ": " + problem);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class CountingOutput extends java.io.FilterOutputStream {
        long count;

        CountingOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() throws IOException {
            flush(); // the channel stays open: the header is written after
        }
    }

    /** At most {@code limit} bytes of a stream. */
    private static final class LimitedInput extends FilterInputStream {
        private long left;

        LimitedInput(InputStream in, long limit) {
            super(in);
            left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) return -1;
            int b = in.read();
            if (b >= 0) left--;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) return -1;
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) left -= n;
            return n;
        }
    }

    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the digest must still read what the gzip stream leaves
        }
    }
}
