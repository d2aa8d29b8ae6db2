package cocreation.scenario;

import java.io.Serializable;

/** The settings of the municipality's decision procedures. */
public final class Decisions implements Serializable {
    private static final long serialVersionUID = 3L; // 3: model 0.6.1 added reading_share

    @Param(doc = "In which order the review queue is taken (sponsored proposals always first): in_turn (in the order proposed, at no cost) or first_reading (a frontline official of the idea's sector reads each new proposal briefly, in the mode the felt time pressure allows, and the queue is taken best-read first; the reading costs decisions.reading_hours of review time, within decisions.reading_share of the week's hours, and a fast reading is noisy and biased to the status quo).",
            choices = {"in_turn", "first_reading"}, source = "Ocasio 1997 (attention-based view); Jones & Baumgartner 2005 (disproportionate information processing); Weber 1922 (cases in turn)")
    public String queue_order = "first_reading";

    @Param(doc = "Review hours a first reading of one proposal takes when fast (a deliberate reading takes twice as long); used only when decisions.queue_order is first_reading.", min = 0, max = 10, unit = "hours",
            low = 0.1, high = 1, source = "assumption")
    public double reading_hours = 0.25;

    @Param(doc = "Largest share of the week's review hours that first readings may take; the rest is kept for reviews, and proposals the readings do not reach wait, unread, for next week. At 1 readings may take every hour, so a flood of proposals can leave none for review; at 0 nothing is read and the queue is taken in turn. Used only when decisions.queue_order is first_reading.",
            min = 0, max = 1, low = 0.25, high = 1, source = "Lipsky 1980 (street-level bureaucrats ration their attention); assumption for the share")
    public double reading_share = 0.5;

    @Param(doc = "Staff hours of a formal assessment (an impact analysis of the idea's value), which a review includes with probability municipality.formality.", min = 0, max = 1000, unit = "hours",
            low = 2, high = 8, source = "assumption")
    public double assessment_hours = 4;

    @Param(doc = "Weeks a formal assessment delays a decision.", min = 0, max = 52, unit = "weeks", low = 0, high = 4, source = "assumption")
    public int assessment_weeks = 2;

    @Param(doc = "Rule conflict: chance of rejection per unit of formality and of the share of parts changed (rules are written for current practice).", min = 0, max = 10,
            low = 1, high = 4, source = "Bozeman 2000 (rules that outlive their purpose); assumption for the scale")
    public double rule_conflict = 2;

    @Param(doc = "Weight reviewers give the arena's own judgement of a co-designed or thick idea (endorsement as information; in a partnership the participants' share replaces it).", min = 0, max = 1,
            low = 0, high = 0.6, source = "assumption")
    public double endorsement_weight = 0.3;

    @Param(doc = "Share of a shared decision (partnership) held by the idea's participants, weighted among them by how often they came.", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "Fung 2006; Arnstein 1969 (partnership); assumption for the share")
    public double partnership_share = 0.5;

    @Param(doc = "Weeks a shared decision takes to reach agreement.", min = 0, max = 52, unit = "weeks",
            low = 2, high = 8, source = "Ansell & Gash 2008 (collaboration takes time); assumption for the length")
    public int consensus_weeks = 4;

    @Param(doc = "Hours each participant spends on a shared decision.", min = 0, max = 100, unit = "hours", low = 1, high = 4, source = "assumption")
    public double consensus_hours = 2;

    @Param(doc = "Targets (plans and targets): time pressure they add to what officials feel.", min = 0, max = 1,
            low = 0, high = 0.6, source = "Hood 1991 (output targets); assumption for the size")
    public double target_tempo = 0.3;

    @Param(doc = "How much co-creators overrate their own solution when they judge it (the IKEA effect).", min = 0, max = 1, unit = "value",
            low = 0, high = 0.04, source = "Norton, Mochon & Ariely 2012; assumption for the size")
    public double ownership_bias = 0.02;
}
