package io.camelai.support.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a producer option that only the endpoint's configuration sets: the {@code CamelAiOptions} header cannot
 * change it, because it grants a capability (tools, provider-side connectors, destructive actions), shapes how the
 * exchange is processed (streaming, batching) or adds request content the API does not define. See
 * {@link OptionValidator#perExchangeProblem(Class, String)} for the whole rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface EndpointOnly {
}
