package io.camelai.support.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The allowed range of a numeric option, from the provider's API reference. Checked by {@link OptionValidator} when
 * an endpoint is created and again for each header that overrides the option.
 * <p>
 * An option whose range depends on the operation or the model repeats the annotation: one range without
 * {@link #scope()} (everywhere else) and one per scope, e.g. Cohere's temperature, 0 to 1 for chat and 0 to 5 for
 * {@code generate} and {@code summarize}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Repeatable(ValueRanges.class)
public @interface ValueRange {

    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** Whether {@code min} itself is excluded (Qianfan's temperature must be above 0). */
    boolean minExclusive() default false;

    /**
     * Where this range applies instead of the unscoped one: the names (any case) of the operations or models the
     * configuration's {@link AiConfiguration#optionScope()} may name. Empty: wherever no other range applies.
     */
    String[] scope() default {};
}
