package io.camelai.support.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The allowed range of a numeric option, from the provider's API reference. Checked by {@link OptionValidator} when
 * an endpoint is created and again for each header that overrides the option.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValueRange {

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** Whether {@code min} itself is excluded (Qianfan's temperature must be above 0). */
    boolean minExclusive() default false;
}
