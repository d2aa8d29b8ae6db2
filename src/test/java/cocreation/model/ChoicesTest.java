package cocreation.model;

import static org.junit.jupiter.api.Assertions.*;

import cocreation.scenario.ParameterRegistry;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every choice the scenario offers is a value of the model's enum, and every enum value a choice:
 * a choice added to one and not the other fails here (the switches over the enums fail to compile
 * when a value is added and not handled).
 */
class ChoicesTest {
    private static <E extends Enum<E>> void sameValues(String path, E[] values, Function<String, E> of, Function<E, String> key) {
        List<String> choices = ParameterRegistry.find(path).choices();
        for (String c : choices) assertNotNull(of.apply(c), path + ": " + c);
        assertEquals(choices.stream().sorted().toList(), Arrays.stream(values).map(key).sorted().toList(), path);
    }

    @Test
    void scenarioChoicesAndModelEnumsAreTheSame() {
        Function<Enum<?>, String> lower = e -> e.name().toLowerCase(Locale.ROOT);
        sameValues("arenas[].recruitment", Recruitment.Mode.values(), Recruitment.Mode::of, lower::apply);
        sameValues("arenas[].depth", Depth.values(), Depth::of, lower::apply);
        sameValues("municipality.regime", Regime.values(), Regime::of, r -> r.label);
        institution("municipality.decision", DecisionMode.values(), c -> DecisionMode.of(c, Regime.KOMMUNE_2));
        institution("municipality.production", ProductionMode.values(), c -> ProductionMode.of(c, Regime.KOMMUNE_2));
        institution("municipality.access", Access.values(), c -> Access.of(c, Regime.KOMMUNE_2));
    }

    /** An institution's choices: "regime" (the regime's own) and one per value of its enum. */
    private static <E extends Enum<E>> void institution(String path, E[] values, Function<String, E> of) {
        List<String> choices = ParameterRegistry.find(path).choices();
        for (String c : choices) assertNotNull(of.apply(c), path + ": " + c);
        List<String> own = new java.util.ArrayList<>(List.of("regime"));
        for (E e : values) own.add(e.name().toLowerCase(Locale.ROOT));
        assertEquals(own.stream().sorted().toList(), choices.stream().sorted().toList(), path);
    }

    @Test
    void anUnknownChoiceIsAnErrorNotADefault() {
        assertThrows(IllegalArgumentException.class, () -> Recruitment.Mode.of("lotery"));
        assertThrows(IllegalArgumentException.class, () -> Depth.of("deep"));
        assertThrows(IllegalArgumentException.class, () -> Regime.of("4.0"));
    }
}
