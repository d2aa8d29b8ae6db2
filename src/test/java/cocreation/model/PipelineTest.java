package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decision process alone, in a small town stopped before anyone proposes: merging, shelving,
 * waiting for the plan, and problems leaving the agenda, each counted in one end stage.
 */
class PipelineTest {
    /** A town whose people never propose on their own, so that the test's proposals are the only ones. */
    private static Municipality quietTown(String... overrides) throws Exception {
        List<String> all = new ArrayList<>(List.of("behaviour.proposal_rate=0", "arenas=[]"));
        all.addAll(List.of(overrides));
        return SmallTown.after(0, all);
    }

    /** Two users of one problem, to propose for it. */
    private static Actor[] usersOf(Municipality m, int problem) {
        Actor[] two = new Actor[2];
        int k = 0;
        for (Actor a : m.actors) if (a.problem == problem && k < 2) two[k++] = a;
        assertEquals(2, k, "the problem needs two users");
        return two;
    }

    @Test
    void aProposalEqualToAPendingIdeaMergesIntoItAndIsCounted() throws Exception {
        Municipality m = quietTown();
        Actor[] users = usersOf(m, 0);
        users[1].idea = users[0].idea;
        m.pipeline.submitIndividual(m, users[0]);
        m.pipeline.submitIndividual(m, users[1]);
        assertEquals(1, m.pipeline.queued(), "one idea waits for review");
        assertEquals(1, m.pipeline.pending());
        assertEquals(1, m.metrics.ended(Origin.INDIVIDUAL, Idea.Stage.MERGED), "the second proposal is counted as merged");
        assertEquals(2, m.metrics.proposed(), "both proposals are counted as proposed");
        assertEquals(2, m.pipeline.queue().get(0).stakeholders.length, "the second proposer joins the idea's stakeholders");
    }

    @Test
    void aProposalNobodyReviewsIsShelvedAfterItsShelfLife() throws Exception {
        // review hours so few that no review fits in a week; leaders attend to nothing
        Municipality m = quietTown("municipality.review_hours_per_1000=0", "municipality.shelf_life=4",
                "municipality.leadership=0", "municipality.regime=1.0");
        m.pipeline.submitIndividual(m, usersOf(m, 0)[0]);
        for (int w = 0; w < 4; w++) m.schedule.step(m);
        assertEquals(1, m.pipeline.queued(), "within its shelf life it waits");
        for (int w = 0; w < 2; w++) m.schedule.step(m);
        assertEquals(0, m.pipeline.pending());
        assertEquals(1, m.metrics.ended(Origin.INDIVIDUAL, Idea.Stage.SHELVED));
    }

    @Test
    void aProblemThatLeavesTheAgendaEndsItsPendingIdeasAsOvertaken() throws Exception {
        Municipality m = quietTown();
        Actor[] zero = usersOf(m, 0), one = usersOf(m, 1);
        m.pipeline.submitIndividual(m, zero[0]);
        m.pipeline.submitIndividual(m, one[0]);
        m.pipeline.overtake(m, 0);
        assertEquals(1, m.pipeline.pending(), "the other problem's idea still waits");
        assertEquals(1, m.metrics.ended(Origin.INDIVIDUAL, Idea.Stage.OVERTAKEN));
        assertTrue(m.pipeline.queue().stream().allMatch(i -> i.problem == 1));
    }
}
