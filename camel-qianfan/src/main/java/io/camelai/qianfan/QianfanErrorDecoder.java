package io.camelai.qianfan;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.http.DefaultErrorDecoder;

/**
 * Qianfan's errors, whatever their HTTP status: v1 {@code {"error_code", "error_msg"}} (usually with HTTP 200, see
 * {@link QianfanErrors}), v2 {@code {"error": {"code", "message", "type"}}} and OAuth
 * {@code {"error", "error_description"}}. Overload and rate-limit codes are retryable.
 */
public final class QianfanErrorDecoder extends DefaultErrorDecoder {

    /**
     * The error codes (https://cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh) a later retry can cure: unavailable,
     * request limits, high load, RPM/TPM limits.
     */
    public static final Set<String> RETRYABLE_CODES = Set.of("2", "4", "17", "18", "336100", "336501", "336502");

    public QianfanErrorDecoder() {
        super(QianfanConstants.SCHEME);
    }

    @Override
    protected void readBody(JsonNode body, AiHttpException.Builder b) {
        if (body.has("error_code")) {
            b.errorCode(text(body, "error_code"));
            b.providerMessage(text(body, "error_msg"));
        } else if (body.path("error").isObject()) {
            b.errorCode(text(body.get("error"), "code"));
            b.providerMessage(text(body.get("error"), "message"));
        } else {
            b.errorCode(text(body, "error"));
            b.providerMessage(text(body, "error_description"));
        }
    }

    @Override
    protected boolean isRetryable(int status, AiHttpException.Builder b) {
        // a body without a code (an HTML page from a proxy) has none; Set.of(...).contains(null) would throw
        return super.isRetryable(status, b) || b.errorCode() != null && RETRYABLE_CODES.contains(b.errorCode());
    }

    @Override
    protected List<String> requestIdHeaders() {
        return List.of("X-Baidu-Request-Id", "x-request-id");
    }
}
