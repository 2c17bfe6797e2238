package io.camelai.azure.inference;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiContentFilterException;
import io.camelai.support.AiHttpException;
import io.camelai.support.http.DefaultErrorDecoder;
import org.apache.camel.Exchange;

/**
 * Azure's errors: {@code {"error": {"code", "message", "innererror"}}}. A {@code content_filter} rejection becomes an
 * {@link AiContentFilterException} with the category verdicts (from {@code innererror.content_filter_result}, or the
 * underscored {@code inner_error.content_filter_results} some deployments send).
 */
final class AzureInferenceErrorDecoder extends DefaultErrorDecoder {

    AzureInferenceErrorDecoder() {
        super(AzureInferenceConstants.SCHEME);
    }

    @Override
    protected void readBody(JsonNode body, AiHttpException.Builder b) {
        JsonNode error = body.has("error") ? body.get("error") : body;
        b.providerMessage(text(error, "message"));
        b.errorCode(text(error, "code"));
    }

    @Override
    protected AiHttpException create(AiHttpException.Builder b, Exchange exchange, JsonNode body) {
        JsonNode error = body == null ? null : body.path("error");
        if (error == null || !"content_filter".equals(b.errorCode())) {
            return b.build(exchange);
        }
        JsonNode inner = error.has("innererror") ? error.get("innererror") : error.path("inner_error");
        JsonNode results = inner.has("content_filter_result")
                ? inner.get("content_filter_result")
                : inner.path("content_filter_results");
        Map<String, AiContentFilterException.Category> categories = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = results.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            categories.put(e.getKey(), new AiContentFilterException.Category(e.getKey(),
                    v.path("filtered").asBoolean(false), text(v, "severity"),
                    v.has("detected") ? v.get("detected").asBoolean() : null));
        }
        return new AiContentFilterException(b, exchange, categories);
    }

    @Override
    protected List<String> requestIdHeaders() {
        return List.of("x-request-id", "apim-request-id");
    }
}
