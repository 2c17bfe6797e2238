package io.camelai.cohere.ops;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.cohere.CohereConfiguration;
import io.camelai.cohere.CohereConstants;
import io.camelai.cohere.CohereEndpoint;
import io.camelai.cohere.CohereUsage;
import io.camelai.support.AiHeaders;
import io.camelai.support.TextBody;
import io.camelai.support.config.PathSegments;
import io.camelai.support.embed.VectorJson;
import io.camelai.support.http.AiHttpClient;
import io.camelai.support.json.AiJson;
import okhttp3.HttpUrl;
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

    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    static final TypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new TypeReference<>() {
    };

    private final CohereEndpoint endpoint;

    CohereApiProducer(CohereEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public CohereEndpoint getEndpoint() {
        return endpoint;
    }

    @Override
    public final void process(Exchange exchange) throws Exception {
        process(exchange, getEndpoint().configurationFor(exchange));
    }

    protected abstract void process(Exchange exchange, CohereConfiguration cfg) throws Exception;

    /** POSTs a JSON body (null values left out) and returns the parsed answer. */
    protected JsonNode post(Exchange exchange, String path, Map<String, Object> body) throws Exception {
        return post(getEndpoint(), exchange, path, body);
    }

    static JsonNode post(CohereEndpoint endpoint, Exchange exchange, String path, Map<String, Object> body)
            throws Exception {
        return post(endpoint, exchange, path, body, null);
    }

    /** A POST whose answer carries vectors at these JSON pointers ({@link VectorJson}); null: a plain tree. */
    static JsonNode post(CohereEndpoint endpoint, Exchange exchange, String path, Map<String, Object> body,
            Pattern vectors) throws Exception {
        return call(endpoint, exchange, new Request.Builder().url(endpoint.url(path))
                .post(AiJson.requestBody(withoutNulls(body))).build(), vectors);
    }

    protected JsonNode get(Exchange exchange, HttpUrl url) throws Exception {
        return call(exchange, new Request.Builder().url(url).get().build());
    }

    /** Sends a JSON body (POST, PATCH) or none (GET, DELETE, or a POST with an empty body when json is null). */
    protected JsonNode send(Exchange exchange, String method, HttpUrl url, Map<String, Object> json)
            throws Exception {
        RequestBody body = json != null
                ? AiJson.requestBody(withoutNulls(json))
                : "POST".equals(method) ? RequestBody.create(new byte[0]) : null;
        return call(exchange, new Request.Builder().url(url).method(method, body).build());
    }

    /**
     * {@code <path>/<id>/<more segments>}: each segment percent-encoded, so an id (checked by {@link #id}) can never
     * change the path.
     */
    protected HttpUrl url(String path, String id, String... more) {
        HttpUrl.Builder b = getEndpoint().url(path).newBuilder().addPathSegment(id);
        for (String segment : more) {
            b.addPathSegment(segment);
        }
        return b.build();
    }

    protected JsonNode call(Exchange exchange, Request request) throws Exception {
        return call(getEndpoint(), exchange, request);
    }

    /** A call with retries and error mapping; Cohere's warnings go to {@code CamelCohereWarnings}. */
    static JsonNode call(CohereEndpoint endpoint, Exchange exchange, Request request) throws Exception {
        return call(endpoint, exchange, request, null);
    }

    private static JsonNode call(CohereEndpoint endpoint, Exchange exchange, Request request, Pattern vectors)
            throws Exception {
        AiHttpClient.JsonHandler<JsonNode> handler = (response, json) -> {
            List<String> warnings = new ArrayList<>(response.headers("X-API-Warning"));
            json.path("meta").path("warnings").forEach(w -> warnings.add(w.asText()));
            if (!warnings.isEmpty()) {
                exchange.getMessage().setHeader(CohereConstants.WARNINGS, warnings);
            }
            return json;
        };
        return vectors == null
                ? endpoint.httpClient().executeJson(exchange, request, handler)
                : endpoint.httpClient().executeJson(exchange, request, r -> VectorJson.read(r, vectors), handler);
    }

    /** Sets the body and the parsed response header. */
    protected static void answer(Message out, Object body, JsonNode response) {
        out.setBody(body);
        out.setHeader(AiHeaders.RESPONSE, response);
    }

    /** Writes the usage of the response's {@code meta} (tokens, billed units). */
    protected static void usage(Message out, JsonNode response) {
        CohereUsage.write(out, CohereUsage.of(response.get("meta")));
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

    /** The actions that only read: header CamelCohereAction may pick one of them (of those the operation has). */
    static final Set<String> READ_ACTIONS = Set.of("get", "list", "usage", "wait", "download", "events",
            "training-step-metrics");

    /**
     * The action header, else the action option, else list; one of {@code allowed}. The header may pick a read
     * action only: actions that change the account come from the endpoint's configuration.
     */
    static String action(Message in, CohereConfiguration cfg, String operation, List<String> allowed) {
        String configured = cfg.getAction() == null ? "list" : cfg.getAction();
        String action = header(in, CohereConstants.ACTION, configured);
        if (!allowed.contains(action)) {
            throw new IllegalArgumentException("Invalid action '" + action + "' for cohere:" + operation
                    + " (option action, header " + CohereConstants.ACTION
                    + "): allowed values are " + String.join(", ", allowed));
        }
        if (!action.equals(configured) && !READ_ACTIONS.contains(action)) {
            List<String> reads = allowed.stream().filter(READ_ACTIONS::contains).toList();
            List<String> writes = allowed.stream().filter(a -> !READ_ACTIONS.contains(a)).toList();
            throw new IllegalArgumentException("Header " + CohereConstants.ACTION + " cannot pick action '" + action
                    + "' of cohere:" + operation + ": a header picks only "
                    + or(reads) + "; " + or(writes).replace(" or ", " and ")
                    + " need the endpoint's action option");
        }
        return action;
    }

    private static String or(List<String> items) {
        return items.size() == 1
                ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }

    /**
     * The id of one resource (the header, else the body's text), checked to be one URL path segment: no id can reach
     * another resource or API ({@code ..}, {@code /}, {@code %2F} are refused); {@code addPathSegment} encodes the
     * rest.
     */
    static String id(Message in, String header) {
        String value = in.getHeader(header, String.class);
        if (value == null) {
            value = TextBody.of(in.getExchange(), in.getBody());
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing value for header " + header + " (or the body): it must name"
                    + " the resource");
        }
        return PathSegments.check("header " + header + " (or the body)", value);
    }

    /** The id of one resource from its header only (an update's body is the change). */
    static String headerId(Message in, String header) {
        String value = in.getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing value for header " + header + ": it must name the resource"
                    + " (the body holds the changes)");
        }
        return PathSegments.check("header " + header, value);
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

    /**
     * Sets {@code CamelCohereNextPageToken} to the response's next page token, or removes it on the last page: an
     * output of its own, so the page token this call read stays as the route set it.
     */
    static void nextPage(Message out, JsonNode response) {
        String next = response.path("next_page_token").asText("");
        if (next.isEmpty()) {
            out.removeHeader(CohereConstants.NEXT_PAGE_TOKEN);
        } else {
            out.setHeader(CohereConstants.NEXT_PAGE_TOKEN, next);
        }
    }
}
