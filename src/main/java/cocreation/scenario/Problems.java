package cocreation.scenario;

import java.io.Serializable;

/** The local problems: NK value landscapes whose parts are grouped into the sectors' domains. */
public final class Problems implements Serializable {
    private static final long serialVersionUID = 3L;

    @Param(doc = "Local problems per 1,000 inhabitants (citizens and officials): a larger town has more of them, each with about as many users (at least 1, at most 120 in all).", min = 0.001, max = 1000, unit = "problems per 1,000 inhabitants",
            low = 1.5, high = 6, source = "assumption: a municipality runs dozens of services (schools, kindergartens, care, roads, water, culture); about 15 have a problem in focus in a town of 5,000, each with some 300 users", builds = true)
    public double per_1000 = 3;

    @Param(doc = "Parts of a solution (N of the NK landscape).", min = 2, max = 62, unit = "parts",
            low = 14, high = 26, source = "Kauffman 1993; Lazer & Friedman 2007 use N = 20", builds = true)
    public int parts = 20;

    @Param(doc = "Wickedness: how many other parts each part's value depends on (K of the NK landscape; must be below parts).", min = 0, max = 61, unit = "parts",
            low = 0, high = 9, source = "Kauffman 1993; Rittel & Webber 1973 (wicked problems)", builds = true)
    public int wickedness = 5;

    @Param(doc = "Problem turnover: the share of problems that leave the agenda in a year (each week a problem leaves with chance turnover / 52: solved for now, overtaken by events, out of the public eye) and a new problem of the same users takes its place, with a practice of its own; ideas still pending for the old one are overtaken. 0: problems never leave; 0.5: a problem stays two years on average.",
            min = 0, max = 52, unit = "problems replaced per problem and year", low = 0, high = 0.5,
            source = "Cohen, March & Olsen 1972 (problems flow in and out of choice situations); Downs 1972 (the issue-attention cycle); Kingdon 1984 (windows open and close); the rate is an assumption")
    public double turnover = 0;

    @Param(doc = "An idea is new if it differs from current and all past practice in at least this share of parts.", min = 0, max = 1,
            low = 0.05, high = 0.2, source = "assumption")
    public double novelty_distance = 0.1;

    @Param(doc = "An implemented idea is put to use once this share of its users has adopted it.", min = 0, max = 1,
            low = 0.15, high = 0.45, source = "assumption (Rogers 2003: take-off around 10-25%)")
    public double adoption_threshold = 0.3;

    @Param(doc = "An implemented idea not put to use within this time is abandoned.", min = 1, max = 10_000, unit = "weeks",
            low = 52, high = 156, source = "assumption")
    public int adoption_horizon = 104;
}
