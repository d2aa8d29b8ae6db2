package cocreation.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete, validated description of one municipality and its options: what the model runs.
 * Plain data; reading and checking files is {@link ScenarioReader}'s job.
 */
public final class Scenario implements Serializable {
    private static final long serialVersionUID = 3L;

    /** The scenario's name (its file name without extension); not a key in files. */
    @JsonIgnore
    public String name = "scenario";

    @Param(doc = "Plain-language description of what this scenario shows.",
            unscreened = "text, not a lever")
    public String description = "";

    @Param(doc = "Seed of the model's random number generator.", min = 0, max = 9.007199254740991E15,
            unscreened = "each run's seed is derived from the experiment's; replicate noise is the screen's reference")
    public long seed = 42;

    @Param(doc = "Number of weeks to simulate (one step is one week).", min = 1, max = 100_000, unit = "weeks",
            unscreened = "the length of the run is the setting of the screen (five years), not a lever")
    public int steps = 520;

    @Section(doc = "Who lives and works in the municipality.", builds = true)
    public Population population = new Population();

    @Section(doc = "Trust: generalised trust and trust on ties.")
    public TrustSettings trust = new TrustSettings();

    @Section(doc = "The municipality: governance regime, inhibitors, leadership and budget.")
    public Governance municipality = new Governance();

    @Section(doc = "The municipality's decision procedures.")
    public Decisions decisions = new Decisions();

    @Section(doc = "How solutions are produced: tender, co-production, fidelity.")
    public Production production = new Production();

    @Section(doc = "What leadership costs: attention and protected time.")
    public Leaders leaders = new Leaders();

    @Section(doc = "The local problems, as value landscapes over solutions.")
    public Problems problems = new Problems();

    @Section(doc = "The everyday social network.")
    public NetworkSettings network = new NetworkSettings();

    @Section(doc = "How actors think and decide.")
    public Behaviour behaviour = new Behaviour();

    @Section(doc = "Co-creation arenas (may be empty).", of = ArenaPlan.class)
    public List<ArenaPlan> arenas = new ArrayList<>();

    /** Inhabitants: citizens and officials (organisations are not people). */
    public int inhabitants() {
        return population.citizens + population.officials;
    }

    /** Most problems a town has (an actor's problem is kept in a byte). */
    public static final int MOST_PROBLEMS = 120;

    /** The number of local problems: problems.per_1000 per 1,000 inhabitants, at least one. */
    public int problemCount() {
        return (int) Math.max(1, Math.min(MOST_PROBLEMS, Math.round(problems.per_1000 * inhabitants() / 1000.0)));
    }

    /** Total number of actors. */
    public int populationSize() {
        return population.citizens + population.officials + population.organisations;
    }
}
