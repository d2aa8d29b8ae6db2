package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The room and time shared act through how long a table works and how often its members meet: at a
 * three-hour session the dials move little (2 or 3 rounds, 1 or 2 experiences a pair), at a 48-hour
 * event much more (24 or 48 rounds, 16 experiences at most). ODD 7.3 and section 8 (why these two
 * dials move no output at the screen's town) rest on these numbers.
 */
class GroupWorkDialsTest {
    @Test
    void aPoorRoomWastesHalfTheRounds() {
        assertEquals(2, GroupWork.productiveRounds(3, 0));
        assertEquals(3, GroupWork.productiveRounds(3, 1));
        assertEquals(24, GroupWork.productiveRounds(48, 0));
        assertEquals(48, GroupWork.productiveRounds(48, 1));
        assertEquals(1, GroupWork.productiveRounds(1, 0), "a short session still has a round");
    }

    @Test
    void timeSharedGivesPairsMoreExperiencesUpToSixteen() {
        assertEquals(1, GroupWork.pairExperiences(3, 0), "at least one");
        assertEquals(1, GroupWork.pairExperiences(3, 0.5));
        assertEquals(2, GroupWork.pairExperiences(3, 1));
        assertEquals(16, GroupWork.pairExperiences(48, 0.5), "capped");
        assertEquals(4, GroupWork.pairExperiences(12, 0.5));
    }
}
