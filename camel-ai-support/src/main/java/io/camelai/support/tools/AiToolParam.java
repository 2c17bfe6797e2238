package io.camelai.support.tools;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes one argument of an {@link AiTool} method. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface AiToolParam {

    /**
     * The argument's name in the tool's JSON schema. May be left empty only when the class is compiled with
     * {@code -parameters}; then the parameter's own name is used.
     */
    String name() default "";

    String description() default "";

    boolean required() default true;
}
