package io.camelai.qianfan;

import java.util.Map;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;

/** The {@code qianfan} component: Baidu Qianfan's chat and embeddings (v1 wenxinworkshop and v2) behind Camel URIs. */
@Component(QianfanConstants.SCHEME)
public class QianfanComponent extends AiComponent<QianfanConfiguration> {

    @Metadata
    private QianfanConfiguration configuration = new QianfanConfiguration();

    public QianfanConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The configuration every endpoint starts from.
     */
    public void setConfiguration(QianfanConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    protected QianfanConfiguration componentConfiguration() {
        return configuration;
    }

    /** {@code metadata.<key>} and {@code extraParameters.<key>} URI options become those body objects. */
    @Override
    protected AiEndpoint<QianfanConfiguration> createEndpoint(String uri, String remaining,
            Map<String, Object> parameters) throws Exception {
        Map<String, Object> metadata = prefixed(parameters, "metadata.", configuration.getMetadata());
        Map<String, Object> extra = prefixed(parameters, "extraParameters.", configuration.getExtraParameters());
        AiEndpoint<QianfanConfiguration> endpoint = super.createEndpoint(uri, remaining, parameters);
        endpoint.getConfiguration().setMetadata(metadata);
        endpoint.getConfiguration().setExtraParameters(extra);
        return endpoint;
    }

    @Override
    protected AiEndpoint<QianfanConfiguration> newEndpoint(String uri, String operation,
            QianfanConfiguration configuration) {
        return new QianfanEndpoint(uri, this, operation, configuration);
    }
}
