package cocreation.scenario;

import java.io.Serializable;

/** A co-creation arena: when it meets, who comes, how deep it goes and how it is facilitated. */
public final class ArenaPlan implements Serializable {
    private static final long serialVersionUID = 3L;

    @Param(doc = "Name of the arena, used in output.",
            unscreened = "a label, not a lever")
    public String name = "arena";

    @Param(doc = "Problem the arena works on (0-based, below the number of problems), or -1: the participants choose (co-design, thick) or the problems are taken in turn (consultation).", min = -1, max = 119,
            unscreened = "which problem an arena works on is a label: the problems are alike in distribution")
    public int problem = -1;

    @Param(doc = "Week of the first session.", min = 1, max = 100_000, unit = "week", low = 1, high = 26, source = "assumption")
    public int start_week = 1;

    @Param(doc = "Weeks between sessions; 0 means a single event.", min = 0, max = 100_000, unit = "weeks", low = 2, high = 8, source = "assumption")
    public int every_weeks = 4;

    @Param(doc = "Maximum number of sessions; 0 means no limit.", min = 0, max = 100_000, unit = "sessions",
            unscreened = "0 means no limit, so its values are not ordered; an arena's rhythm is screened by every_weeks and start_week")
    public int sessions = 0;

    @Param(doc = "Participants per session.", min = 2, max = 5_000_000, unit = "actors", low = 15, high = 60, source = "assumption")
    public int capacity = 30;

    @Param(doc = "Participants per working table.", min = 2, max = 50, unit = "actors", low = 4, high = 8, source = "assumption")
    public int table_size = 6;

    @Param(doc = "Hours of work per session (a 48-hour event is 48).", min = 1, max = 500, unit = "hours", low = 2, high = 6, source = "assumption")
    public double duration_hours = 3;

    @Param(doc = "Who comes: self_selection (the usual suspects volunteer), invited_diversity (quotas across roles, sectors and levels), random (a lottery), experts (the users of the problem who search best alone: their heuristic's mean value from common random starts).", choices = {"self_selection", "invited_diversity", "random", "experts"},
            source = "Fung 2006 (who participates)")
    public String recruitment = "self_selection";

    @Param(doc = "Depth: consultation (input only), co_design (participants design and endorse), thick (they also co-produce, pooling resources and owning the result).", choices = {"consultation", "co_design", "thick"},
            source = "the source talk; Arnstein 1969; Torfing, Sørensen & Røiseland 2019")
    public String depth = "co_design";

    @Param(doc = "Self-selection: share of the population the announcement of a session reaches; each reached actor comes with a chance that grows with openness, curiosity, trust in the municipality, free time and having come before.", min = 0, max = 1,
            low = 0.05, high = 0.2, source = "assumption")
    public double reach = 0.1;

    @Param(doc = "Invited, random and expert recruitment: invitations sent per seat at most; each invitee accepts as far as it is free of time pressure at the session's hour (the timing dial), rested and trusting the municipality.", min = 1, max = 100, unit = "invitations per seat",
            low = 2, high = 4, source = "assumption")
    public double invitations = 3;

    @Param(doc = "Cost of a session per participant in a room of physical setting 0.5 (a room at dial d costs 0.5 + d times as much).", min = 0, max = 1e9, unit = "budget units", low = 0.005, high = 0.02, source = "assumption")
    public double cost_per_participant = 0.01;

    @Section(doc = "The eight facilitation dials.")
    public Facilitation facilitation = new Facilitation();
}
