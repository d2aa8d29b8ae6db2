package cocreation.model.rules;

/**
 * When an arena meets, the timing dial t (0..1): how far its hours lie where participants can come
 * and think. Those who come in their own time (citizens, organisations, lay politicians) are kept
 * away by the time pressure they feel only as far as the hour clashes with work and duties, 1 - t
 * (Verba, Schlozman & Brady 1995: time is a resource for taking part), and at the tables an
 * unhurried hour presses as little (Sievertsen, Gino & Piovesan 2016: cognitive fatigue over the
 * day). The price falls on the municipality's staff: an hour that suits the participants lies
 * outside working time, and staff are paid for it with the overtime premium, in hours taken from
 * in-house production.
 */
public final class SessionTiming {
    /** Overtime premium on staff hours outside working time (Norwegian Working Environment Act, section 10-6 (11): at least 40%). */
    public static final double OVERTIME_PREMIUM = 0.4;

    private SessionTiming() {
    }

    /** The time pressure that keeps a participant in its own time from a session, or presses it there. */
    public static double pressure(double felt, double timing) {
        return felt * (1 - timing);
    }

    /** Staff hours a staff member's session of {@code hours} costs: working time at par, the share t outside it with the premium. */
    public static double staffHours(double hours, double timing) {
        return hours * (1 + OVERTIME_PREMIUM * timing);
    }

    /** The hours of a staff member's session that are its own evening (outside working time). */
    public static double ownHours(double hours, double timing) {
        return hours * timing;
    }
}
