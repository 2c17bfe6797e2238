package io.camelai.qianfan;

import java.util.LinkedHashMap;
import java.util.Map;

import io.camelai.support.AiComponent;
import io.camelai.support.AiEndpoint;
import io.camelai.support.config.AiConfiguration;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.util.PropertiesHelper;

/** The {@code qianfan} component: Baidu Qianfan's chat and embeddings (v1 wenxinworkshop and v2) behind Camel URIs. */
@Component(QianfanConstants.SCHEME)
public class QianfanComponent extends AiComponent {

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
    protected AiConfiguration componentConfiguration() {
        return configuration;
    }

    /** {@code metadata.<key>} and {@code extraParameters.<key>} URI options become those body objects. */
    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        Map<String, Object> metadata = PropertiesHelper.extractProperties(parameters, "metadata.");
        Map<String, Object> extra = PropertiesHelper.extractProperties(parameters, "extraParameters.");
        QianfanEndpoint endpoint = (QianfanEndpoint) super.createEndpoint(uri, remaining, parameters);
        QianfanConfiguration cfg = endpoint.getConfiguration();
        if (!metadata.isEmpty()) {
            cfg.setMetadata(merge(cfg.getMetadata(), metadata));
        }
        if (!extra.isEmpty()) {
            cfg.setExtraParameters(merge(cfg.getExtraParameters(), extra));
        }
        return endpoint;
    }

    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> more) {
        Map<String, Object> merged = new LinkedHashMap<>();
        if (base != null) {
            merged.putAll(base);
        }
        merged.putAll(more);
        return merged;
    }

    @Override
    protected AiEndpoint newEndpoint(String uri, String operation, AiConfiguration configuration) {
        return new QianfanEndpoint(uri, this, operation, (QianfanConfiguration) configuration);
    }
}
