package cocreation.model;

import cocreation.scenario.Governance;
import java.io.Serializable;

/** The institutional choices in force: the regime's bundle, with any choice the scenario sets alone. */
public record Institutions(Regime regime, DecisionMode decision, ProductionMode production, Access access)
        implements Serializable {

    public static Institutions of(Governance g) {
        Regime r = Regime.of(g.regime);
        return new Institutions(r, DecisionMode.of(g.decision, r), ProductionMode.of(g.production, r), Access.of(g.access, r));
    }

    /** Whether these are still the choices the scenario names (a slider may have moved one). */
    boolean matches(Governance g) {
        return regime.label.equals(g.regime) && decision == DecisionMode.of(g.decision, regime)
                && production == ProductionMode.of(g.production, regime) && access == Access.of(g.access, regime);
    }
}
