package cocreation.model;

import cocreation.scenario.Problems;
import ec.util.MersenneTwisterFast;

/**
 * Creates a problem whose current practice is where the municipality's past search stopped: a
 * random solution improved one part at a time until no single change helps (a local optimum).
 * Better practice then needs changes in several parts at once.
 */
final class ProblemBuilder {
    private ProblemBuilder() {
    }

    static Problem build(int index, Problems spec, MersenneTwisterFast random) {
        Landscape landscape = new Landscape(spec.parts, spec.wickedness, random.nextLong());
        long practice = random.nextLong() & landscape.allParts();
        double value = landscape.value(practice);
        boolean improved = true;
        while (improved) {
            improved = false;
            int offset = random.nextInt(spec.parts);
            for (int j = 0; j < spec.parts; j++) {
                long candidate = practice ^ (1L << ((offset + j) % spec.parts));
                double v = landscape.value(candidate);
                if (v > value) {
                    practice = candidate;
                    value = v;
                    improved = true;
                }
            }
        }
        return new Problem(index, landscape, practice);
    }
}
