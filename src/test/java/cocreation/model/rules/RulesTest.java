package cocreation.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.Facilitation;
import ec.util.MersenneTwisterFast;
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
    void adoptionGrowsWithNeighboursAndAppealAndFallsWithHabit() {
        double base = Adoption.probability(0.01, 0.2, 0.1, 0.5, 0.5);
        assertTrue(Adoption.probability(0.01, 0.2, 0.8, 0.5, 0.5) > base);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, 0.9, 0.5) > base);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, 0.5, 0.9) < base);
        assertEquals(0, Adoption.probability(0.01, 0.2, 0.5, 0, 0), 1e-12);
    }

    @Test
    void appealIsTheChanceThatANoisyJudgeSeesAGain() {
        assertEquals(0.5, Adoption.appeal(0, 0.05, 0), 1e-9);
        assertEquals(0.8413447, Adoption.appeal(0.05, 0.05, 0), 1e-6);
        // a fast judge takes up some ideas worse than practice; familiarity bias holds new ones back
        assertTrue(Adoption.appeal(-0.02, 0.05, 0) > 0.2);
        assertTrue(Adoption.appeal(0.02, 0.05, 0.02) < Adoption.appeal(0.02, 0.05, 0));
        // a deliberate judge almost never does
        assertTrue(Adoption.appeal(-0.02, 0.005, 0) < 1e-4);
        assertEquals(1, Adoption.appeal(0.01, 0, 0), 0);
    }

    @Test
    void oweTimeCarriesOverAndTires() {
        assertEquals(0, TimeUse.owedAfterWeek(3, 3, 0.5), 1e-12);
        assertEquals(22.5, TimeUse.owedAfterWeek(48, 3, 0.5), 1e-12);
        assertEquals(0, TimeUse.fatigue(0, 3), 0);
        assertEquals(0.5, TimeUse.fatigue(3, 3), 1e-12);
        assertEquals(1, TimeUse.fatigue(1, 0), 0);
        assertTrue(TimeUse.fatigue(10, 3) > TimeUse.fatigue(5, 3));
    }

    @Test
    void officialsFeelPoliticalPressureAndTargetsUnlessProtected() {
        assertEquals(0.5, TimePressure.felt(false, 0.5, 0.9, 0.9, 0.9), 0);
        assertEquals(0.5, TimePressure.felt(true, 0.5, 0, 0, 0), 1e-12);
        assertEquals(1 - 0.5 * 0.5 * 0.7, TimePressure.felt(true, 0.5, 0.5, 0.3, 0), 1e-12);
        assertEquals(0.5 * (1 - 0.5 * 0.5 * 0.7), TimePressure.felt(true, 0.5, 0.5, 0.3, 0.5), 1e-12);
        assertEquals(0, TimePressure.political(-0.1, 5), 0);
        assertEquals(0.5, TimePressure.political(0.1, 5), 1e-12);
        assertEquals(1, TimePressure.political(0.5, 5), 0);
    }

    @Test
    void beingHeardCountsBesideTheOutcome() {
        assertEquals(0, ProceduralJustice.outcome(false, false, 0.6), 0);
        assertEquals(0.6, ProceduralJustice.outcome(true, false, 0.6), 1e-12);
        assertEquals(1, ProceduralJustice.outcome(true, true, 0.6), 1e-12);
        assertEquals(0.5, ProceduralJustice.satisfaction(0.7, 0.7, 0.05), 1e-12);
        assertTrue(ProceduralJustice.satisfaction(0.6, 0.7, 0.05) < 0.12);
        assertTrue(ProceduralJustice.satisfaction(0.8, 0.7, 0.05) > 0.88);
    }

    @Test
    void producersDeliverWhatTheyKnowAndContractorsShadeWhatCannotBeSpecified() {
        MersenneTwisterFast r = new MersenneTwisterFast(1);
        long practice = 0, designed = 0b1111;
        assertEquals(designed, Fidelity.deliver(designed, practice, 0b1111, 0, 1, 1, r));
        assertEquals(0b0011, Fidelity.deliver(designed, practice, 0b0011, 0, 1, 1, r));
        assertEquals(designed, Fidelity.deliver(designed, practice, 0, 1, 1, 1, r));
        assertEquals(practice, Fidelity.deliver(designed, practice, 0b1111, 1, 0, 1, r));
        assertEquals(designed, Fidelity.deliver(designed, practice, 0b1111, 1, 0, 0, r));
        assertEquals(1, Fidelity.specifiable(20, 0), 0);
        assertEquals(0, Fidelity.specifiable(20, 19), 0);
        int kept = 0;
        for (int i = 0; i < 10_000; i++) kept += Long.bitCount(Fidelity.deliver(0b1, 0, 0, 0.3, 1, 0, r));
        assertEquals(3000, kept, 150);
    }

    @Test
    void competitionLowersTheTenderPrice() {
        assertEquals(10 * 1.5 + 2, Procurement.price(10, 1, 0.5, 2), 1e-12);
        assertTrue(Procurement.price(10, 6, 0.5, 2) < Procurement.price(10, 2, 0.5, 2));
        assertEquals(12, Procurement.price(10, 1, 0, 2), 1e-12);
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
