package cocreation.gui;

/**
 * What the display knows of a tie: the mean of the two ends' trust in each other, refreshed each
 * week, and the update that last saw the tie (so ties the model dissolved can be dropped).
 */
public final class Tie {
    float trust;
    int seen;

    Tie(double trust, int seen) {
        this.trust = (float) trust;
        this.seen = seen;
    }

    public double getTrust() {
        return trust;
    }

    @Override
    public String toString() {
        return String.format("trust %.2f", trust);
    }
}
