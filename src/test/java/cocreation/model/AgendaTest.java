package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Problems leave the agenda and new ones take their place; their pending ideas are overtaken, counted. */
class AgendaTest {
    private static Municipality town(double turnover) {
        Scenario s = new Scenario();
        s.seed = 5;
        s.population.citizens = 600;
        s.population.officials = 40;
        s.population.organisations = 20;
        s.problems.turnover = turnover;
        s.behaviour.proposal_rate = 0.02;
        Municipality m = new Municipality(s);
        m.start();
        return m;
    }

    @Test
    void problemsStayWhenTheyNeverLeave() {
        Municipality m = town(0);
        Problem[] first = m.problems.clone();
        for (int w = 0; w < 80; w++) m.schedule.step(m);
        for (int p = 0; p < first.length; p++) assertSame(first[p], m.problems[p]);
        assertEquals(0, m.metrics.problemsReplaced);
        assertEquals(0, m.metrics.ended(Idea.Stage.OVERTAKEN));
    }

    @Test
    void aReplacedProblemHasANewPracticeItsUsersStartFromAndNoPendingIdeas() {
        Municipality m = town(0);
        for (int w = 0; w < 40; w++) m.schedule.step(m);
        int p = 0;
        long pendingBefore = m.pipeline.pending();
        Problem old = m.problems[p];
        m.scenario().problems.turnover = 52; // leaves with chance 1 this week
        Agenda.week(m);
        m.scenario().problems.turnover = 0;
        Problem next = m.problems[p];
        assertNotSame(old, next);
        assertEquals(p, next.index);
        assertEquals(m.problems.length, m.metrics.problemsReplaced, "every problem left, each once");
        assertEquals(0, m.pipeline.pending(), "nothing is pending for problems that left");
        assertEquals(pendingBefore, m.metrics.ended(Idea.Stage.OVERTAKEN), "what was pending was overtaken, counted");
        double spread = m.scenario().population.idea_spread;
        int parts = next.landscape.parts();
        double distance = 0;
        int users = m.directory.usersOf[p].length;
        for (int id : m.directory.usersOf[p]) {
            Actor a = m.actors[id];
            assertEquals(next.practice(), a.lastProposed);
            assertEquals(next.landscape.value(a.idea), a.ideaValue(next.landscape), 1e-12);
            distance += Long.bitCount(a.idea ^ next.practice());
        }
        assertTrue(users > 0);
        assertEquals(spread * parts, distance / users, 1.0, "users' ideas are near the new practice");
    }

    @Test
    void problemsLeaveAtTheRateTheAgendaGives() {
        Municipality m = town(2.6); // a problem leaves with chance 1/20 a week
        int weeks = 400;
        for (int w = 0; w < weeks; w++) m.schedule.step(m);
        double expected = m.problems.length * weeks / 20.0;
        double sd = Math.sqrt(expected);
        assertTrue(Math.abs(m.metrics.problemsReplaced - expected) < 4 * sd,
                m.metrics.problemsReplaced + " replacements, expected about " + expected);
    }
}
