package cocreation.scenario;

import java.io.Serializable;

/** How actors think (System 1 or System 2), judge and propose. */
public final class Behaviour implements Serializable {
    private static final long serialVersionUID = 3L;

    @Param(doc = "Noise in fast (System 1) judgements of an idea's value.", min = 0, max = 1, unit = "value",
            low = 0.025, high = 0.1, source = "assumption")
    public double system1_noise = 0.05;

    @Param(doc = "Noise in slow (System 2) judgements of an idea's value.", min = 0, max = 1, unit = "value",
            low = 0.0025, high = 0.01, source = "assumption")
    public double system2_noise = 0.005;

    @Param(doc = "How strongly System 1 prefers familiar ideas: value penalty per share of parts that differ from one's own (times 1 - openness when the idea is another person's; in full when judging a change to practice).", min = 0, max = 1, unit = "value",
            low = 0.05, high = 0.2, source = "Kahneman 2011 (the brain prefers thoughts it has thought before); assumption for the size")
    public double familiarity_bias = 0.1;

    @Param(doc = "Habit change per decision: fast decisions strengthen habit, slow ones weaken it.", min = 0, max = 1,
            low = 0.01, high = 0.04, source = "assumption")
    public double habit_learning = 0.02;

    @Param(doc = "Passes over one's heuristic per deliberate (System 2) search: each pass tries its moves in order and keeps what looks better; a pass that changes nothing ends the search.", min = 1, max = 50, unit = "passes",
            low = 1, high = 4, source = "Hong & Page 2004 (search until no move improves); assumption for the cap")
    public int search_steps = 2;

    @Param(doc = "Moves in a person's heuristic: the parts of its expertise it tries to change, in its own order (at most 4).", min = 1, max = 4, unit = "moves",
            low = 1, high = 4, source = "Hong & Page 2004 (heuristics as ordered sets of moves; they use three)", builds = true)
    public int heuristic_size = 3;

    @Param(doc = "Proneness to relationship conflict: a table falls into it with chance proneness x social distance x (1 - safe atmosphere) x (1 - trust); in conflict members withdraw and the most powerful decides.", min = 0, max = 10,
            low = 0.5, high = 2, source = "Jehn 1995; de Dreu & Weingart 2003; van Knippenberg, De Dreu & Homan 2004; assumption for the scale")
    public double conflict = 1;

    @Param(doc = "Chance per week that an actor who believes their idea beats practice proposes it, at full trust in the municipality (times institutional trust).", min = 0, max = 1, unit = "1/week",
            low = 0.002, high = 0.008, source = "assumption: a few per cent of people propose something in a year")
    public double proposal_rate = 0.004;

    @Param(doc = "Free hours a deliberate (System 2) decision takes.", min = 0, max = 10, unit = "hours",
            low = 0.1, high = 0.5, source = "Kahneman 2011 (deliberation is slow and effortful); assumption for the size")
    public double deliberation_hours = 0.25;

    @Param(doc = "Share of time owed beyond one's free hours that other leisure absorbs each week (the rest is fatigue carried into the next week).", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "assumption")
    public double recovery = 0.5;

    @Param(doc = "Weekly chance that a co-creator who uses the problem adopts the idea they own once it is implemented (times how good it looks to them); others adopt through announcement and neighbours.", min = 0, max = 1, unit = "1/week",
            low = 0.1, high = 0.4, source = "Voorberg, Bekkers & Tummers 2015 (ownership); assumption for the rate")
    public double ownership_adoption = 0.2;

    @Param(doc = "Friction: how much difference between people (sector, background, level) spoils an encounter without facilitation or trust.", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "the source talk; Nooteboom 2000; assumption for the size")
    public double friction = 0.5;

    @Param(doc = "Weekly chance that a user adopts an implemented innovation because the municipality announces it (Bass p).", min = 0, max = 1, unit = "1/week",
            low = 0.0025, high = 0.01, source = "Bass 1969; Sultan, Farley & Lehmann 1990 (p about 0.03 per year, scaled up for a local announcement); assumption")
    public double adoption_external = 0.005;

    @Param(doc = "Weekly chance of adopting when all one's neighbours have adopted and one trusts them fully (Bass q, over one's own network; each adopted neighbour counts as far as one trusts them).", min = 0, max = 1, unit = "1/week",
            low = 0.05, high = 0.2, source = "Bass 1969; Sultan, Farley & Lehmann 1990 (q about 0.38 per year); Rogers 2003 and Delre et al. 2010 (influence weighted by the tie); assumption for the weekly rate")
    public double adoption_imitation = 0.1;

    @Param(doc = "Status-quo bias of decision makers thinking fast: value penalty per share of parts changed.", min = 0, max = 1, unit = "value",
            low = 0.05, high = 0.2, source = "Samuelson & Zeckhauser 1988; assumption for the size")
    public double status_quo_bias = 0.1;
}
