package cocreation.scenario;

import java.io.Serializable;

/** The everyday social network. */
public final class NetworkSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Mean number of ties per actor at the start.", min = 0, max = 200, unit = "ties", low = 6, high = 16, source = "assumption", builds = true)
    public double mean_degree = 10;

    @Param(doc = "Homophily: chance that a tie inside one's sector goes to someone of the same background.", min = 0, max = 1,
            low = 0.3, high = 0.9, source = "McPherson, Smith-Lovin & Cook 2001; assumption for the level", builds = true)
    public double homophily = 0.6;

    @Param(doc = "Chance that a new tie closes a triangle (a friend of a friend): local clustering.", min = 0, max = 1,
            low = 0.2, high = 0.8, source = "assumption", builds = true)
    public double triadic_closure = 0.5;

    @Param(doc = "New acquaintances a year that an actor with fewer ties than the mean degree makes in everyday life, the way the first network was made (friends of friends, homophily, bridging as silos allow); unused ties dissolve, so the network renews itself.", min = 0, max = 52, unit = "ties per year",
            low = 0.5, high = 4, source = "assumption: a network that renews itself over a few years")
    public double new_ties = 2;

    @Param(doc = "Everyday encounters per actor per week.", min = 0, max = 14, unit = "1/week", low = 0.5, high = 2, source = "assumption")
    public double meetings_per_week = 1;

    @Param(doc = "Shape of the everyday network at the start. homophily: ties by sector, background and friends of friends, "
            + "with vertical ties in the administration (the keys above). The others ignore sectors, backgrounds and hierarchy "
            + "and tie actors in id order, for docking with network experiments: ring (each tied to its mean_degree nearest, "
            + "in a circle), line (the ring cut open, so the two ends have half the ties), complete (everyone to everyone; "
            + "for small towns only), random (each pair tied with the chance that gives mean_degree), small_world (a ring "
            + "whose ties are each rewired to a random actor with chance rewiring).",
            choices = {"homophily", "ring", "line", "complete", "random", "small_world"},
            source = "McPherson, Smith-Lovin & Cook 2001 (homophily); Erdős & Rényi 1959; Watts & Strogatz 1998; Lazer & Friedman 2007",
            unscreened = "a docking device: the shapes other than homophily ignore sectors, silos and hierarchy, so they switch "
                    + "mechanisms off rather than move a lever of the town", builds = true)
    public String structure = "homophily";

    @Param(doc = "small_world only: chance that a ring tie is rewired to a random actor (0: the ring; 1: about random).",
            min = 0, max = 1, source = "Watts & Strogatz 1998",
            unscreened = "used by network.structure small_world only, which is not screened", builds = true)
    public double rewiring = 0.1;
}
