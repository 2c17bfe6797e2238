package io.camelai.qianfan;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.http.SecretMasker;
import okhttp3.Request;
import org.apache.camel.Exchange;

/**
 * Qianfan v1 reports failures in the body of an HTTP 200 response ({@code error_code}, {@code error_msg}); this turns
 * such a body into the same {@link AiHttpException} a failed status would give, retryable for the overload codes.
 */
public final class QianfanErrors {

    private QianfanErrors() {}

    /**
     * Throws when the body is an error body.
     *
     * @param masker the endpoint's secrets: an error message may echo a key or token
     */
    public static void check(JsonNode body, Exchange exchange, Request request, String requestId,
            SecretMasker masker) throws AiHttpException {
        if (body == null || !body.hasNonNull("error_code")) {
            return;
        }
        String code = body.get("error_code").asText();
        throw AiHttpException.builder(QianfanConstants.SCHEME)
                .masker(masker)
                .operation(io.camelai.support.http.AiHttpClient.operation(request))
                .status(200)
                .errorCode(code)
                .providerMessage(body.path("error_msg").asText(null))
                .requestId(body.hasNonNull("id") ? body.get("id").asText() : requestId)
                .retryable(QianfanErrorDecoder.RETRYABLE_CODES.contains(code))
                .build(exchange);
    }
}
