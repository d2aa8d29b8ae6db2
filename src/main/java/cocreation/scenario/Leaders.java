package cocreation.scenario;

import java.io.Serializable;

/** What leadership costs: the leaders' finite attention and the price of protected time. */
public final class Leaders implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Hours per week each manager and political leader gives to leading innovation at leadership 1 (times municipality.leadership); they come out of the review hours.", min = 0, max = 100, unit = "hours per week",
            low = 2, high = 8, source = "Ocasio 1997 (attention is scarce); assumption for the size")
    public double leader_hours = 4;

    @Param(doc = "Leaders' hours to sponsor a proposal: it is reviewed first and deliberately.", min = 0.1, max = 100, unit = "hours",
            low = 1, high = 4, source = "assumption")
    public double sponsor_hours = 2;

    @Param(doc = "Leaders' hours per week to champion an innovation as it spreads.", min = 0.1, max = 100, unit = "hours per week",
            low = 0.5, high = 2, source = "assumption")
    public double champion_hours = 1;

    @Param(doc = "Championing multiplies the external adoption term (announcement) by 1 + boost.", min = 0, max = 100,
            low = 1, high = 4, source = "Rogers 2003 (change agents); assumption for the size")
    public double champion_boost = 2;

    @Param(doc = "Price of protected time per official per week at leadership 1: leaders shield officials from tempo (their felt time pressure falls by the share leadership buys), paid from the innovation budget.", min = 0, max = 100, unit = "budget units per official per week",
            low = 0.0005, high = 0.002, source = "Nohria & Gulati 1996 (slack costs, and helps innovation up to a point); assumption for the price")
    public double protection_cost = 0.001;
}
