package cocreation.scenario;

import java.io.Serializable;

/** The eight facilitation principles of an arena, each a dial from 0 (absent) to 1 (excellent), each with a mechanism of its own. */
public final class Facilitation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Physical setting: the room. A good room makes a share 0.5 + 0.5 x dial of the working hours productive rounds of search at the tables, and costs more: a session costs cost_per_participant x (0.5 + dial) per participant.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double physical_setting = 0.5;

    @Param(doc = "Timing: sessions at hours when people can come and think. Those who come in their own time (all but frontline staff and managers) are kept away by their time pressure, and pressed by it at the tables, only 1 - dial as much, so more come and more think slowly; the dial's share of the session lies outside working time, where staff are paid with the overtime premium (40%): each staff member's session costs hours x (1 + 0.4 x dial) of in-house production's staff hours, and the share outside working time is their own evening.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double timing = 0.5;

    @Param(doc = "A safe yet challenging atmosphere: members share more where they trust somewhat (safety moderates trust, it does not replace it), encounters suffer less friction from difference, and relationship conflict between unlike members is held off.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double safe_atmosphere = 0.5;

    @Param(doc = "Composition: the share of participants dealt round the tables across sectors, levels and backgrounds (1: every table as mixed as it can be; 0: like sits with like).", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double composition = 0.5;

    @Param(doc = "Inclusive language and storytelling: equalises voices (a member leads the table with weight power^(2 (1 - dial)) and feels heard with its weight over the loudest member's, an experience of the municipality), bridges distance when knowledge is absorbed, and removes the plenary's bias to the powerful.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double inclusive_language = 0.5;

    @Param(doc = "Curiosity: questions before answers. Raises the chance that members at the tables think slowly, and is the chance that the plenary judges the tables' solutions deliberately.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double curiosity = 0.5;

    @Param(doc = "Humour: keeps members' energy (they stop searching with chance 0.1 x (1 - dial) a round) and breaks patterns (each session loosens participants' habits by 0.1 x dial x habit).", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double humour = 0.5;

    @Param(doc = "Sharing: time together (a meal, a break), up to a third of the session at 1, taken from the work at the tables: each participant has round(2 x hours x dial / 3) conversations (16 at most) with others drawn from the whole room, each an experience that changes trust, and strangers become acquainted.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double sharing = 0.5;

    /** Sets all eight dials to one level. */
    public static Facilitation uniform(double level) {
        Facilitation f = new Facilitation();
        f.physical_setting = f.timing = f.safe_atmosphere = f.composition = level;
        f.inclusive_language = f.curiosity = f.humour = f.sharing = level;
        return f;
    }
}
