package cocreation.cluster;

/** Quoting for the generated bash scripts. */
final class Shell {
    private Shell() {
    }

    /** A single-quoted bash word that stands for exactly {@code s}. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=@+,-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
