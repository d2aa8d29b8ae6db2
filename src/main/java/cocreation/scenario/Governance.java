package cocreation.scenario;

import java.io.Serializable;

/**
 * The municipality as an organisation: its regime (a bundle of institutional choices, each of
 * which can also be set alone), the inhibitors and leadership, and its capacities, all given per
 * 1,000 inhabitants so that towns of different sizes compare.
 */
public final class Governance implements Serializable {
    private static final long serialVersionUID = 3L;

    @Param(doc = "Governance regime, a bundle of three institutional choices (decision, production, access) that the keys below can also set one by one: 1.0 laws and power (hierarchy, in-house production, gatekept access); 2.0 New Public Management (plans and targets, tender, gatekept access); 3.0 New Public Governance (partnership, co-production, open access).",
            choices = {"1.0", "2.0", "3.0"}, source = "Hood 1991; Osborne 2006; Torfing, Sørensen & Røiseland 2019")
    public String regime = "2.0";

    @Param(doc = "How proposals are decided: hierarchy (a manager decides, a political leader confirms), plans_and_targets (decided as they come, funded at the next plan in order of judged gain, officials work to targets), partnership (decisions on co-created ideas shared with their participants). 'regime' takes the regime's choice.",
            choices = {"regime", "hierarchy", "plans_and_targets", "partnership"}, source = "Hood 1991; Osborne 2006; Ansell & Gash 2008; Fung 2006", unscreened = "screened together as municipality.regime, the bundle it defaults to (patterns 08 and 14 vary the choices one by one)")
    public String decision = "regime";

    @Param(doc = "How solutions are produced: in_house (the municipality's own staff hours), tender (a contract with a business chosen among qualified bidders), co_production (a team of users with their own time and resources). Ideas from thick arenas are always co-produced by their participants. 'regime' takes the regime's choice.",
            choices = {"regime", "in_house", "tender", "co_production"}, source = "Williamson 1985; Hart, Shleifer & Vishny 1997; Bovaird 2007; Brandsen & Honingh 2016", unscreened = "screened together as municipality.regime, the bundle it defaults to (patterns 08 and 14 vary the choices one by one)")
    public String production = "regime";

    @Param(doc = "Who is heard: gatekept (a frontline official screens proposals from citizens and organisations quickly, and only those judged better than practice are reviewed) or open (every proposal gets a full review, which costs review hours). 'regime' takes the regime's choice.",
            choices = {"regime", "gatekept", "open"}, source = "Fung 2006; Arnstein 1969", unscreened = "screened together as municipality.regime, the bundle it defaults to (patterns 08 and 14 vary the choices one by one)")
    public String access = "regime";

    @Param(doc = "Time pressure: a time that demands tempo leaves less capacity for deliberate (System 2) thought, and less free time for arenas.", min = 0, max = 1,
            source = "the source talk; Kahneman 2011; assumption for the scale")
    public double time_pressure = 0.5;

    @Param(doc = "Silo strength: fewer ties across sectors and expertise locked to one's own domain.", min = 0, max = 1,
            source = "the source talk; assumption for the scale", builds = true)
    public double silo_strength = 0.5;

    @Param(doc = "Leadership (awareness, will, action, wisdom, courage): the share of managers' and political leaders' attention (see leaders.*) spent sponsoring proposals and championing innovations, and how far they buy officials protected time at a price per official (leaders.protection_cost).", min = 0, max = 1,
            source = "the source talk; Ansell & Gash 2008 (facilitative leadership); Ocasio 1997 (attention); Nohria & Gulati 1996 (slack)")
    public double leadership = 0.3;

    @Param(doc = "Procedural formality: the chance that a review includes a formal assessment (accurate, but it costs staff hours and weeks), the chance that a changed idea conflicts with rules (decisions.rule_conflict), and longer procurement.", min = 0, max = 1,
            source = "Bozeman 2000 (red tape); DeHart-Davis 2009 (rules that serve their purpose); assumption for the scale")
    public double formality = 0.5;

