package cocreation.model.rules;

import cocreation.scenario.Facilitation;
import java.io.Serializable;

/**
 * What the eight facilitation dials do to a session. Each effect averages the dials that the
 * source talk and the facilitation literature tie to it (psychological safety: Edmondson 1999).
 *
 * @param safety       psychological safety: protects encounters from friction, opens sharing
 * @param deliberation boost to System 2 thinking during the session
 * @param voiceEquality how far voices count equally rather than by power
 * @param mixing       how far tables are mixed across sectors, backgrounds and levels
 * @param patternBreak how much a session loosens habits
 */
public record FacilitationEffects(double safety, double deliberation, double voiceEquality,
                                  double mixing, double patternBreak) implements Serializable {

    public static FacilitationEffects of(Facilitation f) {
        double safety = (f.safe_atmosphere + f.humour + f.inclusive_language + f.physical_setting + f.sharing) / 5;
        double deliberation = (f.timing + f.curiosity + f.physical_setting + f.safe_atmosphere) / 4;
        double voice = (f.inclusive_language + f.sharing + f.safe_atmosphere) / 3;
        double patternBreak = (f.curiosity + f.humour) / 2;
        return new FacilitationEffects(safety, deliberation, voice, f.composition, patternBreak);
    }
}
