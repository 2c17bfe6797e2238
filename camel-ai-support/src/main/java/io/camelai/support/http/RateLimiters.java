package io.camelai.support.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate-limit budgets of one component: endpoints with the same key share one {@link RateLimiter}.
 * <p>
 * A key is what a provider's limit belongs to: the credentials (a fingerprint, never the secret itself), the
 * operation, base URL and model (Cohere limits each API endpoint per key, Azure each deployment, Qianfan each
 * service), and the limits themselves. Endpoints without credentials the component can see (a token credential bean,
 * an {@code httpClient} that authenticates, a key shorter than {@link SecretMasker#MIN_LENGTH} characters) get a
 * budget of their own: a budget is never shared across tenants.
 * Endpoints are trusted configuration, so the map is as large as the set of distinct endpoints.
 */
public final class RateLimiters {

    /** What a shared budget belongs to. */
    public record Key(String credentials, String scope, long requestsPerMinute, long tokensPerMinute) {
        @Override
        public String toString() { // never the fingerprint
            return "RateLimiters.Key[" + scope + ", requestsPerMinute=" + requestsPerMinute + ", tokensPerMinute="
                    + tokensPerMinute + "]";
        }
    }

    private final Map<Key, RateLimiter> shared = new ConcurrentHashMap<>();

    /**
     * The budget of an endpoint.
     *
     * @param credentials the fingerprint of the endpoint's credentials ({@link SecretMasker#fingerprint()}), or null
     *                    when it has none: then the endpoint's budget is its own
     * @param scope       the operation, base URL and model the provider's limit applies to
     */
    public RateLimiter limiter(String credentials, String scope, long requestsPerMinute, long tokensPerMinute) {
        if (credentials == null) {
            return new RateLimiter(requestsPerMinute, tokensPerMinute);
        }
        return shared.computeIfAbsent(new Key(credentials, scope, requestsPerMinute, tokensPerMinute),
                k -> new RateLimiter(k.requestsPerMinute(), k.tokensPerMinute()));
    }

    /** How many shared budgets there are. */
    public int size() {
        return shared.size();
    }
}
