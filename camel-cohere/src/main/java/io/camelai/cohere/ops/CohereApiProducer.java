package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.CohereUsage;
import io.camelai.support.AiHeaders;
import io.camelai.support.json.AiJson;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;

/**
 * What the non-chat Cohere producers share: the exchange's options, a JSON call with retries and error mapping, the
 * parsed response in {@code CamelAiResponse}, and Cohere's warnings ({@code X-API-Warning}, {@code meta.warnings})
 * in {@code CamelCohereWarnings}.
 */
abstract class CohereApiProducer extends DefaultProducer {

    static final MediaType JSON = MediaType.get("application/json");
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    static final TypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new TypeReference<>() {
    };

    CohereApiProducer(CohereEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public CohereEndpoint getEndpoint() {
        return (CohereEndpoint) super.getEndpoint();
    }

    @Override
    public final void process(Exchange exchange) throws Exception {
        process(exchange, (CohereConfiguration) getEndpoint().configurationFor(exchange));
    }

    protected abstract void process(Exchange exchange, CohereConfiguration cfg) throws Exception;

    /** POSTs a JSON body (null values left out) and returns the parsed answer. */
    protected JsonNode post(Exchange exchange, String path, Map<String, Object> body) throws Exception {
        return call(exchange, new Request.Builder().url(getEndpoint().url(path))
                .post(RequestBody.create(AiJson.write(withoutNulls(body)), JSON)).build());
    }

    protected JsonNode get(Exchange exchange, HttpUrl url) throws Exception {
        return call(exchange, new Request.Builder().url(url).get().build());
    }

    protected JsonNode call(Exchange exchange, Request request) throws Exception {
        return getEndpoint().httpClient().executeJson(exchange, request, (response, json) -> {
            List<String> warnings = new ArrayList<>(response.headers("X-API-Warning"));
            json.path("meta").path("warnings").forEach(w -> warnings.add(w.asText()));
            if (!warnings.isEmpty()) {
                exchange.getMessage().setHeader(CohereConstants.WARNINGS, warnings);
            }
            return json;
        });
    }

    /** Sets the body and the parsed response header. */
    protected static void answer(Message out, Object body, JsonNode response) {
        out.setBody(body);
        out.setHeader(AiHeaders.RESPONSE, response);
    }

    /** Writes the usage of the responses' {@code meta} (tokens, billed units), added up over a batched call. */
    protected static void usage(Message out, List<JsonNode> responses) {
        CohereUsage.write(out, CohereUsage.sum(responses.stream().map(r -> r.get("meta")).toList()));
    }

    protected static Map<String, Object> toMap(JsonNode node) {
        return AiJson.mapper().convertValue(node, MAP);
    }

    protected static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> body) {
        Map<String, Object> m = new LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (v != null) {
                m.put(k, v);
            }
        });
        return m;
    }

    /** The value of the first header that is set, else the option. */
    static String header(Message in, String header, String option) {
        String v = in.getHeader(header, String.class);
        return v != null ? v : option;
    }
}
