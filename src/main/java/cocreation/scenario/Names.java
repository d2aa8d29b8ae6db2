package cocreation.scenario;

import java.util.Collection;
import java.util.Locale;

/** Small helpers for parameter names and messages. */
public final class Names {
    private Names() {
    }

    /** A number as people write it: {@code 1} rather than {@code 1.0}. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return String.format(Locale.ROOT, "%s", v);
    }

    /** " (did you mean 'x'?)" for a hint, "" for none: how every strict reader ends a "not one of" message. */
    public static String hint(String hint) {
        return hint == null ? "" : " (did you mean '" + hint + "'?)";
    }

    /** The same for the candidate closest to key (with the prefix the user wrote before it), or "". */
    public static String hint(String key, Collection<String> candidates, String prefix) {
        String h = closest(key, candidates);
        return h == null ? "" : hint(prefix + h);
    }

    /**
     * Every key of an object that is not allowed, as "prefix.key: unknown key (did you mean 'prefix.other'?)":
     * the one check of unknown keys that scenarios, sweep specs and pattern files share.
     */
    public static void unknownKeys(Iterable<String> keys, String prefix, Collection<String> allowed, java.util.List<String> problems) {
        for (String k : keys)
            if (!allowed.contains(k)) problems.add(prefix + k + ": unknown key" + hint(k, allowed, prefix));
    }

    /** The closest of the candidates to the given key, or null if none is close. */
    public static String closest(String key, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        boolean close = best != null && (bestDistance <= Math.max(2, key.length() / 3)
                || best.contains(key) || key.contains(best));
        return close ? best : null;
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
