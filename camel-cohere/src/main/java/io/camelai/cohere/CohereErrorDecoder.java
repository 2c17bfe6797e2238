package io.camelai.cohere;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelai.support.AiHttpException;
import io.camelai.support.http.DefaultErrorDecoder;

/**
 * Cohere's errors: {@code {"id", "message"}} bodies. A trial key's monthly quota comes back as 429 but is not
 * transient, so it is not retried; its per-minute limit (also a 429 naming the trial key) is.
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
        String message = b.providerMessage();
        // only the monthly quota ("limited to 1000 API calls / month"); the per-minute trial limit passes
        if (status == 429 && message != null && message.contains("Trial key") && message.contains("/ month")) {
            return false;
        }
        return super.isRetryable(status, b);
    }

    @Override
    protected List<String> requestIdHeaders() {
        return List.of("x-debug-trace-id", "x-request-id");
    }
}
