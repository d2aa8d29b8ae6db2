package cocreation.run;

import cocreation.model.Municipality;
import cocreation.scenario.Scenario;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Object streams an attacker (or an accident) could put in a checkpoint, gzipped as MASON writes them:
 * either on their own, or hidden inside a real (tiny) model, where a list that should hold arena plans
 * holds them instead (a stream does not say what its lists may hold). Built here rather than stored,
 * so that what each does is readable.
 */
final class HostileStates {
    private HostileStates() {
    }

    /** The "URLDNS" gadget: a HashMap whose key is a URL with no cached hash, so reading it hashes the URL and resolves its host. */
    static HashMap<Object, Object> urlLookup(String host) throws IOException {
        URLStreamHandler quiet = new URLStreamHandler() { // so that building it here resolves nothing
            @Override
            protected URLConnection openConnection(URL u) {
                throw new UnsupportedOperationException();
            }

            @Override
            protected int hashCode(URL u) {
                return URL_HASH;
            }
        };
        HashMap<Object, Object> map = new HashMap<>();
        map.put(new URL(null, "http://" + host + "/", quiet), "x");
        return map;
    }

    private static final int URL_HASH = 0x5EED1234;

    /** Nested HashSets that share their elements: hashing them on reading takes 2^depth steps ("billion laughs"). */
    static Set<Object> nestedSets(int depth) {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root, s2 = new HashSet<>();
        for (int i = 0; i < depth; i++) {
            Set<Object> t1 = new HashSet<>(), t2 = new HashSet<>();
            t1.add("foo"); // t1 and t2 differ, so each set holds two
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        return root;
    }

    /** Lists nested {@code depth} deep: reading them recurses once per level. */
    static List<Object> nestedLists(int depth) {
        List<Object> root = new ArrayList<>();
        List<Object> inner = root;
        for (int i = 0; i < depth; i++) {
            List<Object> next = new ArrayList<>();
            inner.add(next);
            inner = next;
        }
        return root;
    }

    /** A one-element long[] whose length is rewritten by {@link #gzipped} to 2^31 - 1 (16 GB), with nothing after it. */
    static long[] hugeArray() {
        return new long[] {ARRAY_MARK};
    }

    private static final long ARRAY_MARK = 0x0102030405060708L;

    /** A real model of 30 people at week 1 whose scenario's list of arenas holds {@code gadget}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Municipality inModel(Object gadget) {
        Scenario s = new Scenario();
        s.population.citizens = 20;
        s.population.officials = 8;
        s.population.organisations = 2;
        s.steps = 10;
        Municipality m = new Municipality(s);
        m.start();
        m.schedule.step(m);
        ((List) m.scenario().arenas).add(gadget);
        return m;
    }

    /** The object stream of {@code o}, gzipped, with the patches the gadgets above need. */
    static byte[] gzipped(Object o) throws Exception {
        byte[][] out = new byte[1][];
        Exception[] failed = new Exception[1];
        Thread t = new Thread(null, () -> { // writing deeply nested objects recurses as deeply
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream s = new ObjectOutputStream(bytes)) {
                    s.writeObject(o);
                }
                out[0] = patched(bytes.toByteArray());
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "deep-writer", 1L << 30);
        t.start();
        t.join();
        if (failed[0] != null) throw failed[0];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(out[0]);
        }
        return bytes.toByteArray();
    }

    private static byte[] patched(byte[] stream) {
        // URL caches its hash in a field (then its port, -1): -1 makes the reader compute it again, with the real handler.
        int url = find(stream, URL_HASH, -1);
        if (url >= 0) Arrays.fill(stream, url, url + 4, (byte) 0xFF);
        // The array's length (1) just before its one element: claim 2^31 - 1 and end the stream there.
        int array = find(stream, 1, (int) (ARRAY_MARK >>> 32));
        if (array >= 0) {
            stream[array] = 0x7F;
            Arrays.fill(stream, array + 1, array + 4, (byte) 0xFF);
            return Arrays.copyOf(stream, array + 4);
        }
        return stream;
    }

    /** Where two big-endian ints occur one after the other, or -1. */
    private static int find(byte[] b, int first, int second) {
        for (int i = 0; i + 8 <= b.length; i++) {
            if (readInt(b, i) == first && readInt(b, i + 4) == second) return i;
        }
        return -1;
    }

    private static int readInt(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }
}
