package io.camelai.support.http;

import io.camelai.support.AiHttpException;
import okhttp3.Response;
import org.apache.camel.Exchange;

/**
 * Turns a provider's error response into an {@link AiHttpException}: its code, message, request id and whether it
 * is worth retrying. One per provider; {@link DefaultErrorDecoder} does the parts every provider shares.
 */
@FunctionalInterface
public interface ErrorDecoder {

    /**
     * @param exchange the exchange being processed (may be null)
     * @param response the failed response; its body is already read into {@code body}
     * @param body     the response body, at most {@link AiHttpClient#MAX_ERROR_BODY} characters, possibly empty
     */
    AiHttpException decode(Exchange exchange, Response response, String body);

    /**
     * Decodes with the endpoint's secrets: {@code body} is already masked, and a decoder that builds its exception
     * with {@link AiHttpException.Builder#masker} masks what else it adds (the status line, headers).
     */
    default AiHttpException decode(Exchange exchange, Response response, String body, SecretMasker masker) {
        return decode(exchange, response, body);
    }
}
