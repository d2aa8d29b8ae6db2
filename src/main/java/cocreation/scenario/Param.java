package cocreation.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a scenario parameter on a field of a scenario section. The field's name (in
 * snake_case) is the key in the scenario file, in {@code --set}, in the inspector and in the ODD
 * table; its initial value is the default. This annotation is the one source of truth.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
    /** Plain-language meaning. */
    String doc();

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    String unit() default "";

    /** Allowed values of a text parameter; empty means free text. */
    String[] choices() default {};

    /** Where the default and range come from: a reference, or "assumption" with the reason. */
    String source() default "";

    /** The plausible range the lever screen explores (NaN: min..max). */
    double low() default Double.NaN;

    double high() default Double.NaN;

    /** Whether the community is built with it (week 0): the window shows the new community when it moves while stopped. */
    boolean builds() default false;

    /** Why the lever screen leaves this parameter out (seed, length, names, ...); empty: it is screened. */
    String unscreened() default "";
}
