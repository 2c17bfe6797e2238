package io.camelai.support;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * What the three components share: an endpoint starts from a copy of the component's configuration (so an option set
 * on the component is every endpoint's default) and the URI's options are applied to that copy.
 */
public abstract class AiComponent extends DefaultComponent {

    /** The component's configuration, created if unset. */
    protected abstract AiConfiguration componentConfiguration();

    /** A new endpoint for the operation in the URI path, with its own copy of the configuration. */
    protected abstract AiEndpoint newEndpoint(String uri, String operation, AiConfiguration configuration);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        AiEndpoint endpoint = newEndpoint(uri, remaining, componentConfiguration().copy());
        setProperties(endpoint, parameters);
        return endpoint;
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
