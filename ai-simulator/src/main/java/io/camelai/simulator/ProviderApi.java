package io.camelai.simulator;

import java.io.IOException;
import java.util.Map;

import io.camelai.simulator.model.SimModel;

/** One provider's HTTP API in the simulator: which requests it serves, how, and its error format. */
public interface ProviderApi {

    /** Whether this provider serves this request. */
    boolean handles(String method, String path);

    void handle(SimExchange exchange, SimModel model) throws IOException;

    /** Answers with this provider's error response for an injected STATUS or PROVIDER_ERROR fault. */
    void writeError(SimExchange exchange, Fault fault) throws IOException;

    /** Whether a request counts against the simulator's quota (auth-token and download paths do not). */
    default boolean metered(String path) {
        return true;
    }

    /** The rate-limit headers this provider sends on every metered answer (none unless documented). */
    default Map<String, String> rateLimitHeaders(SimQuota.Decision quota) {
        return Map.of();
    }

    /** Answers a call over the quota: HTTP 429 with Retry-After (seconds, rounded up) in this provider's error shape. */
    default void quotaExceeded(SimExchange exchange, SimQuota.Decision quota) throws IOException {
        writeError(exchange, Fault.status(429).message(SimQuota.refusal(quota))
                .retryAfterSeconds(quota.retryAfterSeconds()));
    }
}
