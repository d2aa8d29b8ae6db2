package cocreation.gui;

/** What the display knows of a tie: the mean of the two ends' trust in each other. */
public final class Tie {
    final float trust;

    Tie(double trust) {
        this.trust = (float) trust;
    }

    public double getTrust() {
        return trust;
    }

    @Override
    public String toString() {
        return String.format("trust %.2f", trust);
    }
}
