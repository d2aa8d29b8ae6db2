package cocreation.model;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.model.rules.Diversity;
import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Recruitment alone, in a small town at week 0 (ODD 7.3): who comes decides what an arena can do.
 * Each check draws many sessions from one town and compares who came.
 */
class RecruitmentTest {
    private static Municipality town(String... sets) throws Exception {
        List<String> all = new ArrayList<>(List.of("arenas[0].capacity=30"));
        all.addAll(List.of(sets));
        return SmallTown.after(0, all);
    }

    /** Everyone who came over many draws of one arena's recruitment. */
    private static List<Actor> comers(Municipality m, int draws) {
        MersenneTwisterFast r = new MersenneTwisterFast(7);
        List<Actor> out = new ArrayList<>();
        for (int i = 0; i < draws; i++) for (int id : Recruitment.recruit(m, m.arenas[0], r)) out.add(m.actors[id]);
        return out;
    }

    private static double mean(List<Actor> actors, java.util.function.ToDoubleFunction<Actor> f) {
        return actors.stream().mapToDouble(f).average().orElse(Double.NaN);
    }

    /** Normalised Blau index over role kind x sector of a group. */
    private static double diversity(List<Actor> actors, int sectors) {
        int[] counts = new int[Role.Kind.values().length * sectors];
        for (Actor a : actors) counts[a.role.kind.ordinal() * sectors + a.sector]++;
        return Diversity.normalizedBlau(counts);
    }

    @Test
    void selfSelectionDrawsTheUsualSuspects() throws Exception {
        Municipality m = town("arenas[0].recruitment=self_selection");
        List<Actor> came = comers(m, 200);
        List<Actor> all = List.of(m.actors);
        assertFalse(came.isEmpty());
        // the openness self-selection should give: the town's, weighted by each person's chance of coming
        double weighted = 0, weights = 0;
        for (Actor a : all) {
            double w = Recruitment.comes(m, a, false, m.scenario().arenas.get(0).facilitation.timing);
            weighted += w * a.openness;
            weights += w;
        }
        double expected = weighted / weights, town = mean(all, a -> a.openness), seen = mean(came, a -> a.openness);
        assertTrue(expected > town, "the chance of coming rises with openness: " + expected + " vs " + town);
        assertEquals(expected, seen, 0.01, "volunteers are as open as self-selection makes them (town " + town + ")");
        assertTrue(seen > town, "volunteers are more open than the town: " + seen + " vs " + town);
        assertTrue(mean(came, a -> a.institutionalTrust) > mean(all, a -> a.institutionalTrust),
                "and trust the municipality more");
    }

    @Test
    void invitationsMixTheTableMoreThanVolunteering() throws Exception {
        int sectors = 4;
        double invited = diversity(comers(town("arenas[0].recruitment=invited_diversity"), 200), sectors);
        double volunteers = diversity(comers(town("arenas[0].recruitment=self_selection"), 200), sectors);
        assertTrue(invited > volunteers, "invited " + invited + " vs self-selected " + volunteers);
    }

    @Test
    void timePressureLowersTurnout() throws Exception {
        String clash = "arenas[0].facilitation.timing=0";
        int relaxed = comers(town("arenas[0].recruitment=self_selection", "municipality.time_pressure=0.1", "arenas[0].capacity=500", clash), 50).size();
        int rushed = comers(town("arenas[0].recruitment=self_selection", "municipality.time_pressure=0.9", "arenas[0].capacity=500", clash), 50).size();
        assertTrue(rushed < 0.5 * relaxed, "rushed " + rushed + " vs relaxed " + relaxed);
    }

    @Test
    void anHourThatSuitsPeopleBringsThoseWhoComeInTheirOwnTimeButNoMoreStaff() throws Exception {
        for (String mode : List.of("self_selection", "invited_diversity")) {
            String[] rushed = {"arenas[0].recruitment=" + mode, "municipality.time_pressure=0.8", "arenas[0].capacity=500"};
            List<Actor> clash = comers(town(with(rushed, "arenas[0].facilitation.timing=0")), 50);
            List<Actor> suits = comers(town(with(rushed, "arenas[0].facilitation.timing=1")), 50);
            long ownBefore = clash.stream().filter(a -> !a.role.staff()).count(), ownAfter = suits.stream().filter(a -> !a.role.staff()).count();
            long staffBefore = clash.stream().filter(a -> a.role.staff()).count(), staffAfter = suits.stream().filter(a -> a.role.staff()).count();
            assertTrue(ownAfter > 2 * ownBefore, mode + ": in their own time " + ownAfter + " vs " + ownBefore);
            assertTrue(staffAfter < 1.3 * staffBefore + 5, mode + ": staff " + staffAfter + " vs " + staffBefore);
        }
    }

    private static String[] with(String[] sets, String more) {
        String[] out = java.util.Arrays.copyOf(sets, sets.length + 1);
        out[sets.length] = more;
        return out;
    }

    @Test
    void aLotteryIsBlindToOpenness() throws Exception {
        Municipality m = town("arenas[0].recruitment=random");
        List<Actor> came = comers(m, 200);
        double drawn = mean(came, a -> a.openness), town = mean(List.of(m.actors), a -> a.openness);
        double volunteers = mean(comers(town("arenas[0].recruitment=self_selection"), 200), a -> a.openness);
        assertTrue(Math.abs(drawn - town) < Math.abs(volunteers - town),
                "a lottery's comers are nearer the town than volunteers: " + drawn + " / " + volunteers + " / " + town);
    }
}
