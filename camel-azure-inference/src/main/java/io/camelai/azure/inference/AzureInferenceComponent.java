package io.camelai.azure.inference;

import java.util.Map;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code azure-inference} component: the Azure AI Model Inference API behind Camel URIs. */
@Component(AzureInferenceConstants.SCHEME)
public class AzureInferenceComponent extends AiComponent<AzureInferenceConfiguration> {

    @Metadata
    private AzureInferenceConfiguration configuration = new AzureInferenceConfiguration();

    public AzureInferenceConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The configuration every endpoint starts from.
     */
    public void setConfiguration(AzureInferenceConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected AzureInferenceConfiguration componentConfiguration() {
        return configuration;
    }

    /** {@code extra.<key>=<value>} URI options become the extra body keys (merged over the component's). */
    @Override
    protected AiEndpoint<AzureInferenceConfiguration> createEndpoint(String uri, String remaining,
            Map<String, Object> parameters) throws Exception {
        Map<String, Object> extra = prefixed(parameters, "extra.", configuration.getExtra());
        AiEndpoint<AzureInferenceConfiguration> endpoint = super.createEndpoint(uri, remaining, parameters);
        endpoint.getConfiguration().setExtra(extra);
        return endpoint;
    }

    @Override
    protected AiEndpoint<AzureInferenceConfiguration> newEndpoint(String uri, String operation,
            AzureInferenceConfiguration configuration) {
        return new AzureInferenceEndpoint(uri, this, operation, configuration);
    }
}
