package io.camelai.support.http;

import io.camelai.support.AiHttpException;
import io.camelai.support.stream.StreamMediaTypes;
import okhttp3.MediaType;
import okhttp3.Response;
import org.apache.camel.Exchange;

/**
 * The failure for a stream request answered with something that is not a stream: a JSON error body (Qianfan answers
 * some errors with HTTP 200) gives the provider's decoded error; anything else (an HTML page from a proxy, a JSON
 * completion) a message naming the status, the content type and the start of the body, instead of a stream reader
 * failing later with "stream ended before its final event".
 */
final class NotAStream {

    private static final int SHOWN_CHARS = 200;

    private NotAStream() {}

    static AiHttpException failure(Exchange exchange, Response response, StreamMediaTypes expected,
            ErrorDecoder decoder, SecretMasker masker) {
        String body = masker.mask(AiHttpClient.readErrorBody(response));
        MediaType type = response.body().contentType();
        AiHttpException decoded = decoder.decode(exchange, response, body, masker);
        if (isJson(type) && isProviderError(decoded, response)) {
            return decoded;
        }
        String got = type == null ? "no Content-Type" : "Content-Type " + type;
        String start = body.strip().replaceAll("\\s+", " ");
        if (start.length() > SHOWN_CHARS) {
            start = start.substring(0, SHOWN_CHARS) + "...";
        }
        return decoded.toBuilder()
                .operation(AiHttpClient.operation(response.request()))
                .errorCode(null)
                .retryable(false)
                .masker(masker)
                .providerMessage("expected a stream (" + expected + ") but got HTTP " + response.code() + " with "
                        + got + (start.isEmpty() ? "" : ": " + start))
                .build(exchange);
    }

    /** Whether the decoder found the provider's code or message in the body (not just the HTTP reason phrase). */
    private static boolean isProviderError(AiHttpException decoded, Response response) {
        String message = decoded.getProviderMessage();
        return decoded.getErrorCode() != null || message != null && !message.equals(response.message());
    }

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.subtype()) || type.subtype().endsWith("+json"));
    }
}
