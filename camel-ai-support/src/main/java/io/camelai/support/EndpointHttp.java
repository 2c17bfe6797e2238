package io.camelai.support;

import java.util.List;

import io.camelai.support.config.AiConfiguration;
import io.camelai.support.http.AiHttpClient;
import io.camelai.support.http.ErrorDecoder;
import io.camelai.support.http.OkHttpClients;
import io.camelai.support.http.SecretMasker;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * An endpoint's HTTP side: the secrets it masks wherever it writes text, and the client built from its options when
 * it starts (unary and streaming OkHttp clients sharing the auth interceptors, timeouts and masker).
 */
final class EndpointHttp {

    private final SecretMasker secretMasker = new SecretMasker();
    private volatile AiHttpClient client;

    SecretMasker secretMasker() {
        return secretMasker;
    }

    /**
     * Builds the client from the options and the endpoint's base client (TLS and proxy applied); the auth
     * interceptors run before retries see the request.
     */
    void start(String provider, AiConfiguration cfg, OkHttpClient base, List<Interceptor> auth,
            ErrorDecoder errorDecoder) {
        client = new AiHttpClient(provider,
                OkHttpClients.unary(base, cfg.timeouts(), auth, cfg.isLogHttp(), secretMasker,
                        cfg.getMaxResponseBytes()),
                OkHttpClients.streaming(base, cfg.timeouts(), auth, cfg.isLogHttp(), secretMasker),
                cfg.retryPolicy(), errorDecoder, secretMasker);
    }

    /** The client, or null before the endpoint started. */
    AiHttpClient client() {
        return client;
    }
}
