package cocreation.scenario;

import java.io.Serializable;

/** How solutions are produced: tenders, co-production and the fidelity of what is delivered. */
public final class Production implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Price of an hour of a contractor's work.", min = 0, max = 1e6, unit = "budget units per hour",
            low = 0.025, high = 0.1, source = "assumption: relative to implementation_cost")
    public double hour_price = 0.05;

    @Param(doc = "Transaction cost of a tender: specification, procurement and contract management.", min = 0, max = 1e6, unit = "budget units",
            low = 1, high = 4, source = "Williamson 1985; Brown & Potoski 2003; assumption for the size")
    public double contract_cost = 2;

    @Param(doc = "Markup of a single bidder over cost; with n qualified bidders it is bid_markup / n (competition lowers price).", min = 0, max = 10,
            low = 0.25, high = 1, source = "assumption shaped after procurement studies of price against the number of bidders")
    public double bid_markup = 0.5;

    @Param(doc = "Share of an idea's changed parts a business must know (its expertise) to bid.", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "assumption")
    public double qualification = 0.5;

    @Param(doc = "Weeks of a procurement procedure, times 1 + formality.", min = 0, max = 104, unit = "weeks",
            low = 6, high = 24, source = "assumption")
    public int tender_weeks = 12;

    @Param(doc = "Hours per week a contractor works on a contract.", min = 1, max = 1000, unit = "hours per week",
            low = 20, high = 80, source = "assumption")
    public double contractor_hours = 40;

    @Param(doc = "Chance that a contractor cuts a changed part the contract cannot specify (quality shading); on a problem of wickedness K over N parts a part can be specified with probability 1 - K/(N-1).", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "Hart, Shleifer & Vishny 1997; assumption for the size")
    public double shading = 0.5;

    @Param(doc = "Chance that a changed part outside the producers' expertise is realised as designed (else it stays as practice).", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "Cohen & Levinthal 1990 (one can only apply what one knows); assumption for the size")
    public double fidelity_outside = 0.5;

    @Param(doc = "Most volunteers recruited among an idea's users (besides its co-creators) when it is co-produced.", min = 1, max = 1000, unit = "actors",
            low = 3, high = 12, source = "assumption")
    public int coproducers = 6;

    @Param(doc = "Chance that a user answers a call for co-producers, times openness and availability ((1 - felt time pressure) x (1 - fatigue) x (0.5 + 0.5 x trust in the municipality)); co-creators commit with their availability alone.", min = 0, max = 1,
            low = 0.01, high = 0.04, source = "assumption: 20-40% of Europeans volunteer in a year (EQLS, SSB 2017), few for any one call")
    public double volunteering = 0.02;

    @Param(doc = "Hours per week each co-producer gives to the work.", min = 0, max = 100, unit = "hours per week",
            low = 1, high = 4, source = "assumption: a few hours of volunteering a week")
    public double coproduction_hours = 2;

    @Param(doc = "Weekly chance that a co-producer drops out, times (1 - trust in the municipality x (1 - fatigue)); a team with fewer than two left stalls.", min = 0, max = 1, unit = "1/week",
            low = 0.015, high = 0.06, source = "Voorberg, Bekkers & Tummers 2015 (motivation and trust); volunteers: about 35% drop out in a year (CNCS), more in demanding projects; assumption")
    public double dropout = 0.03;

    @Param(doc = "Staff hours per week that coordinating a co-produced idea takes.", min = 0, max = 1000, unit = "hours per week",
            low = 1, high = 4, source = "Bovaird 2007; assumption for the size")
    public double coordination_hours = 2;
}
