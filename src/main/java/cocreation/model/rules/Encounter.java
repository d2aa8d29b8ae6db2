package cocreation.model.rules;

/**
 * How an encounter turns out. Difference between people causes friction unless it is handled:
 * psychological safety (from facilitation) protects the encounter; shared knowledge makes it
 * rewarding. The optimum of cognitive distance (Nooteboom 2007) follows from this together with
 * recombination: distance brings new knowledge but costs trust when unfacilitated.
 */
public final class Encounter {
    /** Chance that an encounter is a good experience when knowledge flowed, and when it did not. */
    public static final double GOOD_WHEN_SHARED = 0.9;
    public static final double GOOD_WHEN_NOT_SHARED = 0.6;

    private Encounter() {
    }

    /** Probability of a good experience. */
    public static double goodProbability(boolean shared, double distance, double friction, double safety) {
        double base = shared ? GOOD_WHEN_SHARED : GOOD_WHEN_NOT_SHARED;
        return safety + (1 - safety) * base * (1 - friction * distance);
    }

    /**
     * Social and cognitive distance between two people, 0..1: sector (discipline), background, and
     * hierarchy level, weighted equally.
     */
    public static double distance(int sectorA, int sectorB, int backgroundA, int backgroundB,
                                  int levelA, int levelB) {
        double d = (sectorA != sectorB ? 1 : 0) + (backgroundA != backgroundB ? 1 : 0)
                + Math.abs(levelA - levelB) / 3.0;
        return d / 3;
    }

    /** Probability that someone shares what they know with a person, given their trust in them. */
    public static double shareProbability(double trust, double safety) {
        return safety + (1 - safety) * trust;
    }
}
