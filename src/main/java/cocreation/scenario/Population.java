package cocreation.scenario;

import java.io.Serializable;

/** Who lives and works in the municipality, and how their traits are distributed. */
public final class Population implements Serializable {
    private static final long serialVersionUID = 3L;

    @Param(doc = "Number of citizens.", min = 0, max = 5_000_000, unit = "actors",
            low = 1000, high = 10000, source = "the model guide: a small Norwegian municipality")
    public int citizens = 4600;

    @Param(doc = "Number of municipal officials (frontline staff, managers, political leaders).", min = 0, max = 1_000_000, unit = "actors",
            low = 60, high = 600, source = "assumption: municipal staff are about 6-9% of inhabitants in Norway")
    public int officials = 300;

    @Param(doc = "Number of organisations (businesses and voluntary associations).", min = 0, max = 1_000_000, unit = "actors",
            low = 20, high = 200, source = "assumption")
    public int organisations = 100;

    @Param(doc = "Diversity: share of actors outside the majority background (each background knows other parts of a problem from lived experience, and is socially distant from the others), and breadth of expertise beyond one's own sector.", min = 0, max = 1,
            source = "the source talk; assumption for the scale")
    public double diversity = 0.5;

    @Param(doc = "Number of background groups (culture, age cohort, life situation): each knows an interleaved set of parts from lived experience (every M-th part, M = max(groups, 4)); used for homophily, social distance and the Blau index.", min = 1, max = 20, unit = "groups",
            low = 2, high = 6, source = "assumption")
    public int backgrounds = 4;

    @Param(doc = "Mean propensity to think slowly and deliberately (System 2) when there is capacity.", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "Kahneman 2011; assumption for the level")
    public double system2_propensity = 0.5;

    @Param(doc = "Mean openness: willingness to come to arenas and co-produce, to try others' unfamiliar ideas (it takes System 1's familiarity penalty away), and to adopt implemented innovations sooner (innovativeness: the weekly chance times 0.5 + openness, whatever the idea's value).", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "Rogers 2003 (earlier adopters are less dogmatic, more favourable to change); Marcati, Guido & Peluso 2008 (openness and innovativeness); assumption for the sizes")
    public double openness = 0.5;

    @Param(doc = "Mean curiosity: drive to search for new solutions.", min = 0, max = 1, low = 0.25, high = 0.75, source = "assumption")
    public double curiosity = 0.5;

    @Param(doc = "Mean routine orientation: how strongly repetition builds habit and how little deliberate thought loosens it (each actor\'s habit starts at its own routine and settles where its fast and slow decisions balance).", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "assumption")
    public double habit = 0.5;

    @Param(doc = "Mean cognitive capacity: attention available for deliberate thought before time pressure.", min = 0, max = 1,
            low = 0.5, high = 0.9, source = "assumption")
    public double capacity = 0.7;

    @Param(doc = "Mean free hours per week an actor can give to civic life (arenas, co-production, shared decisions) before it tires; drawn per actor between 0 and twice the mean.", min = 0, max = 100, unit = "hours per week",
            low = 1.5, high = 6, source = "assumption: a few hours a week, as time-use surveys find for volunteering")
    public double free_hours = 3;

    @Param(doc = "Mean capital an organisation can pool into a co-produced idea per year (drawn per organisation between 0 and twice the mean).", min = 0, max = 1e6, unit = "budget units per year",
            low = 1, high = 4, source = "assumption")
    public double capital = 2;

    @Param(doc = "Chance that each part of an actor's first idea differs from current practice (0.5: first ideas are random).", min = 0, max = 1,
            low = 0.05, high = 0.2, source = "assumption")
    public double idea_spread = 0.1;

    @Param(doc = "Concentration of the Beta distributions of traits around their means (higher = more alike).", min = 1, max = 1000,
            low = 4, high = 16, source = "assumption")
    public double trait_concentration = 8;

    @Param(doc = "Share of officials who are managers.", min = 0, max = 1, low = 0.1, high = 0.2, source = "assumption")
    public double manager_share = 0.15;

    @Param(doc = "Share of officials who are political leaders.", min = 0, max = 1, low = 0.05, high = 0.15, source = "assumption")
    public double politician_share = 0.1;

    @Param(doc = "Share of organisations that are voluntary associations (the rest are businesses).", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "assumption")
    public double association_share = 0.5;
}
