package io.camelai.support.tools;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public bean method as a tool the model may call. The tool's argument schema is derived from the method's
 * parameters (each annotated {@link AiToolParam}); its return value, as JSON, is what the model reads back.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AiTool {

    /** The tool's name as the model sees it; the method name when empty. */
    String name() default "";

    /** What the tool does and when to use it: the model decides from this text. */
    String description();
}
