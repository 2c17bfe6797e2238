package io.camelai.cohere;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.http.DefaultErrorDecoder;

/**
 * Cohere's errors: {@code {"id", "message"}} bodies. A trial key answers 429 for two limits that read alike
 * (https://docs.cohere.com/docs/rate-limits): the per-minute one ("... limited to 10 API calls / minute ...") passes
 * and is retried like any 429 (honouring Retry-After); the monthly one ("... limited to 1000 API calls / month ...")
 * lasts until the next month, so it is not retried.
 */
public final class CohereErrorDecoder extends DefaultErrorDecoder {

    public CohereErrorDecoder() {
        super(CohereConstants.SCHEME);
    }

    @Override
    protected void readBody(JsonNode body, AiHttpException.Builder b) {
        b.providerMessage(text(body, "message"));
    }

    @Override
    protected boolean isRetryable(int status, AiHttpException.Builder b) {
        if (status == 429 && isMonthlyCap(b.providerMessage())) {
            return false;
        }
        return super.isRetryable(status, b);
    }

    /** A trial key's monthly quota: "... limited to 1000 API calls / month ...". */
    static boolean isMonthlyCap(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("trial key") && (m.contains("/ month") || m.contains("/month") || m.contains("per month"));
    }

    @Override
    protected List<String> requestIdHeaders() {
        return List.of("x-debug-trace-id", "x-request-id");
    }
}
