package io.camelai.azure.inference;

import java.util.Map;
import java.util.Set;

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

    private volatile Object autowiredTokenCredential;

    /**
     * Camel's autowiring for tokenCredential, done here rather than with {@code @Metadata(autowired = true)}:
     * azure-core is optional, and the generated configurer would load its TokenCredential class for every autowired
     * option whenever the component starts, failing without azure-core. Same rule: autowiring enabled, exactly one
     * bean of the type in the registry.
     */
    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (!isAutowiredEnabled() || !Boolean.TRUE.equals(getCamelContext().isAutowiredEnabled())) {
            return;
        }
        Class<?> type;
        try {
            type = Class.forName("com.azure.core.credential.TokenCredential", false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            return;
        }
        Set<?> beans = getCamelContext().getRegistry().findByType(type);
        autowiredTokenCredential = beans.size() == 1 ? beans.iterator().next() : null;
    }

    /**
     * The single TokenCredential bean of the registry, or null: endpoints use it when neither tokenCredential nor
     * apiKey is set on them.
     */
    Object autowiredTokenCredential() {
        return autowiredTokenCredential;
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
