package io.camelai.support.telemetry;

import io.camelai.support.AiEndpoint;

/**
 * What the provider-neutral layer records about an endpoint's calls, in the OpenTelemetry GenAI semantic conventions
 * (https://opentelemetry.io/docs/specs/semconv/gen-ai/gen-ai-metrics/). {@link #NONE} unless Micrometer is on the
 * class path and a {@code MeterRegistry} is in the Camel registry; no Micrometer class is loaded otherwise.
 */
public interface AiMetrics {

    AiMetrics NONE = new AiMetrics() {
        @Override
        public ModelCall start(String requestModel, boolean streaming) {
            return ModelCall.NONE;
        }

        @Override
        public void retried(Throwable failure) {}

        @Override
        public void toolLoopEnded(String requestModel, int modelCalls) {}

        @Override
        public boolean timesHttpCalls() {
            return false;
        }
    };

    /** Starts measuring one model call (one HTTP request with its retries, a whole stream). */
    ModelCall start(String requestModel, boolean streaming);

    /** A failed attempt is retried. */
    void retried(Throwable failure);

    /** A call waited {@code nanos} for its turn under the endpoint's rate limit. */
    default void rateLimitWaited(long nanos) {}

    /** An automatic tool loop ended after {@code modelCalls} model calls. */
    void toolLoopEnded(String requestModel, int modelCalls);

    /**
     * Whether the HTTP client measures each call's duration: for the operations without a producer that measures
     * model calls (rerank, classify, tokenize, ...). The chat and embedding producers measure theirs with usage.
     */
    boolean timesHttpCalls();

    /** The metrics of an endpoint: {@link #NONE} without Micrometer or without a {@code MeterRegistry}. */
    static AiMetrics forEndpoint(AiEndpoint<?> endpoint) {
        if (!Micrometer.PRESENT) {
            return NONE;
        }
        return MicrometerAiMetrics.forEndpoint(endpoint);
    }
}
