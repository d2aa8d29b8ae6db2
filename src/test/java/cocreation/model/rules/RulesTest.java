package cocreation.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.Facilitation;
import org.junit.jupiter.api.Test;

class RulesTest {
    @Test
    void timePressureAndHabitReduceDeliberation() {
        double relaxed = ModeChoice.system2Probability(0.6, 0.8, 0.1, 0.3, 0.5, 0);
        double pressed = ModeChoice.system2Probability(0.6, 0.8, 0.9, 0.3, 0.5, 0);
        double habitual = ModeChoice.system2Probability(0.6, 0.8, 0.1, 0.9, 0.5, 0);
        assertTrue(pressed < relaxed);
        assertTrue(habitual < relaxed);
        assertEquals(0, ModeChoice.system2Probability(0.6, 0.8, 1.0, 0.3, 0.5, 0), 1e-12);
        assertEquals(1, ModeChoice.system2Probability(0.6, 0.8, 1.0, 0.3, 0.5, 1), 1e-12);
    }

    @Test
    void curiosityResistsHabit() {
        assertTrue(ModeChoice.system2Probability(0.5, 0.7, 0.5, 0.9, 0.9, 0)
                > ModeChoice.system2Probability(0.5, 0.7, 0.5, 0.9, 0.1, 0));
    }

    @Test
    void repetitionStrengthensHabitAndDeliberationWeakensIt() {
        assertEquals(0.55, ModeChoice.habitAfter(0.5, false, 0.1), 1e-12);
        assertEquals(0.45, ModeChoice.habitAfter(0.5, true, 0.1), 1e-12);
    }

    @Test
    void trustMovesTowardOutcomeAndDecaysTowardGeneralisedTrust() {
        assertEquals(0.55, TrustUpdate.after(0.5, 1, 0.1), 1e-12);
        assertEquals(0.45, TrustUpdate.after(0.5, 0, 0.1), 1e-12);
        assertEquals(0.5, TrustUpdate.after(0.5, 1, 0), 1e-12);
        assertEquals(0.6, TrustUpdate.decayed(0.8, 0.4, 52, 52), 1e-12);
    }

    @Test
    void frictionSpoilsDistantEncountersUnlessSafe() {
        double near = Encounter.goodProbability(false, 0, 0.5, 0);
        double far = Encounter.goodProbability(false, 1, 0.5, 0);
        double farSafe = Encounter.goodProbability(false, 1, 0.5, 0.9);
        assertTrue(far < near);
        assertTrue(farSafe > far);
        assertTrue(Encounter.goodProbability(true, 0.5, 0.5, 0) > Encounter.goodProbability(false, 0.5, 0.5, 0));
        assertEquals(1, Encounter.goodProbability(false, 1, 1, 1), 1e-12);
    }

    @Test
    void zeroTrustSharesNothingWithoutSafety() {
        assertEquals(0, Encounter.shareProbability(0, 0), 1e-12);
        assertEquals(0.7, Encounter.shareProbability(0.7, 0), 1e-12);
        assertTrue(Encounter.shareProbability(0, 0.5) > 0);
    }

    @Test
    void distanceCountsSectorBackgroundAndLevel() {
        assertEquals(0, Encounter.distance(1, 1, 2, 2, 0, 0), 1e-12);
        assertEquals(1, Encounter.distance(0, 1, 0, 1, 0, 3), 1e-12);
        assertEquals(1.0 / 3, Encounter.distance(0, 1, 0, 0, 1, 1), 1e-12);
    }

    @Test
    void system1PrefersFamiliarAndInGroupIdeas() {
        double familiar = Judgement.perceived(0.6, false, 0, false, 0, 0.05, 0.005, 0.1, 0.02);
        double strange = Judgement.perceived(0.6, false, 0.5, false, 0, 0.05, 0.005, 0.1, 0.02);
        double inGroup = Judgement.perceived(0.6, false, 0.5, true, 0, 0.05, 0.005, 0.1, 0.02);
        double merit = Judgement.perceived(0.6, true, 0.5, true, 0, 0.05, 0.005, 0.1, 0.02);
        assertTrue(strange < familiar);
        assertTrue(inGroup > strange);
        assertEquals(0.6, merit, 1e-12);
        assertEquals(0.6 + 0.05, Judgement.perceived(0.6, false, 0, false, 1, 0.05, 0.005, 0.1, 0.02), 1e-12);
    }

    @Test
    void recombinationTakesTheOthersPartsInTheirDomains() {
        assertEquals(0b1010_0101L, Recombination.combine(0b1010_1010L, 0b0000_0101L, 0b0000_1111L));
        assertEquals(0b0100L, Recombination.flipNth(0L, 0b1110L, 1));
        assertEquals(0.25, Recombination.distance(0b1111L, 0b1100L, 8), 1e-12);
    }

    @Test
    void adoptionGrowsWithNeighboursAndUsefulnessAndFallsWithHabit() {
        double base = Adoption.probability(0.01, 0.2, 0.1, 0, 0.5);
        assertTrue(Adoption.probability(0.01, 0.2, 0.8, 0, 0.5) > base);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, 0.02, 0.5) > base);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, 0, 0.9) < base);
        assertEquals(0, Adoption.probability(0.01, 0.2, 0.5, -Adoption.USEFULNESS_SCALE, 0), 1e-12);
    }

    @Test
    void blauIndexIsZeroForOneGroupAndOneForEvenSpread() {
        assertEquals(0, Diversity.normalizedBlau(new int[] {10, 0, 0}), 1e-12);
        assertEquals(1, Diversity.normalizedBlau(new int[] {5, 5, 5}), 1e-12);
        assertEquals(0, Diversity.normalizedBlau(new int[] {0, 0}), 1e-12);
    }

    @Test
    void betterFacilitationMeansMoreSafetyDeliberationAndVoice() {
        FacilitationEffects poor = FacilitationEffects.of(Facilitation.uniform(0.1));
        FacilitationEffects good = FacilitationEffects.of(Facilitation.uniform(0.9));
        assertTrue(good.safety() > poor.safety());
        assertTrue(good.deliberation() > poor.deliberation());
        assertTrue(good.voiceEquality() > poor.voiceEquality());
        assertEquals(0.9, good.mixing(), 1e-12);
        Facilitation humourOnly = Facilitation.uniform(0);
        humourOnly.humour = 1;
        assertTrue(FacilitationEffects.of(humourOnly).patternBreak() > 0);
        assertEquals(0, FacilitationEffects.of(humourOnly).deliberation(), 1e-12);
    }
}
