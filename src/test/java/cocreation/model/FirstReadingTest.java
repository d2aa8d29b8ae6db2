package cocreation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cocreation.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review queue taken in turn or best first reading first; readings cost hours, stop at their share of the hours, and are as good as their mode. */
class FirstReadingTest {
    /** A town that reviews nothing, so that proposals pile up in the queue. */
    private static Municipality town(String order, double propensity, double pressure) {
        return town(order, propensity, pressure, 0.5);
    }

    private static Municipality town(String order, double propensity, double pressure, double habit) {
        return town(order, propensity, pressure, habit, 11);
    }

    private static Municipality town(String order, double propensity, double pressure, double habit, long seed) {
        Scenario s = new Scenario();
        s.population.habit = habit;
        s.population.capacity = 1;
        if (habit == 0) s.behaviour.habit_learning = 0;
        s.seed = seed;
        s.population.citizens = 800;
        s.population.officials = 60;
        s.population.organisations = 20;
        s.population.system2_propensity = propensity;
        s.municipality.time_pressure = pressure;
        s.municipality.review_hours_per_1000 = 0;
        s.municipality.leadership = 0;
        s.municipality.shelf_life = 520;
        s.behaviour.proposal_rate = 0.02;
        s.decisions.queue_order = order;
        s.municipality.decision = "hierarchy"; // no targets adding tempo
        Municipality m = new Municipality(s);
        m.start();
        for (int w = 0; w < 30; w++) m.schedule.step(m);
        return m;
    }

    @Test
    void inTurnReadsNothingAndKeepsTheOrderOfProposal() {
        Municipality m = town("in_turn", 0.5, 0.5);
        m.pipeline.step(m);
        List<Idea> q = m.pipeline.queue();
        assertTrue(q.size() > 20, q.size() + " queued");
        for (int i = 0; i < q.size(); i++) {
            assertTrue(Double.isNaN(q.get(i).reading));
            if (i > 0) assertTrue(q.get(i - 1).queueKey <= q.get(i).queueKey);
        }
    }

    @Test
    void firstReadingTakesTheQueueBestReadFirst() {
        Municipality m = town("first_reading", 0.5, 0.5);
        int waiting = m.pipeline.queue().size();
        assertTrue(waiting > 20, waiting + " queued");
        // hours for every reading, and one review so long that it takes what is left
        m.scenario().municipality.review_hours_per_1000 = 1000;
        m.scenario().municipality.hours_per_review = 1e6;
        m.pipeline.step(m);
        List<Idea> q = m.pipeline.queue();
        assertTrue(q.size() >= waiting - 1, q.size() + " of " + waiting + " still queued");
        for (int i = 0; i < q.size(); i++) {
            assertTrue(!Double.isNaN(q.get(i).reading), "every queued proposal has been read");
            if (i > 0) assertTrue(q.get(i - 1).reading >= q.get(i).reading);
        }
    }

    @Test
    void readingsStopAtTheWeeksHoursAndTheRestWaitUnreadInTurn() {
        Municipality m = town("first_reading", 0.5, 0.5);
        int waiting = m.pipeline.queue().size();
        assertTrue(waiting > 20, waiting + " queued");
        assertTrue(m.pipeline.queue().stream().allMatch(i -> Double.isNaN(i.reading)), "no hours, no readings");
        double available = 3, each = m.scenario().decisions.reading_hours;
        m.scenario().decisions.reading_share = 1; // readings may take every hour
        m.scenario().municipality.review_hours_per_1000 = available / m.thousands();
        m.pipeline.step(m);
        List<Idea> q = m.pipeline.queue();
        long read = q.stream().filter(i -> !Double.isNaN(i.reading)).count();
        // each reading takes 0.25 or 0.5 hours, and one started with hours left finishes
        assertTrue(read >= Math.floor(available / (2 * each)) && read <= Math.ceil(available / each),
                read + " read of " + q.size());
        boolean unreadSeen = false;
        double lastReadKey = Double.NEGATIVE_INFINITY, firstUnreadKey = Double.POSITIVE_INFINITY;
        for (Idea idea : q) {
            if (Double.isNaN(idea.reading)) {
                unreadSeen = true;
                firstUnreadKey = Math.min(firstUnreadKey, idea.queueKey);
            } else {
                assertTrue(!unreadSeen, "unread proposals wait behind the read ones");
                lastReadKey = Math.max(lastReadKey, idea.queueKey);
            }
        }
        assertTrue(lastReadKey < firstUnreadKey, "the oldest proposals are read first");
        m.pipeline.step(m);
        long readNext = m.pipeline.queue().stream().filter(i -> !Double.isNaN(i.reading)).count();
        assertTrue(readNext > read, "the next week's hours read on: " + readNext + " after " + read);
    }

