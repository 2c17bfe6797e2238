package io.camelai.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camelai.support.config.AiConfiguration;
import io.camelai.support.config.ListOptions;
import io.camelai.support.http.RateLimiters;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.util.PropertiesHelper;

/**
 * What the three components share: an endpoint starts from a copy of the component's configuration (so an option set
 * on the component is every endpoint's default) and the URI's options are applied to that copy (comma-separated list
 * options split by {@link ListOptions}).
 */
public abstract class AiComponent<C extends AiConfiguration> extends HealthCheckComponent
        implements
            SSLContextParametersAware {

    @Metadata(label = "security", defaultValue = "false", description = "Use the CamelContext's global"
            + " SSLContextParameters for endpoints that set no sslContextParameters of their own.")
    private boolean useGlobalSslContextParameters;

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    /** The rate-limit budgets its endpoints share. */
    private final RateLimiters rateLimiters = new RateLimiters();

    private volatile PropertyConfigurer componentConfigurer;
    private volatile PropertyConfigurer endpointConfigurer;

    /** The generated configurer, splitting comma-separated list options (URI and properties values). */
    @Override
    public PropertyConfigurer getComponentPropertyConfigurer() {
        PropertyConfigurer generated = super.getComponentPropertyConfigurer();
        PropertyConfigurer c = componentConfigurer;
        if (c == null && generated != null) {
            c = ListOptions.splitting(generated);
            componentConfigurer = c;
        }
        return c;
    }

    @Override
    public PropertyConfigurer getEndpointPropertyConfigurer() {
        PropertyConfigurer generated = super.getEndpointPropertyConfigurer();
        PropertyConfigurer c = endpointConfigurer;
        if (c == null && generated != null) {
            c = ListOptions.splitting(generated);
            endpointConfigurer = c;
        }
        return c;
    }

    /** The requestsPerMinute/tokensPerMinute budgets of this component's endpoints. */
    public RateLimiters rateLimiters() {
        return rateLimiters;
    }

    /** The component's configuration, created if unset. */
    protected abstract C componentConfiguration();

    /** A new endpoint for the operation in the URI path, with its own copy of the configuration. */
    protected abstract AiEndpoint<C> newEndpoint(String uri, String operation, C configuration);

    @Override
    @SuppressWarnings("unchecked") // copy() clones: the copy has the component configuration's class
    protected AiEndpoint<C> createEndpoint(String uri, String remaining, Map<String, Object> parameters)
            throws Exception {
        AiEndpoint<C> endpoint = newEndpoint(uri, remaining, (C) componentConfiguration().copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    /**
     * Takes the {@code prefix.key=value} parameters of a URI (multi-value options such as {@code extra.}) out of
     * {@code parameters}, merged over {@code base} (the component's values); {@code base} itself when there are none.
     */
    protected static Map<String, Object> prefixed(Map<String, Object> parameters, String prefix,
            Map<String, Object> base) {
        Map<String, Object> values = PropertiesHelper.extractProperties(parameters, prefix);
        if (values.isEmpty()) {
            return base;
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        if (base != null) {
            merged.putAll(base);
        }
        merged.putAll(values);
        return merged;
    }

    /**
     * Finds the operation named in a URI path, case-insensitively, or fails naming the valid ones.
     *
     * @param uriName how an operation is written in a URI ({@code check-api-key})
     */
    public static <E extends Enum<E>> E operation(String scheme, String remaining, Class<E> type,
            Function<E, String> uriName) {
        for (E e : type.getEnumConstants()) {
            if (uriName.apply(e).equalsIgnoreCase(remaining)) {
                return e;
            }
        }
        throw new IllegalArgumentException("Unknown operation '" + remaining + "' in " + scheme + ":" + remaining
                + "; valid operations are "
                + Arrays.stream(type.getEnumConstants()).map(uriName)
                        .collect(Collectors.joining(", ")));
    }
}
