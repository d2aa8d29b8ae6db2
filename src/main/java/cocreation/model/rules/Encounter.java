package cocreation.model.rules;

/**
 * How an encounter turns out. Partners learn trust from what the other did (Macy & Skvoretz 1998):
 * sharing something useful is the best experience, sharing what is of no use is fine, not sharing
 * is the least good. Difference between people (sector, background, level) causes friction,
 * which psychological safety (from facilitation) protects against; safety also makes sharing
 * easier for those who trust somewhat, but it does not replace trust: with no trust, nobody shares.
 */
public final class Encounter {
    /** Chance of a good experience when what was shared was useful, when it was of no use, when nothing was shared. */
    public static final double GOOD_WHEN_USEFUL = 0.9, GOOD_WHEN_SHARED = 0.7, GOOD_WHEN_NOT_SHARED = 0.5;

    private Encounter() {
    }

    /** Probability of a good experience. */
    public static double goodProbability(boolean useful, boolean shared, double distance, double friction, double safety) {
        double base = useful ? GOOD_WHEN_USEFUL : shared ? GOOD_WHEN_SHARED : GOOD_WHEN_NOT_SHARED;
        return base * (1 - friction * distance * (1 - safety));
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

    /** Probability that someone shares what they know with a person: trust, which safety raises but does not replace. */
    public static double shareProbability(double trust, double safety) {
        return trust * (1 + safety * (1 - trust));
    }
}
