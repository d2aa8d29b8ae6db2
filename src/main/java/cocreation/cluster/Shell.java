package cocreation.cluster;

/** Quoting for the generated bash scripts and for command lines in manifests. */
public final class Shell {
    private Shell() {
    }

    /** A single-quoted bash word that stands for exactly {@code s}. */
    public static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=@+,-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /**
     * Text for comments and {@code echo "..."} lines: anything a shell could take for syntax there (quotes,
     * {@code $}, backticks, backslashes, newlines and other control characters) becomes '?'.
     */
    static String plain(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isLetterOrDigit(c) || " ._,:;=+@%()-".indexOf(c) >= 0 ? c : '?'));
        return b.toString();
    }
}
