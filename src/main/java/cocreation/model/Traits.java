package cocreation.model;

import ec.util.MersenneTwisterFast;

/** Draws trait values from Beta distributions with a given mean and concentration. */
final class Traits {
    private Traits() {
    }

    /** A Beta(mean * c, (1 - mean) * c) draw; the mean itself at the ends of the range. */
    static double beta(MersenneTwisterFast random, double mean, double concentration) {
        if (mean <= 0) return 0;
        if (mean >= 1) return 1;
        double x = gamma(random, mean * concentration);
        double y = gamma(random, (1 - mean) * concentration);
        return x / (x + y);
    }

    /** Marsaglia & Tsang (2000) gamma draw with unit scale. */
    static double gamma(MersenneTwisterFast random, double shape) {
        if (shape < 1) return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        double d = shape - 1.0 / 3, c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian(), v = 1 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
        }
    }
}
