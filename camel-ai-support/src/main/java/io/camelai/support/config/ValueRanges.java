package io.camelai.support.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The ranges of an option whose range depends on the operation or model (the container of a repeated {@link ValueRange}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ValueRanges {

    ValueRange[] value();
}
