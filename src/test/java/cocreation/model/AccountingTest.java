package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ArenaPlan;
import cocreation.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The innovation chain keeps honest books: every proposal is either still pending or ended in
 * exactly one counted stage, by origin; and the change of practice value equals the net value of
 * what was put to use (losses included) plus what drift did plus what replacing problems did.
 */
class AccountingTest {
    /** A small town with drift, problems that leave the agenda, all three depths of arena, and each regime in turn. */
    static Scenario town(String regime, long seed) {
        Scenario s = new Scenario();
        s.seed = seed;
        s.population.citizens = 900;
        s.population.officials = 80;
        s.population.organisations = 40;
        s.municipality.regime = regime;
        s.municipality.drift = 0.05;
        s.problems.turnover = 0.9; // a problem stays about 58 weeks
        s.behaviour.proposal_rate = 0.01;
        s.municipality.budget_per_1000 = 40;
        for (String depth : List.of("consultation", "co_design", "thick")) {
            ArenaPlan a = new ArenaPlan();
            a.name = depth;
            a.depth = depth;
            a.every_weeks = 6;
            a.reach = 0.3;
            s.arenas.add(a);
        }
        return s;
    }

    @Test
    void everyProposalEndsInOneStageAndPracticeValueIsAccountedFor() {
        long usedSomewhere = 0, harmfulSomewhere = 0, mergedSomewhere = 0, overtakenSomewhere = 0;
        for (String regime : List.of("1.0", "2.0", "3.0")) {
            for (long seed = 1; seed <= 3; seed++) {
                Municipality m = new Municipality(town(regime, seed));
                m.start();
                double before = 0;
                for (Problem p : m.problems) before += p.practiceValue();
                for (int w = 0; w < 200; w++) m.schedule.step(m);
                Metrics c = m.metrics;
                long ended = 0;
                for (Origin o : Origin.values())
                    for (Idea.Stage st : Idea.Stage.values()) {
                        if (!st.end) assertEquals(0, c.ended(o, st), "not an end stage: " + st);
                        ended += c.ended(o, st);
                    }
                assertEquals(c.proposed(), ended + m.pipeline.pending(), regime + " seed " + seed);
                assertEquals(m.pipeline.pending(), m.pipeline.active() + m.diffusion.active(), "pending = queued, approved, produced or spreading");
                double after = 0;
                for (Problem p : m.problems) after += p.practiceValue();
                assertEquals(after - before, c.valueGained + c.valueDrift + c.valueTurnover, 1e-9, regime + " seed " + seed);
                assertTrue(c.valueDrift != 0, "drift changed practice");
                usedSomewhere += c.ended(Idea.Stage.IN_USE);
                assertTrue(c.harmful <= c.ended(Idea.Stage.IN_USE), "harmful ideas are among those put to use");
                harmfulSomewhere += c.harmful;
                mergedSomewhere += c.ended(Idea.Stage.MERGED);
                overtakenSomewhere += c.ended(Idea.Stage.OVERTAKEN);
                assertTrue(c.problemsReplaced > 0, "problems left the agenda");
            }
        }
        assertTrue(usedSomewhere > 0 && mergedSomewhere > 0, "the test town puts ideas to use and merges proposals");
        assertTrue(overtakenSomewhere > 0, "some ideas were still pending when their problem left the agenda");
    }
}
