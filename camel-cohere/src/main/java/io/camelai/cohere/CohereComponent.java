package io.camelai.cohere;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code cohere} component: Cohere's chat, embed, rerank and other operations behind Camel URIs. */
@Component(CohereConstants.SCHEME)
public class CohereComponent extends AiComponent {

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
    protected AiConfiguration componentConfiguration() {
        return configuration;
    }

    @Override
    protected AiEndpoint newEndpoint(String uri, String operation, AiConfiguration configuration) {
        return new CohereEndpoint(uri, this, operation, (CohereConfiguration) configuration);
    }
}
