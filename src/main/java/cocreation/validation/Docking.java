package cocreation.validation;

import cocreation.docking.DiversityContest;
import cocreation.docking.NetworkSearch;
import java.util.List;

/**
 * A published model reproduced by reduction to the model's own parts, as read from a pattern's
 * {@code docking} object: Lazer & Friedman's networks searching an NK landscape
 * ({@link NetworkSearch}) or Hong & Page's contest of the best against random problem solvers
 * ({@link DiversityContest}), with its master seed and replications (each replication one
 * landscape). Checks name its networks or groups and one of its measures.
 *
 * @param search  the settings for lazer_friedman, else null
 * @param contest the settings for hong_page, else null
 * @param references what each check (in order) is held against, in words: the paper's figure, a replication's
 */
public record Docking(String model, long seed, int replications, int quickReplications,
                      NetworkSearch.Settings search, DiversityContest.Settings contest, List<String> references) {
    public static final String LAZER_FRIEDMAN = "lazer_friedman", HONG_PAGE = "hong_page";
    public static final List<String> MODELS = List.of(LAZER_FRIEDMAN, HONG_PAGE);
    /** Hong & Page's two groups. */
    public static final List<String> GROUPS = List.of("best", "random");
    /** Lazer & Friedman's measures: mean score and distinct solutions per round, and when one network's curve overtakes another's for good. */
    public static final List<String> SEARCH_METRICS = List.of("score", "distinct", "overtake_round", "rounds_ahead");
    /** Hong & Page's measures of a group: value reached in relay, diversity, mean ability of its members. */
    public static final List<String> CONTEST_METRICS = List.of("value", "diversity", "ability");

    Docking withReferences(List<String> references) {
        return new Docking(model, seed, replications, quickReplications, search, contest, List.copyOf(references));
    }

    public int replications(boolean quick) {
        return quick ? quickReplications : replications;
    }

    /** The names a check's terms may use: the networks compared, or the two groups. */
    public List<String> arms() {
        return search != null ? search.networks().stream().map(NetworkSearch.Network::name).toList() : GROUPS;
    }

    public List<String> metrics() {
        return search != null ? SEARCH_METRICS : CONTEST_METRICS;
    }

    /** Rounds in a run (0 for the contest, which has none). */
    public int rounds() {
        return search != null ? search.rounds() : 0;
    }
}
