package cocreation.scenario;

import java.io.Serializable;

/** Generalised trust and trust on ties. */
public final class TrustSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Param(doc = "Mean generalised trust at the start; ties start near their ends' generalised trust.", min = 0, max = 1)
    public double initial = 0.5;

    @Param(doc = "How far one experience moves trust on a tie toward its outcome (0 = trust never changes).", min = 0, max = 1)
    public double learning_rate = 0.1;

    @Param(doc = "How far one experience moves generalised trust toward its outcome.", min = 0, max = 1)
    public double generalized_learning_rate = 0.01;

    @Param(doc = "Half-life of trust on an unused tie, which drifts back toward generalised trust.", min = 1, max = 10_000, unit = "weeks")
    public double decay_half_life = 52;

    @Param(doc = "A tie neither end has used for this long dissolves: keeping ties takes meeting.", min = 1, max = 10_000, unit = "weeks")
    public int tie_lifetime = 104;

    @Param(doc = "A tie whose trust (at both ends) is below this dissolves after a quarter of the lifetime unused: people avoid those they distrust.", min = 0, max = 1)
    public double dissolve_below = 0.3;

    @Param(doc = "Value bonus System 1 gives to ideas from someone of one's own sector or background (in-group trust).", min = 0, max = 1, unit = "value")
    public double in_group_bias = 0.02;
}
