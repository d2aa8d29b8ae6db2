package cocreation.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(0.55, ModeChoice.habitAfter(0.5, false, 0.2, 0.5), 1e-12);
        assertEquals(0.45, ModeChoice.habitAfter(0.5, true, 0.2, 0.5), 1e-12);
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
        double near = Encounter.goodProbability(false, false, 0, 0.5, 0);
        double far = Encounter.goodProbability(false, false, 1, 0.5, 0);
        double farSafe = Encounter.goodProbability(false, false, 1, 0.5, 0.9);
        assertTrue(far < near);
        assertTrue(farSafe > far);
        assertTrue(Encounter.goodProbability(false, true, 0.5, 0.5, 0) > Encounter.goodProbability(false, false, 0.5, 0.5, 0));
        assertEquals(Encounter.GOOD_WHEN_USEFUL, Encounter.goodProbability(true, true, 1, 1, 1), 1e-12);
    }

    @Test
    void zeroTrustSharesNothingWhateverTheSafety() {
        assertEquals(0, Encounter.shareProbability(0, 0), 1e-12);
        assertEquals(0.7, Encounter.shareProbability(0.7, 0), 1e-12);
        assertEquals(0, Encounter.shareProbability(0, 0.5), 0);
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
    void adoptionGrowsWithTrustedNeighboursAppealAndOpennessAndFallsWithHabit() {
        double base = Adoption.probability(0.01, 0.2, 0.1, 0.5, 0.5, 0.5);
        assertTrue(Adoption.probability(0.01, 0.2, 0.8, 0.5, 0.5, 0.5) > base);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, 0.9, 0.5, 0.5) > base);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, 0.5, 0.9, 0.5) < base);
        assertEquals(0, Adoption.probability(0.01, 0.2, 0.5, 0, 0, 0.5), 1e-12);
        // openness scales the chance from half to MOST_OPEN times, once at 0.5
        assertEquals(0.5 * base, Adoption.probability(0.01, 0.2, 0.1, 0.5, 0.5, 0), 1e-12);
        assertEquals(Adoption.MOST_OPEN * base, Adoption.probability(0.01, 0.2, 0.1, 0.5, 0.5, 1), 1e-12);
        // openness reads no value: an open user is as quick to take up what merely looks good
        double harmful = Adoption.appeal(-0.02, 0.05, 0);
        assertTrue(Adoption.probability(0.01, 0.2, 0.1, harmful, 0.5, 1) > Adoption.probability(0.01, 0.2, 0.1, harmful, 0.5, 0));
        assertTrue(Adoption.probability(1, 1, 1, 1, 0, 1) <= 1);
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
    void safetyRaisesSharingButDoesNotReplaceTrust() {
        assertEquals(0, Encounter.shareProbability(0, 1), 0);
        assertEquals(1, Encounter.shareProbability(1, 0), 0);
        assertEquals(0.5, Encounter.shareProbability(0.5, 0), 1e-12);
        assertEquals(0.75, Encounter.shareProbability(0.5, 1), 1e-12);
        // friction spoils encounters between unlike people unless safety protects them
        assertTrue(Encounter.goodProbability(false, true, 1, 0.5, 0) < Encounter.goodProbability(false, true, 0, 0.5, 0));
        assertEquals(Encounter.goodProbability(false, true, 0, 0.5, 0), Encounter.goodProbability(false, true, 1, 0.5, 1), 1e-12);
        assertTrue(Encounter.goodProbability(true, true, 0, 0, 0) > Encounter.goodProbability(false, true, 0, 0, 0));
        assertTrue(Encounter.goodProbability(false, true, 0, 0, 0) > Encounter.goodProbability(false, false, 0, 0, 0));
    }

    @Test
    void distantKnowledgeIsNovelButHardToAbsorbUnlessBridged() {
        assertEquals(0, Elaboration.novelty(0b1111, 0b1111), 0);
        assertEquals(0.5, Elaboration.novelty(0b1111, 0b0011), 1e-12);
        assertEquals(1, Elaboration.absorption(0, 0), 0);
        assertEquals(0, Elaboration.absorption(1, 0), 0);
        assertEquals(1, Elaboration.absorption(1, 1), 0);
        assertEquals(0.5, Elaboration.bridging(0.5, 0), 1e-12);
        assertEquals(0.75, Elaboration.bridging(0.5, 0.5), 1e-12);
        // novelty absorbed is an inverted U in distance without bridging, rising with it when bridged
        double near = 0.2 * Elaboration.absorption(0.2, 0), mid = 0.5 * Elaboration.absorption(0.5, 0), far = 0.9 * Elaboration.absorption(0.9, 0);
        assertTrue(mid > near && mid > far, near + " " + mid + " " + far);
        assertTrue(0.9 * Elaboration.absorption(0.9, 0.9) > 0.5 * Elaboration.absorption(0.5, 0.9));
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        // parts the receiver knows always come across; new ones never without bridging at full novelty
        assertEquals(0b0011L, Elaboration.combine(0, 0b1111, 0b1111, 0b0011, 0, r) & 0b0011);
        assertEquals(0b1111L, Elaboration.combine(0, 0b1111, 0b1111, 0b0000, 1, r));
        assertEquals(0L, Elaboration.combine(0, 0b1111, 0b1111, 0b0000, 0, r));
    }

    @Test
    void conflictNeedsDistanceAndNoSafetyOrTrust() {
        assertEquals(0, Conflict.chance(0, 0, 0, 1), 0);
        assertEquals(0, Conflict.chance(1, 1, 0, 1), 0);
        assertEquals(0, Conflict.chance(1, 0, 1, 1), 0);
        assertEquals(0.25, Conflict.chance(1, 0.5, 0.5, 1), 1e-12);
        assertEquals(1, Conflict.chance(1, 0, 0, 5), 0);
    }

    @Test
    void aHeuristicTriesItsMovesInOrderUntilAPassChangesNothing() {
        MersenneTwisterFast r = new MersenneTwisterFast(5);
        long expertise = 0b1111_0000L;
        for (int t = 0; t < 100; t++) {
            int h = Heuristic.draw(expertise, 3, r);
            assertEquals(3, Heuristic.size(h));
            long seen = 0;
            for (int i = 0; i < 3; i++) {
                long part = 1L << Heuristic.move(h, i);
                assertTrue((expertise & part) != 0, "moves come from expertise");
                assertEquals(0, seen & part, "moves are distinct");
                seen |= part;
            }
        }
        assertEquals(2, Heuristic.size(Heuristic.draw(0b11, 3, r)));
        // value = number of parts set: the search sets each of its moves' parts and then stops
        int h = Heuristic.draw(expertise, 4, r);
        long found = Heuristic.search(h, 0, 10, Long::bitCount, (c, o) -> c > o);
        assertEquals(expertise, found);
        assertEquals(0L, Heuristic.search(h, 0, 10, Long::bitCount, (c, o) -> false));
    }

    @Test
    void habitSettlesWhereFastAndSlowDecisionsBalanceAndRoutineDecides() {
        double low = settle(0.2), high = settle(0.8);
        assertTrue(high > low + 0.2, low + " " + high);
        // p1 r (1 - h) = p2 (1 - r) h, here p1 = 0.9, p2 = 0.1
        assertEquals(0.9 * 0.5 / (0.9 * 0.5 + 0.1 * 0.5), settle(0.5), 0.02);
    }

    private static double settle(double routine) {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        double h = 0.5, sum = 0;
        for (int i = 0; i < 200_000; i++) {
            h = ModeChoice.habitAfter(h, r.nextDouble() < 0.1, 0.01, routine);
            if (i >= 100_000) sum += h;
        }
        return sum / 100_000;
    }

    @Test
    void aTieDissolvesAfterALifetimeIdleOrAQuarterOfOneWhenBothDistrust() {
        assertFalse(TieUpkeep.dissolves(51, 0.9, 52, 0.3), "trusted and used within a lifetime: kept");
        assertTrue(TieUpkeep.dissolves(52, 0.9, 52, 0.3), "idle a lifetime: gone whatever the trust");
        assertTrue(TieUpkeep.dissolves(13, 0.2, 52, 0.3), "distrusted by both: gone after a quarter");
        assertFalse(TieUpkeep.dissolves(12, 0.2, 52, 0.3));
        assertFalse(TieUpkeep.dissolves(13, 0.3, 52, 0.3), "one end at the threshold keeps it");
        assertEquals(1, TieUpkeep.distrustedLifetime(2), "at least a week");
    }
}
