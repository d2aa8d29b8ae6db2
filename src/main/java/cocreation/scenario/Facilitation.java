package cocreation.scenario;

import java.io.Serializable;

/** The eight facilitation principles of an arena, each a dial from 0 (absent) to 1 (excellent), each with a mechanism of its own. */
public final class Facilitation implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Sharing: time shared: the experiences each pair at a table has (one per three hours x 2 x dial, at least one), so that trust and ties grow, or sour, faster.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double physical_setting = 0.5;

    @Param(doc = "Timing: sessions when people can come and think, not squeezed between duties.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double timing = 0.5;

    @Param(doc = "A safe yet challenging atmosphere: disagreement without fear.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double safe_atmosphere = 0.5;

    @Param(doc = "Composition: tables mixed across disciplines, sectors and levels.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double composition = 0.5;

    @Param(doc = "Inclusive language and storytelling: everybody understands and is heard.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double inclusive_language = 0.5;

    @Param(doc = "Curiosity: questions before answers; exploring before judging.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double curiosity = 0.5;

    @Param(doc = "Humour: laughter that lowers guards and breaks patterns.", min = 0, max = 1,
            source = "the source talk's eight principles; assumption for the scale")
    public double humour = 0.5;

    @Param(doc = "Sharing: knowledge, credit and resources are shared openly.", min = 0, max = 1,
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
