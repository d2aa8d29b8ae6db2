package cocreation.scenario;

import java.io.Serializable;

/** How actors think (System 1 or System 2), judge and propose. */
public final class Behaviour implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Noise in fast (System 1) judgements of an idea's value.", min = 0, max = 1, unit = "value")
    public double system1_noise = 0.05;

    @Param(doc = "Noise in slow (System 2) judgements of an idea's value.", min = 0, max = 1, unit = "value")
    public double system2_noise = 0.005;

    @Param(doc = "How strongly System 1 prefers familiar ideas: value penalty per share of parts that differ from one's own.", min = 0, max = 1, unit = "value")
    public double familiarity_bias = 0.1;

    @Param(doc = "Habit change per decision: fast decisions strengthen habit, slow ones weaken it.", min = 0, max = 1)
    public double habit_learning = 0.02;

    @Param(doc = "Changes tried per deliberate (System 2) search.", min = 1, max = 50, unit = "tries")
    public int search_steps = 2;

    @Param(doc = "Chance per week that an actor who believes their idea beats practice proposes it.", min = 0, max = 1, unit = "1/week")
    public double proposal_rate = 0.02;

    @Param(doc = "Friction: how much difference between people (sector, background, level) spoils an encounter without facilitation or trust.", min = 0, max = 1)
    public double friction = 0.5;

    @Param(doc = "Weekly chance that a user adopts an implemented innovation because the municipality announces it (Bass p).", min = 0, max = 1, unit = "1/week")
    public double adoption_external = 0.005;

    @Param(doc = "Weekly chance of adopting when all one's neighbours have adopted (Bass q, over one's own network).", min = 0, max = 1, unit = "1/week")
    public double adoption_imitation = 0.1;

    @Param(doc = "Status-quo bias of decision makers thinking fast: value penalty per share of parts changed.", min = 0, max = 1, unit = "value")
    public double status_quo_bias = 0.1;
}
