package cocreation.scenario;

import java.io.Serializable;

/** Generalised trust and trust on ties. */
public final class TrustSettings implements Serializable {
    private static final long serialVersionUID = 3L;

    @Param(doc = "Mean generalised trust at the start; ties start near their ends' generalised trust.", min = 0, max = 1,
            low = 0.2, high = 0.8, source = "assumption (Norway has high generalised trust: European Social Survey)", builds = true)
    public double initial = 0.5;

    @Param(doc = "How far one experience moves trust on a tie toward its outcome (0 = trust never changes).", min = 0, max = 1,
            low = 0.05, high = 0.2, source = "Macy & Skvoretz 1998; assumption for the rate")
    public double learning_rate = 0.1;

    @Param(doc = "How far one experience moves generalised trust toward its outcome: slowly, so that a town's trust in strangers stays near where it started for years (at 0.001 and some 150 encounters a year, about a seventh of the way a year).", min = 0, max = 1,
            low = 0.0003, high = 0.003, source = "Uslaner 2002 (generalised trust a stable disposition learned early); Dinesen 2012 (it moves with experience, slowly); a UK panel finds changes in adulthood mostly temporary (Sociology, doi:10.1177/0038038517718991); the rate itself is an assumption")
    public double generalized_learning_rate = 0.001;

    @Param(doc = "Half-life of trust on an unused tie, which drifts back toward generalised trust.", min = 1, max = 10_000, unit = "weeks",
            low = 26, high = 104, source = "assumption")
    public double decay_half_life = 52;

    @Param(doc = "A tie neither end has used for this long dissolves: keeping ties takes meeting.", min = 1, max = 10_000, unit = "weeks",
            low = 52, high = 156, source = "assumption")
    public int tie_lifetime = 104;

    @Param(doc = "A tie whose trust (at both ends) is below this dissolves after a quarter of the lifetime unused: people avoid those they distrust.", min = 0, max = 1,
            low = 0.2, high = 0.4, source = "assumption")
    public double dissolve_below = 0.3;

    @Param(doc = "Mean trust in the municipality (institutional trust) at the start.", min = 0, max = 1,
            low = 0.25, high = 0.75, source = "Tyler 1990; assumption for the level", builds = true)
    public double institutional_initial = 0.5;

    @Param(doc = "How far one experience of the municipality (a proposal heard or ignored, an arena's idea used or shelved, a service that meets expectations or not) moves institutional trust toward its outcome.", min = 0, max = 1,
            low = 0.025, high = 0.1, source = "Macy & Skvoretz 1998 (trust learned from experience); assumption for the rate")
    public double institutional_learning_rate = 0.05;

    @Param(doc = "Procedural justice: weight of having been heard (against the outcome being favourable) in an experience of the municipality.", min = 0, max = 1,
            low = 0.4, high = 0.8, source = "Tyler 1990 (procedure matters more than outcome)")
    public double procedural_weight = 0.6;

    @Param(doc = "Gap between practice value and expectation at which satisfaction with a service is about 0.12 or 0.88 (0.5 + 0.5 tanh(gap / scale)); each actor's institutional trust learns from it as from one experience a year (in steps every four weeks).", min = 0.001, max = 1, unit = "value",
            low = 0.025, high = 0.1, source = "Van Ryzin 2004 (expectancy disconfirmation); assumption for the scale")
    public double satisfaction_scale = 0.05;

    @Param(doc = "Value bonus System 1 gives to ideas from someone of one's own sector or background (in-group trust).", min = 0, max = 1, unit = "value",
            low = 0, high = 0.04, source = "Tajfel & Turner 1979 (in-group favouritism); assumption for the size")
    public double in_group_bias = 0.02;
}
