package cocreation.validation;

import java.util.List;

/**
 * A lever screen as read from a pattern file: the parameters it moves (one Morris factor each,
 * generated from the registry), those it leaves and why, the outputs the talk's claims are about,
 * the talk's levers, and the ratio of mu* to replicate noise from which a parameter counts as
 * moving an output.
 */
public record Screen(List<Screened> screened, List<NotScreened> notScreened, List<String> keyOutputs,
                     List<String> levers, double threshold) {

    /** A screened parameter: its path in the scenario (list elements at [0]) and the range it is screened over. */
    public record Screened(String path, String range) {}

    /** A parameter left out, with the reason (its path as the registry writes it). */
    public record NotScreened(String path, String reason) {}

    public List<String> paths() {
        return screened.stream().map(Screened::path).toList();
    }
}
