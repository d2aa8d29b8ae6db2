package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.ArenaPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The room, time together and inclusive language, each through its own mechanism (ODD 7.3): the
 * room sets productive rounds and the session's cost; time together is taken from the work and
 * gives conversations across the room; inclusive language sets who feels heard.
 */
class GroupWorkDialsTest {
    private static ArenaPlan plan(double hours, double sharing, double room) {
        ArenaPlan p = new ArenaPlan();
        p.duration_hours = hours;
        p.facilitation.sharing = sharing;
        p.facilitation.physical_setting = room;
        return p;
    }

    @Test
    void aPoorRoomWastesHalfTheRoundsAndAGoodOneCostsMore() {
        assertEquals(2, GroupWork.productiveRounds(3, 0));
        assertEquals(3, GroupWork.productiveRounds(3, 1));
        assertEquals(24, GroupWork.productiveRounds(48, 0));
        assertEquals(48, GroupWork.productiveRounds(48, 1));
        assertEquals(1, GroupWork.productiveRounds(1, 0), "a short session still has a round");
        ArenaPlan poor = plan(3, 0.5, 0), good = plan(3, 0.5, 1), usual = plan(3, 0.5, 0.5);
        assertEquals(usual.cost_per_participant, ArenaSessions.costPerParticipant(usual), 1e-12);
        assertEquals(3 * ArenaSessions.costPerParticipant(poor), ArenaSessions.costPerParticipant(good), 1e-12);
    }

    @Test
    void timeTogetherIsTakenFromTheWorkAndGivesConversations() {
        assertEquals(3, GroupWork.workHours(3, 0), 1e-12);
        assertEquals(2, GroupWork.workHours(3, 1), 1e-12);
        assertEquals(40, GroupWork.workHours(48, 0.5), 1e-12);
        assertEquals(0, ArenaSessions.meetings(plan(3, 0, 0.5)), "no time together, nobody met beyond the table");
        assertEquals(1, ArenaSessions.meetings(plan(3, 0.5, 0.5)));
        assertEquals(2, ArenaSessions.meetings(plan(3, 1, 0.5)));
        assertEquals(16, ArenaSessions.meetings(plan(48, 1, 0.5)), "capped");
        assertEquals(1, GroupWork.pairExperiences(3), "at least one");
        assertEquals(4, GroupWork.pairExperiences(12));
        assertEquals(16, GroupWork.pairExperiences(48), "capped");
    }

    @Test
    void inclusiveLanguageLetsTheQuietFeelHeard() {
        assertEquals(1, GroupWork.heardChance(1, 3, 1), 1e-12, "equal voices: everyone is heard");
        assertEquals(1.0 / 9, GroupWork.heardChance(1, 3, 0), 1e-12, "a citizen beside a manager");
        assertEquals(1, GroupWork.heardChance(3, 3, 0), 1e-12, "the loudest is always heard");
    }

    private static Municipality town(int weeks, String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of("arenas[0].every_weeks=2"));
        all.addAll(List.of(sets));
        return SmallTown.after(weeks, all);
    }

    /** Mean trust in the municipality of those who came to the arena. */
    private static double participantsTrust(Municipality m) {
        double sum = 0;
        int n = 0;
        for (Actor a : m.actors)
            if (m.arenas[0].attendance[a.id] > 0) {
                sum += a.institutionalTrust;
                n++;
            }
        assertTrue(n > 20, n + " came");
        return sum / n;
    }

    @Test
    void participantsTrustTheMunicipalityMoreWhereEveryoneIsHeard() throws Exception {
        Municipality all = town(26, "arenas[0].facilitation.inclusive_language=1", "arenas[0].facilitation.safe_atmosphere=1");
        Municipality few = town(26, "arenas[0].facilitation.inclusive_language=0", "arenas[0].facilitation.safe_atmosphere=1");
        assertEquals(1, heardShare(all), 1e-12, "equal voices and no conflict: everyone felt heard");
        assertTrue(heardShare(few) < 0.85, "the powerful's voices: " + heardShare(few));
        double equal = participantsTrust(all), unequal = participantsTrust(few);
        assertTrue(equal > unequal + 0.01, "share heard " + heardShare(few) + "; heard " + equal + " vs unheard " + unequal);
    }

    private static double heardShare(Municipality m) {
        assertTrue(m.metrics.participations > 100, m.metrics.participations + " participations");
        return m.metrics.heard / (double) m.metrics.participations;
    }

    @Test
    void timeTogetherMakesTiesAcrossTheRoom() throws Exception {
        long with = town(26, "arenas[0].facilitation.sharing=1").network.ties();
        long without = town(26, "arenas[0].facilitation.sharing=0").network.ties();
        assertTrue(with > without + 100, with + " ties with time together vs " + without + " without");
    }

    @Test
    void staffAtASessionOutsideWorkingTimeCostProductionTheOvertimePremiumAndTheirOwnEvening() throws Exception {
        for (double timing : new double[] {0, 0.5, 1}) {
            Municipality m = town(0, "arenas[0].facilitation.timing=" + timing);
            Actor staff = java.util.Arrays.stream(m.actors).filter(a -> a.role.staff()).findFirst().orElseThrow();
            Actor citizen = java.util.Arrays.stream(m.actors).filter(a -> a.role == Role.CITIZEN).findFirst().orElseThrow();
            ArenaSessions.spendHours(m, staff, 3, timing);
            ArenaSessions.spendHours(m, citizen, 3, timing);
            assertEquals(3 * (1 + 0.4 * timing), m.staffHoursOwed, 1e-9, "working time at par, evenings with the premium");
            assertEquals(3 * timing, staff.owed, 1e-6, "the evening is the staff member's own");
            assertEquals(3, citizen.owed, 1e-6, "a citizen gives its own time whatever the hour");
            double desk = m.scenario().municipality.staff_hours_per_1000 * m.thousands();
            m.pipeline.production.week(m, m.random);
            assertEquals(0, m.staffHoursOwed, 1e-9, "production gives up the hours the next week (" + desk + " staff hours)");
        }
    }
}
