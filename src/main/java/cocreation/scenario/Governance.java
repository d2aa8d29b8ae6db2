package cocreation.scenario;

import java.io.Serializable;

/** The municipality as an organisation: regime, inhibitors, leadership, budget, environment. */
public final class Governance implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Governance regime: 1.0 laws and hierarchy (top-down, in-house); 2.0 plans, tenders and citizens as customers; 3.0 processes, partners and co-production.", choices = {"1.0", "2.0", "3.0"})
    public String regime = "2.0";

    @Param(doc = "Time pressure: a time that demands tempo leaves less capacity for deliberate (System 2) thought.", min = 0, max = 1)
    public double time_pressure = 0.5;

    @Param(doc = "Silo strength: fewer ties across sectors and expertise locked to one's own domain.", min = 0, max = 1)
    public double silo_strength = 0.5;

    @Param(doc = "Leadership (awareness, will, action, wisdom, courage): weakens inhibitors and protects arenas.", min = 0, max = 1)
    public double leadership = 0.3;

    @Param(doc = "Procedural formality: delays implementation and filters out ideas far from current practice.", min = 0, max = 1)
    public double formality = 0.5;

    @Param(doc = "Number of knowledge domains, one per sector (health and care, schools, technical services, culture, ...).", min = 1, max = 12, unit = "sectors")
    public int sectors = 4;

    @Param(doc = "Budget available for innovation (implementation and arenas) per year.", min = 0, max = 1e12, unit = "budget units/year")
    public double budget_per_year = 60;

    @Param(doc = "Base cost of implementing an idea; grows with how far it departs from practice.", min = 0, max = 1e12, unit = "budget units")
    public double implementation_cost = 5;

    @Param(doc = "Plan cycle: under regimes 1.0 and 2.0 approved ideas wait for the next plan period to start.", min = 1, max = 520, unit = "weeks")
    public int plan_cycle_weeks = 52;

    @Param(doc = "Proposals the administration can review per week, before time pressure.", min = 0, max = 100_000, unit = "proposals/week")
    public double review_capacity = 2;

    @Param(doc = "Yearly growth of citizens' expectations of public services ('more for less').", min = 0, max = 1, unit = "1/year")
    public double expectation_growth = 0.02;

    @Param(doc = "Dynamic environment: weekly probability that one part of each problem's value landscape changes (0 = stable).", min = 0, max = 1, unit = "1/week")
    public double drift = 0;
}
