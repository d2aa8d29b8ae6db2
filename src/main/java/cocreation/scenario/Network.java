package cocreation.scenario;

import java.io.Serializable;

/** The everyday social network. */
public final class Network implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Mean number of ties per actor at the start.", min = 0, max = 200, unit = "ties", low = 6, high = 16, source = "assumption")
    public double mean_degree = 10;

    @Param(doc = "Homophily: chance that a tie inside one's sector goes to someone of the same background.", min = 0, max = 1,
            low = 0.3, high = 0.9, source = "McPherson, Smith-Lovin & Cook 2001; assumption for the level")
    public double homophily = 0.6;

    @Param(doc = "Chance that a new tie closes a triangle (a friend of a friend): local clustering.", min = 0, max = 1,
            low = 0.2, high = 0.8, source = "assumption")
    public double triadic_closure = 0.5;

    @Param(doc = "New acquaintances an actor makes a year in everyday life, the way the first network was made (friends of friends, homophily, bridging as silos allow); ties also dissolve when unused.", min = 0, max = 52, unit = "ties per year",
            low = 0.5, high = 4, source = "assumption: a network that renews itself over a few years")
    public double new_ties = 2;

    @Param(doc = "Everyday encounters per actor per week.", min = 0, max = 14, unit = "1/week", low = 0.5, high = 2, source = "assumption")
    public double meetings_per_week = 1;
}