    @Test
    void readingsKeepToTheirShareOfTheHoursSoAFloodOfProposalsIsStillReviewed() {
        for (double share : new double[] {1, 0.5}) {
            Municipality m = town("first_reading", 0.5, 0.5);
            int waiting = m.pipeline.queue().size();
            assertTrue(waiting * m.scenario().decisions.reading_hours > 3, "more to read than the week's hours");
            m.scenario().decisions.reading_share = share;
            m.scenario().municipality.review_hours_per_1000 = 3 / m.thousands();
            m.pipeline.step(m);
            int reviewed = waiting - m.pipeline.queue().size();
            if (share == 1) assertEquals(0, reviewed, "readings take every hour, and nothing is reviewed");
            else assertTrue(reviewed > 0, "half the hours are kept for reviews: " + reviewed + " reviewed");
        }
    }

    @Test
    void eachProposalIsReadOnceAndReadingCostsItsHours() {
        Municipality m = town("first_reading", 0.5, 0.5);
        List<Idea> q = new ArrayList<>(m.pipeline.queue());
        for (Idea idea : q) idea.reading = Double.NaN;
        double hours = Review.readNew(m, q, Double.POSITIVE_INFINITY, m.random);
        double each = m.scenario().decisions.reading_hours;
        assertTrue(hours >= each * q.size() - 1e-9 && hours <= 2 * each * q.size() + 1e-9, hours + " hours");
        assertEquals(0, Review.readNew(m, q, Double.POSITIVE_INFINITY, m.random), "nothing is read twice");
    }

    @Test
    void deliberateReadingsRankByMeritFastOnesLessSo() {
        for (long seed : new long[] {11, 12, 13}) {
            Municipality slowTown = town("first_reading", 1, 0, 0, seed), fastTown = town("first_reading", 0, 0, 0, seed);
            double slow = medianError(slowTown), fast = medianError(fastTown); // most readers deliberate / every reader fast
            assertTrue(slow < 0.5 * fast, "seed " + seed + ": deliberate readings miss the gain by " + slow + ", fast ones by " + fast);
        }
        double slow = rankCorrelation(town("first_reading", 1, 0, 0));
        assertTrue(slow > 0.5, "deliberate readings follow the gain: " + slow);
    }

    /** The median distance of fresh readings from the true gains now. */
    private static double medianError(Municipality m) {
        List<Idea> q = new ArrayList<>(m.pipeline.queue());
        for (Idea idea : q) idea.reading = Double.NaN;
        Review.readNew(m, q, Double.POSITIVE_INFINITY, m.random);
        double[] error = q.stream().mapToDouble(i -> Math.abs(i.reading - Review.gainNow(m, i, i.solution))).toArray();
        assertTrue(error.length >= 5, error.length + " readings");
        return new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(error);
    }

    /** Spearman's correlation between fresh readings and the true gains now. */
    private static double rankCorrelation(Municipality m) {
        List<Idea> q = new ArrayList<>(m.pipeline.queue());
        for (Idea idea : q) idea.reading = Double.NaN;
        Review.readNew(m, q, Double.POSITIVE_INFINITY, m.random);
        int n = q.size();
        double[] read = new double[n], gain = new double[n];
        for (int i = 0; i < n; i++) {
            read[i] = q.get(i).reading;
            gain[i] = Review.gainNow(m, q.get(i), q.get(i).solution);
        }
        return new org.apache.commons.math3.stat.correlation.SpearmansCorrelation().correlation(read, gain);
    }
}
