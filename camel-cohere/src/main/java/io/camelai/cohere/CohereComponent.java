package io.camelai.cohere;

import java.util.Map;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code cohere} component: Cohere's chat, embed, rerank and other operations behind Camel URIs. */
@Component(CohereConstants.SCHEME)
public class CohereComponent extends AiComponent<CohereConfiguration> {

    @Metadata
    private CohereConfiguration configuration = new CohereConfiguration();

    public CohereConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The configuration every endpoint starts from.
     */
    public void setConfiguration(CohereConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected CohereConfiguration componentConfiguration() {
        return configuration;
    }

    /** {@code extra.<key>=<value>} URI options become the pass-through body keys (merged over the component's). */
    @Override
    protected AiEndpoint<CohereConfiguration> createEndpoint(String uri, String remaining,
            Map<String, Object> parameters) throws Exception {
        Map<String, Object> extra = prefixed(parameters, "extra.", configuration.getExtra());
        AiEndpoint<CohereConfiguration> endpoint = super.createEndpoint(uri, remaining, parameters);
        endpoint.getConfiguration().setExtra(extra);
        return endpoint;
    }

    @Override
    protected AiEndpoint<CohereConfiguration> newEndpoint(String uri, String operation,
            CohereConfiguration configuration) {
        return new CohereEndpoint(uri, this, operation, configuration);
    }
}
