package io.camelai.azure.inference.embed;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.azure.inference.AzureInferenceConstants;
import io.camelai.azure.inference.AzureInferenceEndpoint;
import io.camelai.support.json.AiJson;
import okhttp3.Request;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/** {@code GET /info}: the deployed model's name, type and provider, as a Map body and as headers. */
public final class AzureInfoProducer extends DefaultProducer {

    private final AzureInferenceEndpoint endpoint;

    public AzureInfoProducer(AzureInferenceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Request request = new Request.Builder().url(endpoint.url("/info")).get().build();
        JsonNode info = endpoint.httpClient().executeJson(exchange, request, (response, body) -> body);
        Message out = exchange.getMessage();
        out.setBody(AiJson.mapper().convertValue(info, new TypeReference<Map<String, Object>>() {
        }));
        set(out, AzureInferenceConstants.MODEL_NAME, info, "model_name");
        set(out, AzureInferenceConstants.MODEL_TYPE, info, "model_type");
        set(out, AzureInferenceConstants.MODEL_PROVIDER_NAME, info, "model_provider_name");
    }

    private static void set(Message out, String header, JsonNode info, String field) {
        JsonNode v = info.get(field);
        if (v != null && !v.isNull()) {
            out.setHeader(header, v.asText());
        }
    }
}