    @Param(doc = "Number of knowledge domains, one per sector (health and care, schools, technical services, culture, ...).", min = 1, max = 12, unit = "sectors",
            low = 2, high = 6, source = "assumption: a small municipality's main service areas", builds = true)
    public int sectors = 4;

    @Param(doc = "Names of the sectors, in order, separated by commas (e.g. \"health and care, schools, technical services, culture\"); the classroom window labels the sector discs with them. A sector without a name is numbered; names beyond municipality.sectors are not used.",
            source = "a label for the window", unscreened = "names, not a lever")
    public String sector_names = "";

    @Param(doc = "Budget for innovation (implementation, tenders, arenas, protected time) per 1,000 inhabitants per year; it does not carry over.", min = 0, max = 1e9, unit = "budget units per 1,000 inhabitants per year",
            low = 15, high = 60, source = "assumption: budget units are relative to implementation_cost; set so that at the baseline neither the budget nor the supply of good ideas alone limits what is put to use")
    public double budget_per_1000 = 30;

    @Param(doc = "Base cost of implementing an idea (design, equipment, launch), before it grows with the share of parts changed. It is the same in a small and a large town, whose budgets differ.", min = 0, max = 1e9, unit = "budget units",
            low = 2.5, high = 10, source = "assumption: the unit of the budget")
    public double implementation_cost = 5;

    @Param(doc = "Cost and work grow by this factor times the share of parts an idea changes: cost x (1 + change_cost x change).", min = 0, max = 100,
            low = 2, high = 8, source = "assumption")
    public double change_cost = 4;

    @Param(doc = "Plan cycle: under plans and targets approved ideas are funded at the next plan, in order of judged gain, as far as the budget goes.", min = 1, max = 520, unit = "weeks",
            low = 26, high = 104, source = "the annual municipal budget cycle; assumption for other lengths")
    public int plan_cycle_weeks = 52;

    @Param(doc = "Staff hours per week for reviewing proposals, per 1,000 inhabitants.", min = 0, max = 100_000, unit = "hours per week per 1,000 inhabitants",
            low = 1, high = 4, source = "assumption")
    public double review_hours_per_1000 = 2;

    @Param(doc = "Staff hours a fast (System 1) review takes; a deliberate one takes twice as long, a formal assessment adds decisions.assessment_hours, a gatekeeper's screening takes a quarter.", min = 0.1, max = 100, unit = "hours",
            low = 1, high = 4, source = "assumption")
    public double hours_per_review = 2;

    @Param(doc = "A proposal not reviewed within this time is shelved.", min = 1, max = 520, unit = "weeks",
            low = 13, high = 52, source = "assumption")
    public int shelf_life = 26;

    @Param(doc = "Staff hours per week for producing solutions in-house and coordinating co-production, per 1,000 inhabitants.", min = 0, max = 1e6, unit = "hours per week per 1,000 inhabitants",
            low = 4, high = 16, source = "assumption")
    public double staff_hours_per_1000 = 8;

    @Param(doc = "Work to produce an idea, before it grows with the share of parts changed (municipality.change_cost).", min = 0, max = 10_000, unit = "hours",
            low = 20, high = 80, source = "assumption")
    public double production_hours = 40;

    @Param(doc = "Yearly growth of citizens' expectations of public services ('more for less').", min = 0, max = 1, unit = "1/year",
            low = 0, high = 0.04, source = "the source talk (cross-pressure); assumption for the rate")
    public double expectation_growth = 0.02;

    @Param(doc = "Dynamic environment: weekly probability that one part of each problem's value landscape changes (0 = stable).", min = 0, max = 1, unit = "1/week",
            low = 0, high = 0.04, source = "Levinthal 1997 (changing landscapes); assumption for the rate")
    public double drift = 0;

    @Param(doc = "Political pressure per unit of expectation gap: pressure = min(1, sensitivity x gap) adds to the time pressure officials feel.", min = 0, max = 100,
            low = 0, high = 4, source = "Van Ryzin 2004 (expectancy disconfirmation); assumption for the scale")
    public double pressure_sensitivity = 2;
}
