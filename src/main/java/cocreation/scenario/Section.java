package cocreation.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a field holding a nested scenario section (an object, or a list of objects). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Section {
    String doc();

    /** Whether the community is built with every parameter of the section (see {@link Param#builds}). */
    boolean builds() default false;

    /** For a list section: the element class. */
    Class<?> of() default Void.class;
}
