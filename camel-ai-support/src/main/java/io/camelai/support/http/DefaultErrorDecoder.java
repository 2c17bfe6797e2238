package io.camelai.support.http;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.json.AiJson;
import okhttp3.Response;
import org.apache.camel.Exchange;

/**
 * The error mapping every provider shares: status-based retryability (408, 429, 500, 502, 503, 504), the server's
 * requested wait, the request id header, and the JSON body handed to {@link #readBody} for the provider's own code and
 * message. Providers override {@link #readBody}, {@link #requestIdHeaders()} or {@link #isRetryable}.
 */
public class DefaultErrorDecoder implements ErrorDecoder {

    /** Transient statuses: timeout, rate limit, server error, bad gateway, unavailable, gateway timeout. */
    public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private final String provider;

    public DefaultErrorDecoder(String provider) {
        this.provider = provider;
    }

    @Override
    public AiHttpException decode(Exchange exchange, Response response, String body) {
        return decode(exchange, response, body, SecretMasker.none());
    }

    @Override
    public AiHttpException decode(Exchange exchange, Response response, String body, SecretMasker masker) {
        AiHttpException.Builder b = AiHttpException.builder(provider)
                .masker(masker)
                .operation(AiHttpClient.operation(response.request()))
                .status(response.code())
                .retryAfter(RetryAfter.from(response.headers()))
                .requestId(requestId(response));
        JsonNode json = AiJson.readTreeOrNull(body);
        if (json != null) {
            readBody(json, b);
        } else if (body != null && !body.isBlank()) {
            b.providerMessage(abbreviate(body.strip(), 500));
        }
        if (b.providerMessage() == null) {
            b.providerMessage(response.message().isEmpty() ? null : response.message());
        }
        b.retryable(isRetryable(response.code(), b));
        return create(b, exchange, json);
    }

    /** Creates the exception; a provider may return a subtype (Azure's content filter). */
    protected AiHttpException create(AiHttpException.Builder b, Exchange exchange, JsonNode body) {
        return b.build(exchange);
    }

    /** Reads the provider's code and message from an error body. The default reads {@code message} and {@code code}. */
    protected void readBody(JsonNode body, AiHttpException.Builder b) {
        b.providerMessage(text(body, "message"));
        b.errorCode(text(body, "code"));
    }

    /** Whether this status (and what the body said) is worth a retry. */
    protected boolean isRetryable(int status, AiHttpException.Builder b) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /** The response headers that carry the provider's request id, in order of preference. */
    protected List<String> requestIdHeaders() {
        return List.of("x-request-id", "request-id");
    }

    protected final String requestId(Response response) {
        for (String name : requestIdHeaders()) {
            String value = response.header(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    /** The text of a field, or null when it is absent, null or not a scalar. */
    protected static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
