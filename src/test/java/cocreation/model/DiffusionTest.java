package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.Scenario;
import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * Diffusion alone, in a small town: one implemented idea spreads among its problem's users, or does not, as
 * deliberate users judge it on merit and fast ones with a preference for the familiar.
 */
class DiffusionTest {
    private static Municipality town() {
        return town(23, 0.5, 0.5);
    }

    private static Municipality town(long seed, double trust, double openness) {
        Scenario s = new Scenario();
        s.seed = seed;
        s.trust.initial = trust;
        s.population.openness = openness;
        s.population.citizens = 600;
        s.population.officials = 40;
        s.population.organisations = 20;
        s.arenas.clear();
        Municipality m = new Municipality(s);
        m.start();
        return m;
    }

    /** The best or the worst of many random solutions to problem 0. */
    private static long extreme(Problem p, boolean best) {
        MersenneTwisterFast r = new MersenneTwisterFast(3);
        long mask = (1L << p.landscape.parts()) - 1, pick = p.practice();
        for (int i = 0; i < 5000; i++) {
            long x = r.nextLong() & mask;
            if (best ? p.landscape.value(x) > p.landscape.value(pick) : p.landscape.value(x) < p.landscape.value(pick)) pick = x;
        }
        return pick;
    }

    private static Idea launch(Municipality m, long solution) {
        Idea idea = new Idea(9999, 0, solution, Origin.INDIVIDUAL, null, Role.CITIZEN, 0, m.week, true, true, 0.5,
                new int[0], new int[0]);
        m.diffusion.start(m, idea);
        return idea;
    }

    /**
     * Steps diffusion alone, week by week, until the idea ends or the horizon has passed; everyone thinks slowly if
     * asked. Returns the weeks it took.
     */
    private static int spread(Municipality m, Idea idea, boolean deliberate) {
        int w = 0;
        for (; w <= m.scenario().problems.adoption_horizon && !idea.stage.end; w++) {
            m.week++;
            if (deliberate) for (Actor a : m.actors) a.lastSystem2Week = m.week;
            m.diffusion.step(m);
        }
        return w;
    }

    /** Weeks until the best idea for problem 0 is put to use (or abandoned at the horizon), summed over seeds. */
    private static int weeksToUse(double trust, double openness) {
        int weeks = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Municipality m = town(seed, trust, openness);
            Idea idea = launch(m, extreme(m.problems[0], true));
            weeks += spread(m, idea, true);
        }
        return weeks;
    }

    @Test
    void anIdeaSpreadsSoonerWhereUsersTrustTheAdoptersAroundThemAndWhereTheyAreOpen() {
        int distrust = weeksToUse(0.1, 0.5), trusting = weeksToUse(0.9, 0.5);
        assertTrue(trusting < distrust, "adopters persuade as far as they are trusted: " + trusting + " vs " + distrust + " weeks");
        int closed = weeksToUse(0.5, 0.1), open = weeksToUse(0.5, 0.9);
        assertTrue(open < closed, "open users adopt sooner: " + open + " vs " + closed + " weeks");
    }

    @Test
    void aMuchBetterIdeaSpreadsBecomesPracticeAndItsGainIsCounted() {
        Municipality m = town();
        Problem p = m.problems[0];
        long best = extreme(p, true);
        double before = p.practiceValue(), gained = m.metrics.valueGained;
        assertTrue(p.landscape.value(best) > before, "a better solution exists");
        Idea idea = launch(m, best);
        spread(m, idea, true);
        assertEquals(Idea.Stage.IN_USE, idea.stage);
        assertEquals(best, p.practice());
        assertEquals(p.landscape.value(best) - before, m.metrics.valueGained - gained, 1e-12, "the net gain is counted");
        int adopters = 0;
        for (int id : m.directory.usersOf[0]) if (m.actors[id].idea == best) adopters++;
        assertTrue(adopters >= m.scenario().problems.adoption_threshold * m.directory.usersOf[0].length,
                "at least the threshold's share of users adopted it and now hold it: " + adopters);
    }

    @Test
    void fastUsersShyAwayFromADistantIdeaWhoseGainIsBelowTheirPreferenceForTheFamiliar() {
        Municipality m = town();
        Problem p = m.problems[0];
        long best = extreme(p, true);
        double gain = p.landscape.value(best) - p.practiceValue();
        double change = Long.bitCount(best ^ p.practice()) / (double) p.landscape.parts();
        assertTrue(gain > 0 && gain < m.scenario().behaviour.familiarity_bias * change,
                "the condition: better, but by less than the bias against so much change (" + gain + ")");
        long practice = p.practice();
        Idea idea = launch(m, best);
        spread(m, idea, false);
        assertEquals(Idea.Stage.NOT_ADOPTED, idea.stage, "fast users judge it worse than the familiar practice");
        assertEquals(practice, p.practice());
    }

    @Test
    void deliberateUsersDoNotTakeUpAnIdeaWorseThanPractice() {
        Municipality m = town();
        Problem p = m.problems[0];
        long worst = extreme(p, false), practice = p.practice();
        assertTrue(p.landscape.value(worst) < p.practiceValue() - 0.05, "a clearly worse solution exists");
        Idea idea = launch(m, worst);
        spread(m, idea, true);
        assertEquals(Idea.Stage.NOT_ADOPTED, idea.stage, "it ends unadopted when the horizon passes");
        assertEquals(practice, p.practice(), "practice is unchanged");
        assertEquals(0, m.metrics.harmful);
    }
}
