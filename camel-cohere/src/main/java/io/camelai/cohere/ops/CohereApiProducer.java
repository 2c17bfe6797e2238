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

    /** Sends a JSON body (POST, PATCH) or none (GET, DELETE, or a POST with an empty body when json is null). */
    protected JsonNode send(Exchange exchange, String method, HttpUrl url, Map<String, Object> json)
            throws Exception {
        RequestBody body = json != null ? RequestBody.create(AiJson.write(withoutNulls(json)), JSON)
                : "POST".equals(method) ? RequestBody.create(new byte[0]) : null;
        return call(exchange, new Request.Builder().url(url).method(method, body).build());
    }

    /** {@code <path>/<id>/<more segments>}: each segment percent-encoded, so an id can never change the path. */
    protected HttpUrl url(String path, String id, String... more) {
        HttpUrl.Builder b = getEndpoint().url(path).newBuilder().addPathSegment(id);
        for (String segment : more) {
            b.addPathSegment(segment);
        }
        return b.build();
    }

    protected JsonNode call(Exchange exchange, Request request) throws Exception {
        return getEndpoint().httpClient().execute(exchange, request, response -> {
            String text = response.body().string();
            JsonNode json = text.isBlank() ? AiJson.mapper().createObjectNode() : AiJson.mapper().readTree(text);
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

    /** The action header, else the action option, else list; one of {@code allowed}. */
    static String action(Message in, CohereConfiguration cfg, String operation, List<String> allowed) {
        String action = header(in, CohereConstants.ACTION, cfg.getAction() == null ? "list" : cfg.getAction());
        if (!allowed.contains(action)) {
            throw new IllegalArgumentException("Invalid action '" + action + "' for cohere:" + operation
                                               + " (option action, header " + CohereConstants.ACTION
                                               + "): allowed values are " + String.join(", ", allowed));
        }
        return action;
    }

    /** The id a header names, else the body's text; checked to be one path segment. */
    static String id(Message in, String header) {
        String fromHeader = in.getHeader(header, String.class);
        String source = fromHeader != null ? "Header " + header : "The body (no header " + header + ")";
        return ResourceIds.check(source, fromHeader != null ? fromHeader : in.getBody(String.class));
    }

    static void query(HttpUrl.Builder url, String name, Object value) {
        if (value != null) {
            url.addQueryParameter(name, String.valueOf(value));
        }
    }

    /** A list as one query parameter per value ({@code keep_fields=a&keep_fields=b}). */
    static void query(HttpUrl.Builder url, String name, List<String> values) {
        if (values != null) {
            values.forEach(v -> url.addQueryParameter(name, v));
        }
    }

    /** A JSON array field of the response as a list of maps (empty when absent). */
    static List<Map<String, Object>> list(JsonNode response, String field) {
        JsonNode items = response.path(field);
        return items.isArray() ? AiJson.mapper().convertValue(items, LIST_OF_MAPS) : new ArrayList<>();
    }

    /** Sets {@code header} to the response's next page token, or removes it on the last page. */
    static void nextPage(Message out, JsonNode response, String header) {
        String next = response.path("next_page_token").asText("");
        if (next.isEmpty()) {
            out.removeHeader(header);
        } else {
            out.setHeader(header, next);
        }
    }
}
