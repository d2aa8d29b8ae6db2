package cocreation.model.rules;

/** Group diversity (Blau 1977). */
public final class Diversity {
    private Diversity() {
    }

    /** Blau's index 1 - sum p_k^2 over categories, scaled by its maximum 1 - 1/k to lie in 0..1. */
    public static double normalizedBlau(int[] counts) {
        long total = 0;
        for (int c : counts) total += c;
        if (total == 0 || counts.length < 2) return 0;
        double sumSq = 0;
        for (int c : counts) sumSq += (c / (double) total) * (c / (double) total);
        return (1 - sumSq) / (1 - 1.0 / counts.length);
    }
}
